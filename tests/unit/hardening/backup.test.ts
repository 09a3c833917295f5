// Daily rolling backups and restoring a draft from a backup or an older version, through the contract.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../../electron/main/dispatch";
import { buildHandlers } from "../../../electron/main/handlers";
import type { HandlerContext } from "../../../electron/main/handlers/context";
import { workflowFor } from "../../../electron/main/handlers/workflow";
import { openHandlerContext } from "../../../electron/main/host";
import { ensureDailyBackup, localDay, placeFile } from "../../../electron/main/services/backup";
import type { Handlers } from "../../../shared/api/contract";
import type { Draft } from "../../../shared/model/draft";
import { makeDraft, tempDir } from "../foundation/helpers";
import { OFFICER, SUPERVISOR, seedRoster, signInAs, signThrough } from "../workflow/helpers";

let dir: string;
let cleanup: () => Promise<void>;
let ctx: HandlerContext;
let handlers: Handlers;
let clock = new Date(2024, 4, 10, 9, 0);

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-backup-"));
  clock = new Date(2024, 4, 10, 9, 0);
  ctx = await openHandlerContext({ dataDir: dir, now: () => clock });
  handlers = buildHandlers(ctx);
});
afterEach(async () => {
  await ctx.close();
  await cleanup();
});

const day = (offset: number): Date => new Date(2024, 4, 10 + offset, 9, 0);

async function call<T>(name: string, input: unknown): Promise<T> {
  const env = await dispatch(handlers, name, input);
  if (!env.ok) throw Object.assign(new Error(env.error.message), { code: env.error.code });
  return env.value as T;
}

function withOpening(d: Draft, opening: string): Draft {
  return { ...d, letter: { ...d.letter, opening } };
}

describe("ensureDailyBackup", () => {
  it("copies drafts, 回收站, settings and templates into backups/<today>/ once a day", async () => {
    const a = await ctx.store.create(makeDraft("关于甲的提案"));
    const b = await ctx.store.create(makeDraft("关于乙的提案"));
    await ctx.store.trash(b.id);
    ctx.settings.update({ user: { name: "王伟", role: "拟稿人" } });
    await ctx.store.flush();
    await writeFile(path.join(dir, "drafts", `.${a.id}.json.1.abc.tmp`), "{半个");

    const first = await ensureDailyBackup(dir, { now: () => day(0) });
    expect(first).toMatchObject({ name: localDay(day(0)), created: true, removed: [] });
    const root = path.join(dir, "backups", first.name);
    expect(await readdir(path.join(root, "drafts"))).toEqual([`${a.id}.json`]);
    expect(await readdir(path.join(root, "trash"))).toEqual([`${b.id}.json`]);
    expect(existsSync(path.join(root, "settings.json"))).toBe(true);

    const again = await ensureDailyBackup(dir, { now: () => day(0) });
    expect(again.created).toBe(false);
  });

  it("keeps the backup's content when the draft is saved afterwards (hard links are never written through)", async () => {
    const a = await ctx.store.create(withOpening(makeDraft(), "备份时的开头"));
    const { name } = await ensureDailyBackup(dir, { now: () => day(0) });
    await ctx.store.save(withOpening(a, "之后改过的开头"), 1);
    const backedUp = JSON.parse(await readFile(path.join(dir, "backups", name, "drafts", `${a.id}.json`), "utf8"));
    expect(backedUp.letter.opening).toBe("备份时的开头");
    expect((await ctx.store.get(a.id)).letter.opening).toBe("之后改过的开头");
  });

  it("keeps the backup's comments and audit log when more are added afterwards", async () => {
    const a = await ctx.store.create(makeDraft());
    const wf = workflowFor(ctx);
    await seedRoster(ctx);
    const actor = await signInAs(ctx, SUPERVISOR);
    await wf.addComment(a.id, "opening", "第一条批注", actor);
    const { name } = await ensureDailyBackup(dir, { now: () => day(0) });
    const root = path.join(dir, "backups", name);
    const comments = await readFile(path.join(root, "comments", `${a.id}.json`), "utf8");
    const audit = (await readdir(path.join(root, "audit"))).sort();
    const auditText = await Promise.all(audit.map((f) => readFile(path.join(root, "audit", f), "utf8")));
    await wf.addComment(a.id, "opening", "第二条批注", actor);
    expect(await readFile(path.join(root, "comments", `${a.id}.json`), "utf8")).toBe(comments);
    expect(comments).not.toContain("第二条批注");
    expect(await Promise.all(audit.map((f) => readFile(path.join(root, "audit", f), "utf8")))).toEqual(auditText);
    expect((await wf.comments.list(a.id)).map((c) => c.text)).toEqual(["第一条批注", "第二条批注"]);
  });

  it("skips a file that disappears while the backup runs (a draft moved to the 回收站 meanwhile)", async () => {
    const gone = path.join(dir, "drafts", "moved-away.json");
    await mkdir(path.join(dir, "copy"), { recursive: true });
    expect(await placeFile(gone, path.join(dir, "copy", "a.json"), true)).toBe(0);
    expect(await placeFile(gone, path.join(dir, "copy", "b.json"), false)).toBe(0);
    expect(await readdir(path.join(dir, "copy"))).toEqual([]);
    // Other failures still fail the backup (and become a notice in the hosts).
    await writeFile(path.join(dir, "real.json"), "{}");
    await expect(
      placeFile(path.join(dir, "real.json"), path.join(dir, "no-such-dir", "x.json"), false),
    ).rejects.toThrow();
  });

  it("keeps only the newest N days and clears half-built backups", async () => {
    await ctx.store.create(makeDraft());
    await mkdir(path.join(dir, "backups", ".partial-2024-05-09-dead"), { recursive: true });
    await mkdir(path.join(dir, "backups", "不是备份"), { recursive: true });
    for (let i = 0; i < 5; i += 1) await ensureDailyBackup(dir, { now: () => day(i), keepDays: 3 });
    const names = await readdir(path.join(dir, "backups"));
    expect(names.sort()).toEqual([localDay(day(2)), localDay(day(3)), localDay(day(4)), "不是备份"].sort());
  });
});

