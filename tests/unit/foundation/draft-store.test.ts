import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../../../shared/api/errors";
import { DraftStore } from "../../../electron/main/services/draft-store";
import { makeDraft, tempDir } from "./helpers";

let dir: string;
let cleanup: () => Promise<void>;
let store: DraftStore | null;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  store = await DraftStore.open(dir);
});
afterEach(async () => {
  await store?.close();
  await cleanup();
});

async function reopen(): Promise<DraftStore> {
  await store?.close();
  store = await DraftStore.open(dir);
  return store;
}

describe("DraftStore", () => {
  it("creates, saves and reloads a draft from its own file", async () => {
    const s = store!;
    const created = await s.create(makeDraft("关于产业强区的提案"));
    expect(created.revision).toBe(1);
    const edited = { ...created, letter: { ...created.letter, opening: "您提出的提案收悉。" } };
    const saved = await s.save(edited, 1);
    expect(saved.revision).toBe(2);
    const onDisk = JSON.parse(await readFile(path.join(dir, "drafts", `${created.id}.json`), "utf8"));
    expect(onDisk.letter.opening).toBe("您提出的提案收悉。");
    const again = await (await reopen()).get(created.id);
    expect(again.revision).toBe(2);
    expect(again.letter.opening).toBe("您提出的提案收悉。");
  });

  it("refuses a save based on a stale revision and leaves the file unchanged", async () => {
    const s = store!;
    const d = await s.create(makeDraft());
    await s.save({ ...d, letter: { ...d.letter, opening: "第一版" } }, 1);
    const before = await readFile(path.join(dir, "drafts", `${d.id}.json`), "utf8");
    await expect(s.save({ ...d, letter: { ...d.letter, opening: "过期的修改" } }, 1)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await readFile(path.join(dir, "drafts", `${d.id}.json`), "utf8")).toBe(before);
  });

  it("serialises two quick saves of the same draft: the second one conflicts, nothing is lost", async () => {
    const s = store!;
    const d = await s.create(makeDraft());
    const results = await Promise.allSettled([
      s.save({ ...d, letter: { ...d.letter, opening: "甲" } }, 1),
      s.save({ ...d, letter: { ...d.letter, opening: "乙" } }, 1),
    ]);
    expect(results[0]!.status).toBe("fulfilled");
    expect(results[1]!.status).toBe("rejected");
    expect((await s.get(d.id)).letter.opening).toBe("甲");
    // Two quick saves chained on each other's revision both land.
    const r2 = await s.save({ ...d, letter: { ...d.letter, opening: "丙" } }, 2);
    const r3 = await s.save({ ...d, letter: { ...d.letter, opening: "丁" } }, r2.revision);
    expect(r3.revision).toBe(4);
  });

  it("keeps the stored status on a plain save (status changes only through the workflow)", async () => {
    const s = store!;
    const d = await s.create(makeDraft());
    await s.save({ ...d, status: "已签发" }, 1);
    expect((await s.get(d.id)).status).toBe("草稿");
  });

  it("rejects an invalid draft with BAD_INPUT and writes nothing", async () => {
    const s = store!;
    const d = await s.create(makeDraft());
    const bad = { ...d, record: { ...d.record, assignedDate: "2024-02-30" } };
    await expect(s.save(bad, 1)).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect((await s.get(d.id)).revision).toBe(1);
  });

  it("searches by title, proposal number and proposer; filters by status; newest first", async () => {
    const s = store!;
    const a = await s.create(makeDraft("关于发展智慧农业的提案", { proposalNumber: 74, proposers: ["何昕"] }));
    await new Promise((r) => setTimeout(r, 5));
    await s.create(makeDraft("关于改善交通的建议", { proposalNumber: 12, proposers: ["郦炳"] }));
    expect(s.list({ text: "智慧" }).map((r) => r.id)).toEqual([a.id]);
    expect(s.list({ text: "74" }).map((r) => r.id)).toEqual([a.id]);
    expect(s.list({ text: "第74号" }).map((r) => r.id)).toEqual([a.id]);
    expect(s.list({ text: "何昕" }).map((r) => r.id)).toEqual([a.id]);
    expect(s.list({ status: "待审核" })).toEqual([]);
    expect(s.list()[1]!.id).toBe(a.id);
  });

  it("moves drafts to the 回收站, restores them and empties the 回收站", async () => {
    const s = store!;
    const d = await s.create(makeDraft());
    await s.trash(d.id);
    expect(s.list()).toEqual([]);
    expect(s.list({ trashed: true }).map((r) => r.id)).toEqual([d.id]);
    expect(existsSync(path.join(dir, "trash", `${d.id}.json`))).toBe(true);
    await expect(s.save(d, 1)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await s.restore(d.id);
    expect(s.list().map((r) => r.id)).toEqual([d.id]);
    await s.trash(d.id);
    const trashedAfterReopen = (await reopen()).list({ trashed: true });
    expect(trashedAfterReopen.map((r) => r.id)).toEqual([d.id]);
    expect(await store!.emptyTrash()).toBe(1);
    expect(await readdir(path.join(dir, "trash"))).toEqual([]);
  });

  it("quarantines a hand-corrupted index.json and rebuilds it from the draft files with a notice", async () => {
    const s = store!;
    const a = await s.create(makeDraft("甲提案"));
    const b = await s.create(makeDraft("乙提案"));
    await s.close();
    store = null;
    await writeFile(path.join(dir, "index.json"), '{"version":1,"entries":{"x"');
    const s2 = (store = await DraftStore.open(dir));
    expect(
      s2
        .list()
        .map((r) => r.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    const notice = s2.notices().find((n) => n.message.includes("index.json"));
    expect(notice?.message).toContain("已隔离");
    expect((await readdir(dir)).some((n) => n.startsWith("index.json.corrupt-"))).toBe(true);
  });

  it("quarantines a corrupt draft file at start, keeps the others and says so", async () => {
    const s = store!;
    const good = await s.create(makeDraft("完好的提案"));
    const bad = await s.create(makeDraft("将损坏的提案"));
    await s.close();
    store = null;
    await writeFile(path.join(dir, "drafts", `${bad.id}.json`), '{"schemaVersion":1,"id":');
    const s2 = (store = await DraftStore.open(dir));
    expect(s2.list().map((r) => r.id)).toEqual([good.id]);
    expect(s2.notices().some((n) => n.message.includes(`${bad.id}.json`))).toBe(true);
    expect((await readdir(path.join(dir, "drafts"))).some((n) => n.startsWith(`${bad.id}.json.corrupt-`))).toBe(true);
  });

  it("repairs a stale index after a crash between the draft write and the index write", async () => {
    const s = store!;
    const d = await s.create(makeDraft("原标题"));
    await s.flush();
    const staleIndex = await readFile(path.join(dir, "index.json"), "utf8");
    await s.save({ ...d, record: { ...d.record, proposalTitle: "新标题" } }, 1);
    await s.close();
    store = null;
    await writeFile(path.join(dir, "index.json"), staleIndex); // as if the process died before the index write
    const s2 = (store = await DraftStore.open(dir));
    const row = s2.list()[0]!;
    expect(row.title).toBe("新标题");
    expect(row.revision).toBe(2);
    await expect(s2.save({ ...d, revision: 2 }, 2)).resolves.toMatchObject({ revision: 3 });
  });

  it("allows one writer per data folder", async () => {
    await expect(DraftStore.open(dir)).rejects.toBeInstanceOf(AppError);
  });

  it("writes nothing under the repository", async () => {
    const repo = path.resolve(import.meta.dirname, "..", "..", "..");
    expect(path.relative(repo, dir).startsWith("..")).toBe(true);
    expect(existsSync(path.join(repo, "drafts"))).toBe(false);
    expect(existsSync(path.join(repo, "index.json"))).toBe(false);
  });
});
