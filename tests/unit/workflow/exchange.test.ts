import { promises as fs } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { exchangeCommand } from "../../../electron/cli/commands/exchange";
import { contentHash } from "../../../electron/main/services/workflow/content-hash";
import { exportExchange, verifyExchangeBytes } from "../../../electron/main/services/workflow/exchange-file";
import { importExchange } from "../../../electron/main/services/workflow/exchange-import";
import { PASSWORD_ENV } from "../../../electron/cli/sign-in";
import {
  OFFICER,
  PASSWORD,
  SUPERVISOR,
  joinMachine,
  openWorkspace,
  sampleDraft,
  scratchDir,
  signInAs,
  snapshotDir,
  type Workspace,
} from "./helpers";

const open: Workspace[] = [];
async function ws(): Promise<Workspace> {
  const w = await openWorkspace();
  open.push(w);
  return w;
}
/** A second PC of the same bureau (same roster). */
async function peer(a: Workspace): Promise<Workspace> {
  const w = await joinMachine(a);
  open.push(w);
  return w;
}
afterEach(async () => {
  for (const w of open.splice(0)) await w.close();
});

async function exportTo(w: Workspace, id: string, actor = OFFICER): Promise<Uint8Array> {
  const file = path.join(await scratchDir("x"), "letter.replydesk");
  await exportExchange(w.wf, id, file, await signInAs(w.services, actor));
  return fs.readFile(file);
}

async function editOpening(w: Workspace, id: string, text: string, actor = OFFICER): Promise<void> {
  const cur = await w.services.store.get(id);
  await w.wf.saveEdited({ ...cur, letter: { ...cur.letter, opening: text } }, cur.revision, actor);
}

async function frozen(w: Workspace): Promise<Record<string, string>> {
  await w.services.store.flush();
  return snapshotDir(w.dir);
}

/** Officer on machine A submits; the file is imported on the supervisor's machine B. */
async function handedOver(): Promise<{ a: Workspace; b: Workspace; id: string }> {
  const a = await ws();
  const b = await peer(a);
  const d = await a.services.store.create(sampleDraft("x1"));
  await a.wf.submit(d.id, OFFICER);
  const r = await importExchange(b.wf, await exportTo(a, d.id), await signInAs(b.services, SUPERVISOR));
  expect(r).toMatchObject({ outcome: "created", status: "待审核" });
  return { a, b, id: d.id };
}

describe("exchange files: integrity", () => {
  it("round-trips and recognises an unchanged file without writing", async () => {
    const { a, b, id } = await handedOver();
    expect((await b.wf.audit.read(id)).verification.ok).toBe(true);
    const aChain = (await a.wf.audit.read(id)).entries.map((e) => e.hash);
    const bChain = (await b.wf.audit.read(id)).entries.map((e) => e.hash);
    expect(bChain.slice(0, aChain.length)).toEqual(aChain);
    // Export again from A (adds an export entry) → B learns that; the same file a second time is a no-op.
    const bytes = await exportTo(a, id);
    expect((await importExchange(b.wf, bytes, await signInAs(b.services, SUPERVISOR))).outcome).toBe("merged");
    const before = await frozen(b);
    const again = await importExchange(b.wf, bytes, await signInAs(b.services, SUPERVISOR));
    expect(again).toMatchObject({ outcome: "unchanged", message: "已是最新，无需导入。" });
    expect(await frozen(b)).toEqual(before);
  });

  it.each([
    ["tampered text", (s: string) => s.replace("现答复如下", "现答复于下"), "完整性校验失败"],
    ["truncated", (s: string) => s.slice(0, Math.floor(s.length * 0.7)), "截断"],
    ["not an exchange file", () => JSON.stringify({ hello: 1 }), "不是答复函工作台的交换文件"],
    ["newer format", (s: string) => s.replace('"formatVersion": 2', '"formatVersion": 9'), "升级"],
  ])("refuses a %s file and changes nothing on disk", async (_label, mutate, expected) => {
    const a = await ws();
    const b = await peer(a);
    const d = await a.services.store.create(sampleDraft("x2"));
    await b.services.store.create(sampleDraft("other"));
    const good = new TextDecoder().decode(await exportTo(a, d.id));
    const bad = new TextEncoder().encode(mutate(good));
    const before = await frozen(b);
    const v = verifyExchangeBytes(bad, b.services.people.current());
    expect(v.ok).toBe(false);
    expect(!v.ok && v.message).toContain(expected);
    await expect(importExchange(b.wf, bad, await signInAs(b.services, SUPERVISOR))).rejects.toMatchObject({
      code: "CORRUPT",
      message: expect.stringContaining(expected),
    });
    expect(await frozen(b)).toEqual(before);
  });

  it("refuses a file whose audit chain was rewritten even with a recomputed integrity hash", async () => {
    const a = await ws();
    const d = await a.services.store.create(sampleDraft("x3"));
    await a.wf.submit(d.id, OFFICER);
    const file = JSON.parse(new TextDecoder().decode(await exportTo(a, d.id))) as {
      audit: unknown[];
      integrity: string;
      signature: string;
    };
    file.audit.splice(0, 1);
    const { integrity: _drop, signature, ...payload } = file;
    const { payloadIntegrity } = await import("../../../electron/main/services/workflow/exchange-file");
    const forged = new TextEncoder().encode(
      JSON.stringify({ ...payload, integrity: payloadIntegrity(payload), signature }),
    );
    const v = verifyExchangeBytes(forged, a.services.people.current());
    expect(!v.ok && v.message).toContain("审计记录");
  });

  it("refuses a file over 50 MB", () => {
    const v = verifyExchangeBytes(new Uint8Array(50 * 1024 * 1024 + 1), null);
    expect(!v.ok && v.message).toContain("50 MB");
  });
});

