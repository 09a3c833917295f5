// Damaged side files: comments, the numbering register, notices and an audit head. Each is moved aside with a
// notice (never reset), doctor reports it, and a garbled audit head is described as such.
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../../electron/cli/index";
import { openServices, type Services } from "../../../electron/main/services";
import { WorkflowService } from "../../../electron/main/services/workflow/workflow-service";
import { AppError } from "../../../shared/api/errors";
import { makeDraft, tempDir } from "../foundation/helpers";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-corrupt-"));
});
afterEach(async () => {
  await cleanup();
});

async function doctor(...args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const code = await runCli(["doctor", "--data", dir, ...args], {
    out: (t) => (out += t),
    err: (t) => (out += t),
    env: {},
    cwd: dir,
  });
  return { code, out };
}

async function open(): Promise<{ services: Services; wf: WorkflowService }> {
  const services = await openServices({ dataDir: dir });
  if (services.people.current() === null) {
    await services.people.createRoster({ name: "王伟", password: "correct-horse-9", bureau: "", roles: ["拟稿人"] });
  }
  const wf = new WorkflowService({
    store: services.store,
    settings: services.settings,
    people: services.people,
    dataDir: dir,
  });
  return { services, wf };
}

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

const corruptCopies = async (sub: string, base: string): Promise<string[]> =>
  (await readdir(path.join(dir, sub))).filter((n) => n.startsWith(`${base}.corrupt-`));

describe("damaged side files", () => {
  it("a corrupt comments file is reported by doctor, then quarantined with a notice, never reset", async () => {
    let { services, wf } = await open();
    const d = await services.store.create(makeDraft());
    await wf.addComment(d.id, "body.0", "请补充数据来源", wf.currentActor());
    await services.close();
    const file = path.join(dir, "comments", `${d.id}.json`);
    await writeFile(file, '{"comments": [ {"id": "trunc');
    const check = await doctor();
    expect(check.code).toBe(1);
    expect(check.out).toContain(`批注文件 comments/${d.id}.json 无法读取`);
    expect(existsSync(file)).toBe(true); // a check moves nothing

    ({ services, wf } = await open());
    const err = await rejection(wf.comments.list(d.id));
    expect(err.code).toBe("CORRUPT");
    const aside = await corruptCopies("comments", `${d.id}.json`);
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(dir, "comments", aside[0]!), "utf8")).toBe('{"comments": [ {"id": "trunc');
    expect(services.store.notices().map((n) => n.message)).toContainEqual(
      expect.stringContaining(`批注文件 ${d.id}.json 已损坏，已隔离为 ${aside[0]}`),
    );
    await services.close();
    expect((await doctor()).out).toContain(`已隔离的损坏文件 ${path.join("comments", aside[0]!)}`);
  });

  it("a corrupt numbering.json is quarantined with a notice and numbering stays paused (no reuse from 1)", async () => {
    let { services, wf } = await open();
    await services.close();
    const file = path.join(dir, "numbering.json");
    await writeFile(file, '{"version":1,"counters":{"惠科工函-2026":12},"allocations":[');
    const check = await doctor();
    expect(check.code).toBe(1);
    expect(check.out).toContain("发文字号登记簿");
    expect(check.out).toContain("已损坏");

    ({ services, wf } = await open());
    const first = await rejection(wf.numbering.list());
    expect(first.code).toBe("CORRUPT");
    const aside = await corruptCopies(".", "numbering.json");
    expect(aside).toHaveLength(1);
    expect(existsSync(file)).toBe(false);
    expect(services.store.notices().map((n) => n.message)).toContainEqual(
      expect.stringContaining(`发文字号登记簿 numbering.json 已损坏，已隔离为 ${aside[0]}`),
    );
    // With the file gone, the register is still not taken as empty.
    const again = await rejection(wf.numbering.list());
    expect(again.code).toBe("CORRUPT");
    expect(again.message).toContain("已暂停分配字号");
    await services.close();
    expect((await doctor()).out).toContain("发文字号登记簿已损坏并已隔离");
  });

  it("a corrupt notices.json is quarantined, keeping the earlier notices in the moved file, and a notice says so", async () => {
    let { services } = await open();
    await services.store.reportNotice("warning", "较早的提示：某文稿已隔离");
    await services.close();
    const file = path.join(dir, "notices.json");
    const earlier = await readFile(file, "utf8");
    const garbled = earlier.slice(0, -5);
    await writeFile(file, garbled);
    expect((await doctor()).out).toContain("提示记录文件 notices.json 不是有效的 JSON");

    ({ services } = await open());
    const aside = await corruptCopies(".", "notices.json");
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(dir, aside[0]!), "utf8")).toBe(garbled);
    const messages = services.store.notices().map((n) => n.message);
    expect(messages).toEqual([expect.stringContaining(`提示记录文件 notices.json 已损坏，已隔离为 ${aside[0]}`)]);
    await services.close();
  });

  it("a garbled audit head is reported as a damaged head, not as billions of missing entries", async () => {
    const { services, wf } = await open();
    const d = await services.store.create(makeDraft());
    await wf.submit(d.id, wf.currentActor());
    await services.close();
    await writeFile(path.join(dir, "audit", `${d.id}.head.json`), '{"seq": 1, "hash": ');
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.out).toContain("审计记录尾标文件（.head.json）已损坏");
    expect(r.out).not.toMatch(/缺少 \d{6,} 条/u);
  });

  it("doctor --repair quarantines damaged side files and never deletes them", async () => {
    const { services } = await open();
    await services.close();
    await writeFile(path.join(dir, "templates.json"), "{not json");
    await writeFile(path.join(dir, "numbering.json"), "[");
    const r = await doctor("--repair");
    expect(r.out).toContain("改名隔离");
    expect(await corruptCopies(".", "templates.json")).toHaveLength(1);
    expect(await corruptCopies(".", "numbering.json")).toHaveLength(1);
    // The register stays paused after the repair: a person restores it from a backup.
    expect(r.out).toContain("发文字号登记簿已损坏并已隔离");
  });
});
