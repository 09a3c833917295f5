// Handlers for Word export: one letter (draft or formal), batch jobs with progress, the seal picture.
import { createHash } from "node:crypto";
import { format } from "date-fns/format";
import type { Handlers } from "../../../shared/api/contract";
import { AppError } from "../../../shared/api/errors";
import type { BatchExportStatus, exportMethods } from "../../../shared/api/export";
import { assertGateClean } from "../../../shared/lint/gate";
import { renderDraftDocx } from "../services/export/export-draft";
import { checkPng } from "../services/export/seal";
import { clearSeal, readSeal, setSeal } from "../services/seal-store";
import type { Actor } from "../../../shared/workflow/status-machine";
import type { HandlerContext } from "./context";
import { uniqueNames, type NamedFile } from "./host-ports";
import { letterFileName } from "./letter-file-name";
import { workflowFor } from "./workflow";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type ExportHandlers = Pick<Handlers, keyof typeof exportMethods>;

/** Batch jobs per data folder (keyed by its store), kept while the app runs. */
const jobsByStore = new WeakMap<object, Map<string, BatchExportStatus>>();

/** The export handlers. */
export function exportHandlers(ctx: HandlerContext): ExportHandlers {
  const jobs = jobsByStore.get(ctx.store) ?? new Map<string, BatchExportStatus>();
  jobsByStore.set(ctx.store, jobs);

  async function runBatch(
    job: BatchExportStatus,
    ids: readonly string[],
    titles: ReadonlyMap<string, string>,
  ): Promise<void> {
    const files: NamedFile[] = [];
    const formals: { id: string; bytes: Uint8Array; index: number; actor: Actor }[] = [];
    for (const id of ids) {
      if (job.cancelled) break;
      let title = titles.get(id) || "（未命名文稿）";
      try {
        const draft = await ctx.store.get(id);
        // Signed letters go out formal (sealed, after the same gate as one formal export); others as 草稿 copies.
        const wf = workflowFor(ctx);
        const authorised = await wf.authoriseFormalExport(id, wf.currentActor()).catch(() => null);
        const formal = authorised !== null;
        if (formal) assertGateClean("export", draft, ctx.settings.get(), format(ctx.now(), "yyyy-MM-dd"));
        const out = await renderDraftDocx({
          draft,
          settings: ctx.settings.get(),
          formal,
          sealPng: formal ? await readSeal(ctx.settings) : null,
          sealAllowed: formal,
        });
        title = out.title;
        files.push({ name: letterFileName(out.title, ctx.settings.get().bureau), bytes: out.bytes });
        if (authorised) formals.push({ id, bytes: out.bytes, index: files.length - 1, actor: authorised.actor });
      } catch (err) {
        job.failed.push({ id, title, message: err instanceof Error ? err.message : String(err) });
      }
      job.done += 1;
    }
    const names = uniqueNames(files.map((f) => f.name));
    const delivery =
      files.length && !job.cancelled
        ? await ctx.ports.deliverFiles(
            // The local calendar day: an evening export in Beijing is not named after yesterday's UTC date.
            `答复函批量导出-${format(ctx.now(), "yyyy-MM-dd")}.zip`,
            files.map((f, i) => ({ name: names[i] ?? f.name, bytes: f.bytes })),
          )
        : null;
    if (delivery && delivery.kind !== "cancelled") {
      const where = delivery.kind === "saved" ? delivery.path : delivery.fileName;
      for (const f of formals) {
        const sha256 = createHash("sha256").update(f.bytes).digest("hex");
        await workflowFor(ctx).recordExport(f.id, sha256, `${where}：${names[f.index] ?? ""}`, f.actor);
      }
    }
    job.delivery = delivery;
    job.finished = true;
  }

  return {
    exportDocx: async ({ id, formal }) => {
      // A formal (sealed) export is a signed action: the rulebook checks the 文书 and the verified 签发.
      const wf = workflowFor(ctx);
      const authorised = formal ? await wf.authoriseFormalExport(id, wf.currentActor()) : null;
      const draft = authorised?.draft ?? (await ctx.store.get(id));
      if (formal) assertGateClean("export", draft, ctx.settings.get(), format(ctx.now(), "yyyy-MM-dd"));
      const sealPng = formal ? await readSeal(ctx.settings) : null;
      const out = await renderDraftDocx({ draft, settings: ctx.settings.get(), formal, sealPng, sealAllowed: formal });
      const fileName = letterFileName(out.title, ctx.settings.get().bureau);
      const delivery = await ctx.ports.deliverFile(fileName, out.bytes, DOCX);
      const sha256 = createHash("sha256").update(out.bytes).digest("hex");
      if (authorised && delivery.kind !== "cancelled") {
        const where = delivery.kind === "saved" ? delivery.path : delivery.fileName;
        await wf.recordExport(id, sha256, where, authorised.actor);
      }
      const note =
        formal && !out.sealed
          ? "未设置印章图片，正式文件未盖章。文书可在“设置”中选择印章图片（PNG）后重新导出。"
          : null;
      return { delivery, fileName, sealed: out.sealed, isDraft: out.isDraft, sha256, note };
    },
    startBatchExport: async ({ status, ids: chosen }) => {
      const rows = ctx.store.list({ status: chosen ? null : status });
      const titles = new Map(rows.map((r) => [r.id, r.title]));
      // Chosen drafts keep the list's order; ones gone meanwhile (trashed, deleted) are reported as failures.
      const ids = chosen ? [...new Set(chosen)] : rows.map((r) => r.id);
      if (ids.length === 0) throw new AppError("NOT_FOUND", "没有符合条件的文稿可导出");
      const job: BatchExportStatus = {
        jobId: `job${jobs.size + 1}`,
        total: ids.length,
        done: 0,
        failed: [],
        finished: false,
        cancelled: false,
        delivery: null,
      };
      jobs.set(job.jobId, job);
      const missing = ids.filter((id) => !titles.has(id));
      const present = ids.filter((id) => titles.has(id));
      for (const id of missing) {
        job.failed.push({ id, title: "（找不到的文稿）", message: "找不到该文稿，可能已删除或移入回收站。" });
        job.done += 1;
      }
      void runBatch(job, present, titles).catch((err: unknown) => {
        job.failed.push({ id: "", title: "批量导出", message: err instanceof Error ? err.message : String(err) });
        job.finished = true;
      });
      return { jobId: job.jobId, total: job.total };
    },
    batchExportStatus: async ({ jobId }) => {
      const job = jobs.get(jobId);
      if (!job) throw new AppError("NOT_FOUND", "找不到该导出任务（可能应用已重启）");
      return { ...job, failed: [...job.failed] };
    },
    cancelBatchExport: async ({ jobId }) => {
      const job = jobs.get(jobId);
      if (!job) throw new AppError("NOT_FOUND", "找不到该导出任务（可能应用已重启）");
      if (!job.finished) job.cancelled = true;
      return { ok: true as const };
    },
    sealInfo: async () => {
      const png = await readSeal(ctx.settings);
      if (!png) return { configured: false, width: null, height: null };
      try {
        const info = checkPng(png);
        return { configured: true, width: info.width, height: info.height };
      } catch {
        return { configured: false, width: null, height: null };
      }
    },
    sealImage: async () => {
      const png = await readSeal(ctx.settings);
      if (!png) return { base64: null };
      try {
        checkPng(png);
        return { base64: Buffer.from(png).toString("base64") };
      } catch {
        return { base64: null };
      }
    },
    setSealImage: async ({ base64 }) => {
      const info = await setSeal(ctx.dataDir, ctx.settings, new Uint8Array(Buffer.from(base64, "base64")));
      return { width: info.width, height: info.height };
    },
    clearSealImage: async () => {
      await clearSeal(ctx.dataDir, ctx.settings);
      return { ok: true as const };
    },
  };
}