describe("recovery contract", () => {
  it("lists backups and the backups that hold a draft, newest first", async () => {
    const a = await ctx.store.create(withOpening(makeDraft("关于丙的提案"), "第一天"));
    await ensureDailyBackup(dir, { now: () => day(0) });
    await ctx.store.save(withOpening(a, "第二天"), 1);
    await ensureDailyBackup(dir, { now: () => day(1) });
    await ctx.store.create(makeDraft("关于丁的提案"));
    await ensureDailyBackup(dir, { now: () => day(2) });

    const backups = await call<{ name: string; drafts: number }[]>("listBackups", {});
    expect(backups.map((b) => [b.name, b.drafts])).toEqual([
      [localDay(day(2)), 2],
      [localDay(day(1)), 1],
      [localDay(day(0)), 1],
    ]);
    const versions = await call<{ backup: string; revision: number; title: string }[]>("listBackupVersionsOfDraft", {
      id: a.id,
    });
    expect(versions.map((v) => [v.backup, v.revision])).toEqual([
      [localDay(day(2)), 2],
      [localDay(day(1)), 2],
      [localDay(day(0)), 1],
    ]);
    expect(versions[0]?.title).toBe("关于丙的提案");
  });

  it("lists a backup's drafts against the folder now: deleted and changed first, filtered by title", async () => {
    const a = await ctx.store.create(withOpening(makeDraft("关于甲的提案"), "一"));
    const b = await ctx.store.create(makeDraft("关于乙的提案"));
    const c = await ctx.store.create(makeDraft("关于丙的提案"));
    const e = await ctx.store.create(makeDraft("关于戊的建议"));
    await ctx.store.flush();
    await ensureDailyBackup(dir, { now: () => day(0) });
    await ctx.store.save(withOpening(a, "二"), 1);
    await ctx.store.trash(c.id);
    await ctx.store.emptyTrash();
    await ctx.store.trash(b.id);
    await ctx.store.create(makeDraft("关于丁的提案"));

    type Listed = { total: number; entries: { id: string; title: string; now: string; revision: number }[] };
    const all = await call<Listed>("listBackupDrafts", { backup: localDay(day(0)) });
    expect(all.total).toBe(4);
    expect(all.entries.map((x) => [x.id, x.now, x.revision])).toEqual([
      [c.id, "deleted", 1],
      [a.id, "changed", 1],
      [b.id, "trashed", 1],
      [e.id, "same", 1],
    ]);
    expect(all.entries[0]?.title).toBe("关于丙的提案");
    const some = await call<Listed>("listBackupDrafts", { backup: localDay(day(0)), text: "建议" });
    expect(some.entries.map((x) => x.id)).toEqual([e.id]);
    await expect(call("listBackupDrafts", { backup: localDay(day(5)) })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("restores an existing draft as a new revision, never overwriting silently", async () => {
    const a = await ctx.store.create(withOpening(makeDraft(), "原来的开头"));
    await ensureDailyBackup(dir, { now: () => day(0) });
    await ctx.store.save(withOpening(a, "改坏了的开头"), 1);
    const r = await call<{ revision: number; outcome: string }>("restoreDraftFromBackup", {
      id: a.id,
      backup: localDay(day(0)),
    });
    expect(r).toMatchObject({ revision: 3, outcome: "revised" });
    expect((await ctx.store.get(a.id)).letter.opening).toBe("原来的开头");
  });

  it("keeps the content it replaces as a 'restore' version, so a restore can be undone", async () => {
    const a = await ctx.store.create(withOpening(makeDraft(), "备份里的开头"));
    await ensureDailyBackup(dir, { now: () => day(0) });
    await ctx.store.save(withOpening(a, "今天新写的开头"), 1);
    const sameAsNow = async (): Promise<[boolean | undefined, string | undefined]> => [
      (await call<{ sameAsNow: boolean }[]>("listBackupVersionsOfDraft", { id: a.id }))[0]?.sameAsNow,
      (await call<{ entries: { now: string }[] }>("listBackupDrafts", { backup: localDay(day(0)) })).entries[0]?.now,
    ];
    expect(await sameAsNow()).toEqual([false, "changed"]);
    await call("restoreDraftFromBackup", { id: a.id, backup: localDay(day(0)) });
    // Same text again, under a new revision.
    expect(await sameAsNow()).toEqual([true, "same"]);
    const versions = await call<{ n: number; kind: string; note: string }[]>("listVersions", { id: a.id });
    expect(versions.map((v) => v.kind)).toEqual(["restore"]);
    expect(versions[0]?.note).toContain(`备份 ${localDay(day(0))}`);
    // Restoring the same content again adds no second copy of it.
    await call("restoreDraftFromBackup", { id: a.id, backup: localDay(day(0)) });
    expect(await call<unknown[]>("listVersions", { id: a.id })).toHaveLength(1);
    await call("restoreDraftFromVersion", { id: a.id, n: versions[0]!.n });
    expect((await ctx.store.get(a.id)).letter.opening).toBe("今天新写的开头");
  });

  it("refuses to restore into a signed letter and writes nothing", async () => {
    const a = await ctx.store.create(withOpening(makeDraft(), "签发前"));
    await ensureDailyBackup(dir, { now: () => day(0) });
    const current = await ctx.store.get(a.id);
    await ctx.store.save(withOpening(current, "签发的正文"), current.revision);
    // Really signed: through the chain, each step signed by its person (a status field alone proves nothing).
    await signThrough(ctx, workflowFor(ctx), a.id);
    await ctx.store.flush();
    const before = await readdir(dir, { recursive: true });
    const env = await dispatch(handlers, "restoreDraftFromBackup", { id: a.id, backup: localDay(day(0)) });
    expect(env.ok).toBe(false);
    if (!env.ok) {
      expect(env.error.code).toBe("INVALID_STATE");
      expect(env.error.message).toContain("已签发");
    }
    expect(await readdir(dir, { recursive: true })).toEqual(before);
    expect((await ctx.store.get(a.id)).letter.opening).toBe("签发的正文");
  });

  it("brings back a draft from the 回收站 and one deleted for good", async () => {
    const a = await ctx.store.create(withOpening(makeDraft(), "甲"));
    const b = await ctx.store.create(withOpening(makeDraft(), "乙"));
    await ensureDailyBackup(dir, { now: () => day(0) });
    await ctx.store.trash(a.id);
    await ctx.store.trash(b.id);
    await ctx.store.emptyTrash();
    const name = localDay(day(0));
    expect(await call("restoreDraftFromBackup", { id: a.id, backup: name })).toMatchObject({ outcome: "recreated" });
    expect((await ctx.store.get(a.id)).letter.opening).toBe("甲");

    const c = await ctx.store.create(withOpening(makeDraft(), "丙"));
    await ensureDailyBackup(dir, { now: () => day(1) });
    await ctx.store.trash(c.id);
    expect(await call("restoreDraftFromBackup", { id: c.id, backup: localDay(day(1)) })).toMatchObject({
      outcome: "revised",
    });
    expect(ctx.store.list({}).some((s) => s.id === c.id)).toBe(true);
  });

  it("restores the text of a submitted version through the workflow (a reviewed draft drops to 草稿)", async () => {
    await seedRoster(ctx);
    await signInAs(ctx, OFFICER);
    const a = await ctx.store.create(withOpening(makeDraft(), "送审的开头"));
    const v = await workflowFor(ctx).submit(a.id, workflowFor(ctx).currentActor());
    const submitted = await ctx.store.get(a.id);
    expect(submitted.status).toBe("待审核");
    await ctx.store.save(withOpening(submitted, "送审后又改的开头"), submitted.revision);
    const r = await call<{ outcome: string }>("restoreDraftFromVersion", { id: a.id, n: v.n });
    expect(r.outcome).toBe("revised");
    const restored = await ctx.store.get(a.id);
    expect(restored.letter.opening).toBe("送审的开头");
    expect(restored.status).toBe("草稿");
  });

  it("refuses unknown backups and path tricks with a Chinese error and writes nothing", async () => {
    const a = await ctx.store.create(makeDraft());
    await ensureDailyBackup(dir, { now: () => day(0) });
    const bad = [
      { id: a.id, backup: "../drafts" },
      { id: "../index", backup: localDay(day(0)) },
      { id: a.id, backup: "2024-01-01" },
    ];
    for (const input of bad) {
      const env = await dispatch(handlers, "restoreDraftFromBackup", input);
      expect(env.ok).toBe(false);
      if (!env.ok) expect(["BAD_INPUT", "NOT_FOUND"]).toContain(env.error.code);
    }
    expect((await ctx.store.get(a.id)).revision).toBe(1);
  });
});
