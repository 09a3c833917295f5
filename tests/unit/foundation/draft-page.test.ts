// listDraftPage: one page of the list with filtering and sorting done by the service, through the contract.
import { describe, expect, it } from "vitest";
import type { DraftPage } from "../../../shared/api/drafts";
import { handlerHarness } from "./handler-harness";
import { makeDraft } from "./helpers";

const h = handlerHarness();

/** Creates n drafts titled 第1份…第n份 (the last one is the newest) and returns their ids, oldest first. */
async function seed(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= n; i += 1) ids.push((await h.ctx.store.create(makeDraft(`关于第${i}份的提案`))).id);
  return ids;
}

describe("listDraftPage", () => {
  it("returns only the rows asked for, newest first, with the total of the whole query", async () => {
    await seed(7);
    const newestFirst = h.ctx.store.list({}).map((r) => r.id);
    expect(newestFirst).toHaveLength(7);
    const first = await h.call<DraftPage>("listDraftPage", { offset: 0, limit: 3 });
    expect(first.total).toBe(7);
    expect(first.rows.map((r) => r.id)).toEqual(newestFirst.slice(0, 3));
    const last = await h.call<DraftPage>("listDraftPage", { offset: 6, limit: 3 });
    expect(last).toMatchObject({ total: 7, offset: 6 });
    expect(last.rows.map((r) => r.id)).toEqual(newestFirst.slice(6));
    const beyond = await h.call<DraftPage>("listDraftPage", { offset: 50, limit: 3 });
    expect(beyond).toEqual({ total: 7, offset: 7, rows: [] });
  });

  it("filters by text, status, trash and an id list on the service side", async () => {
    const ids = await seed(5);
    await h.ctx.store.trash(ids[0]!);
    const text = await h.call<DraftPage>("listDraftPage", { text: "第3份" });
    expect(text.total).toBe(1);
    expect(text.rows[0]?.title).toContain("第3份");
    expect((await h.call<DraftPage>("listDraftPage", { status: "已签发" })).total).toBe(0);
    expect((await h.call<DraftPage>("listDraftPage", {})).total).toBe(4);
    const trash = await h.call<DraftPage>("listDraftPage", { trashed: true });
    expect(trash.rows.map((r) => r.id)).toEqual([ids[0]]);
    const only = await h.call<DraftPage>("listDraftPage", { ids: [ids[1], ids[4], "no-such-id"] });
    expect(only.total).toBe(2);
    expect(new Set(only.rows.map((r) => r.id))).toEqual(new Set([ids[1], ids[4]]));
  });

  it("refuses pages larger than the contract allows and changes nothing", async () => {
    await expect(h.call("listDraftPage", { limit: 10_000 })).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(h.call("listDraftPage", { offset: -1 })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });
});
