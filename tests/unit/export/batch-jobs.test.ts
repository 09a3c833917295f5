// Batch export jobs: chosen drafts only (in the given order, missing ones reported), and cancelling a running job.
import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { BatchExportStatus } from "../../../shared/api/export";
import type { Draft } from "../../../shared/model/draft";
import { handlerHarness } from "../foundation/handler-harness";

const h = handlerHarness({ deliverToFolder: true });
const { call } = h;

async function waitFinished(jobId: string): Promise<BatchExportStatus> {
  let status = await call<BatchExportStatus>("batchExportStatus", { jobId });
  for (let i = 0; i < 400 && !status.finished; i += 1) {
    await new Promise((r) => setTimeout(r, 25));
    status = await call<BatchExportStatus>("batchExportStatus", { jobId });
  }
  return status;
}

/** A 提案 draft with its own number, so each exports under its own file name. */
async function numbered(n: number): Promise<Draft> {
  const d = await call<Draft>("createDraft", { channel: "提案" });
  const next = { ...d, record: { ...d.record, proposalNumber: n, proposers: [`委员${n}`] } };
  await call("saveDraft", { draft: next, baseRevision: d.revision });
  return next;
}

describe("batch export jobs", () => {
  it("exports only the chosen drafts and reports ones that have gone", async () => {
    const a = await numbered(11);
    await numbered(12);
    const c = await numbered(13);
    const gone = await numbered(14);
    await call("trashDraft", { id: gone.id });
    const { jobId, total } = await call<{ jobId: string; total: number }>("startBatchExport", {
      ids: [a.id, c.id, gone.id],
    });
    expect(total).toBe(3);
    const status = await waitFinished(jobId);
    expect(status).toMatchObject({ finished: true, cancelled: false, done: 3 });
    expect(status.failed).toEqual([
      { id: gone.id, title: "（找不到的文稿）", message: expect.stringContaining("找不到该文稿") },
    ]);
    const names = (await readdir(h.out)).sort();
    expect(names).toHaveLength(2);
    expect(names.some((n) => n.includes("第11号"))).toBe(true);
    expect(names.some((n) => n.includes("第13号"))).toBe(true);
    expect(names.some((n) => n.includes("第12号"))).toBe(false);
  });

  it("filters by status when no drafts are chosen, and refuses an empty selection in Chinese", async () => {
    await numbered(21);
    await expect(call("startBatchExport", { status: "已签发" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "没有符合条件的文稿可导出",
    });
    await expect(call("startBatchExport", { ids: [] })).rejects.toMatchObject({ code: "BAD_INPUT" });
    const { total } = await call<{ total: number }>("startBatchExport", { status: "草稿" });
    expect(total).toBe(1);
  });

  it("stops a cancelled job: the rest is skipped and nothing is delivered", async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 12; n += 1) ids.push((await numbered(100 + n)).id);
    const { jobId } = await call<{ jobId: string }>("startBatchExport", { ids });
    await call("cancelBatchExport", { jobId });
    const status = await waitFinished(jobId);
    expect(status.finished).toBe(true);
    expect(status.cancelled).toBe(true);
    expect(status.done).toBeLessThan(12);
    expect(status.delivery).toBeNull();
    expect(await readdir(h.out)).toEqual([]);
    await expect(call("cancelBatchExport", { jobId: "job999" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