describe("exchange files: merging", () => {
  it("takes the newer side in both directions without losing comments or audit entries", async () => {
    const { a, b, id } = await handedOver();
    // B: supervisor comments and returns.
    const c = await b.wf.addComment(id, "opening", "请写明收到提案的时间。", SUPERVISOR);
    await b.wf.returnDraft(id, SUPERVISOR, ["格式不规范"], "见批注");
    const r1 = await importExchange(a.wf, await exportTo(b, id, SUPERVISOR), await signInAs(a.services, OFFICER));
    expect(r1).toMatchObject({ outcome: "merged", taken: "same", status: "退回修改", conflict: null });
    expect((await a.wf.comments.list(id)).map((x) => x.id)).toEqual([c.id]);

    // A: officer fixes, resolves, resubmits.
    await editOpening(a, id, "您于2026年2月10日提出的提案收悉，现答复如下：");
    await a.wf.resolveComment(id, c.id, OFFICER);
    const v = await a.wf.submit(id, OFFICER);
    const r2 = await importExchange(b.wf, await exportTo(a, id), await signInAs(b.services, SUPERVISOR));
    expect(r2).toMatchObject({ outcome: "merged", taken: "incoming", status: "待审核", conflict: null });
    const onB = await b.services.store.get(id);
    expect(contentHash(onB)).toBe(v.hash);
    expect((await b.wf.comments.list(id))[0]).toMatchObject({ resolved: true });
    // B can approve exactly what A submitted.
    await b.wf.approve(id, SUPERVISOR, v.hash);
    for (const w of [a, b]) expect((await w.wf.audit.read(id)).verification.ok).toBe(true);
  });

  it("keeps both texts when both sides changed, and reports the conflict", async () => {
    const { a, b, id } = await handedOver();
    await editOpening(a, id, "拟稿人改过的开头。");
    await editOpening(b, id, "审核人改过的开头。", SUPERVISOR);
    const bytes = await exportTo(b, id, SUPERVISOR);
    const r = await importExchange(a.wf, bytes, await signInAs(a.services, OFFICER));
    expect(r.outcome).toBe("merged");
    expect(r.taken).toBe("local");
    expect(r.conflict).not.toBeNull();
    expect(r.message).toContain("双方都修改了正文");
    expect((await a.services.store.get(id)).letter.opening).toBe("拟稿人改过的开头。");
    const conflictVersion = await a.wf.versions.read(id, r.conflict!.version);
    expect(conflictVersion).toMatchObject({ kind: "conflict", draft: { letter: { opening: "审核人改过的开头。" } } });
    // Both chains stay valid (A re-appended B's entries as imported ones), and the same file again is a no-op.
    const chain = await a.wf.audit.read(id);
    expect(chain.verification.ok).toBe(true);
    expect(chain.entries.some((e) => e.importedFrom !== null)).toBe(true);
    expect((await importExchange(a.wf, bytes, await signInAs(a.services, OFFICER))).outcome).toBe("unchanged");
    // A settles the text; back on B the settled text is taken (A had seen B's text), and B's own text
    // stays available as a version on both machines: the histories converge instead of conflicting forever.
    await editOpening(a, id, "双方商定的开头。");
    const back = await importExchange(b.wf, await exportTo(a, id), await signInAs(b.services, SUPERVISOR));
    expect(back).toMatchObject({ taken: "incoming", conflict: null });
    expect((await b.services.store.get(id)).letter.opening).toBe("双方商定的开头。");
    const bTexts = (await b.wf.versions.list(id)).map((v) => v.draft.letter.opening);
    expect(bTexts).toContain("审核人改过的开头。");
    expect((await b.wf.audit.read(id)).verification.ok).toBe(true);
    expect(
      (await importExchange(a.wf, await exportTo(b, id, SUPERVISOR), await signInAs(a.services, OFFICER))).taken,
    ).not.toBe("incoming");
  });
});

describe("replydesk exchange (CLI)", () => {
  it("exports, verifies (exit 0 intact, 1 tampered) and imports", async () => {
    const a = await openWorkspace();
    const b = await joinMachine(a);
    const d = await a.services.store.create(sampleDraft("cli1"));
    const aDir = a.dir;
    const bDir = b.dir;
    await a.close();
    await b.close();
    const out: string[] = [];
    const env = { [PASSWORD_ENV]: PASSWORD };
    const io = { out: (t: string) => out.push(t), err: (t: string) => out.push(t), env, cwd: path.dirname(aDir) };
    const file = path.join(await scratchDir("cli-x"), "l.replydesk");
    // Nobody named: refused, nothing exported.
    expect(await exchangeCommand.run(["export", d.id, "-o", file, "--data", aDir], io).catch(() => 1)).toBe(1);
    const as = ["--user", OFFICER.name];
    expect(await exchangeCommand.run(["export", d.id, "-o", file, "--data", aDir, ...as], io)).toBe(0);
    expect(await exchangeCommand.run(["verify", file, "--data", bDir], io)).toBe(0);
    const asB = ["--user", SUPERVISOR.name];
    expect(await exchangeCommand.run(["import", file, "--data", bDir, ...asB], io)).toBe(0);
    expect(out.join("")).toContain("已导入新文稿");
    expect(await exchangeCommand.run(["import", file, "--data", bDir, ...asB], io)).toBe(0);
    expect(out.at(-1)).toContain("已是最新");
    const tampered = `${file}.bad`;
    await fs.writeFile(tampered, (await fs.readFile(file, "utf8")).replace("收悉", "收到"));
    expect(await exchangeCommand.run(["verify", tampered, "--data", bDir], io)).toBe(1);
    expect(out.at(-1)).toContain("完整性校验失败");
  });
});
