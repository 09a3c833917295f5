// Contract methods for Word export: one letter, many letters (a job with progress), and the seal picture.
import { z } from "zod";
import { DraftStatus } from "../model/draft";
import { method } from "./define";
import { DeliverySchema } from "./delivery";

/** Largest seal picture accepted (a 600 dpi 42 mm seal PNG is well under 1 MB). */
export const SEAL_MAX_BYTES = 4 * 1024 * 1024;

/** Most drafts one batch may name explicitly (the list holds tens of thousands at most). */
export const BATCH_MAX_IDS = 50_000;

/** Progress of a batch export. */
export const BatchExportStatus = z.object({
  jobId: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  failed: z.array(z.object({ id: z.string(), title: z.string(), message: z.string() })),
  finished: z.boolean(),
  /** The user stopped the job: letters not yet built are skipped and nothing is delivered. */
  cancelled: z.boolean(),
  delivery: DeliverySchema.nullable(),
});
export type BatchExportStatus = z.infer<typeof BatchExportStatus>;

/** Export domain of the contract. */
export const exportMethods = {
  exportDocx: method(
    "导出 Word：formal=false 为草稿（页眉标“草稿”、不盖章）；formal=true 为正式导出（仅已签发/已答复，可盖章）",
    z.object({ id: z.string().min(1).max(64), formal: z.boolean().default(false) }),
    z.object({
      delivery: DeliverySchema,
      fileName: z.string(),
      sealed: z.boolean(),
      isDraft: z.boolean(),
      sha256: z.string(),
      /** A note for the user, e.g. that no seal picture is configured. */
      note: z.string().nullable(),
    }),
  ),
  startBatchExport: method(
    "批量导出 Word（草稿格式），返回任务编号；用 batchExportStatus 查询进度。ids 为所选文稿，否则按状态（null 为全部）",
    z.object({
      status: DraftStatus.nullable().default(null),
      ids: z.array(z.string().min(1).max(64)).min(1).max(BATCH_MAX_IDS).nullable().default(null),
    }),
    z.object({ jobId: z.string(), total: z.number().int() }),
  ),
  batchExportStatus: method("查询批量导出进度", z.object({ jobId: z.string().min(1).max(64) }), BatchExportStatus),
  cancelBatchExport: method(
    "取消批量导出：尚未生成的文稿不再导出，已生成的也不交付",
    z.object({ jobId: z.string().min(1).max(64) }),
    z.object({ ok: z.literal(true) }),
  ),
  sealInfo: method(
    "印章图片是否已设置",
    z.object({}),
    z.object({ configured: z.boolean(), width: z.number().int().nullable(), height: z.number().int().nullable() }),
  ),
  sealImage: method(
    "读取已设置的印章图片（PNG 的 base64），供设置页预览；未设置或已损坏时为 null",
    z.object({}),
    z.object({ base64: z.string().nullable() }),
  ),
  setSealImage: method(
    "设置印章图片（PNG，由文书提供，保存在数据文件夹中，不随软件分发）",
    z.object({
      base64: z
        .string()
        .min(1)
        .max(Math.ceil(SEAL_MAX_BYTES / 3) * 4),
    }),
    z.object({ width: z.number().int(), height: z.number().int() }),
  ),
  clearSealImage: method("移除印章图片", z.object({}), z.object({ ok: z.literal(true) })),
} as const;
