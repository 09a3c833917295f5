// Contract methods for drafts: list, open, create, save, 回收站, store notices.
import { z } from "zod";
import { Channel, Draft, DraftStatus, DraftSummary } from "../model/draft";
import { method } from "./define";

const DraftId = z.object({ id: z.string().min(1).max(64) });

/** A notice the store raises for the user, e.g. a quarantined corrupt file. */
export const StoreNotice = z.object({
  id: z.string(),
  time: z.string(),
  level: z.enum(["info", "warning", "error"]),
  message: z.string(),
});
export type StoreNotice = z.infer<typeof StoreNotice>;

/** Query for the draft list. */
export const ListDraftsInput = z.object({
  text: z.string().max(200).default(""),
  status: DraftStatus.nullable().default(null),
  trashed: z.boolean().default(false),
});

/** Most rows one listDraftPage call returns (a screen shows about twenty). */
export const MAX_PAGE_ROWS = 500;

/** Query for one page of the draft list: the list query, where the page starts, how many rows, and an id filter. */
export const ListDraftPageInput = ListDraftsInput.extend({
  offset: z.number().int().nonnegative().max(1_000_000).default(0),
  limit: z.number().int().min(1).max(MAX_PAGE_ROWS).default(100),
  /** Only these drafts (e.g. 待我处理); null for all. */
  ids: z.array(z.string().min(1).max(64)).max(100_000).nullable().default(null),
});

/** One page of the draft list and how many rows the whole query has. */
export const DraftPage = z.object({
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  rows: z.array(DraftSummary),
});
export type DraftPage = z.infer<typeof DraftPage>;

/** Drafts domain of the contract. */
export const draftMethods = {
  listDrafts: method("列出文稿（搜索、筛选，按更新时间倒序）", ListDraftsInput, z.array(DraftSummary)),
  listDraftPage: method(
    "列出文稿的一页（搜索、筛选、排序在服务端；按更新时间倒序）与符合条件的总数",
    ListDraftPageInput,
    DraftPage,
  ),
  getDraft: method("打开一份文稿", DraftId, Draft),
  createDraft: method(
    "新建文稿（可选模板）",
    z.object({ channel: Channel.default("提案"), templateId: z.string().max(64).nullable().default(null) }),
    Draft,
  ),
  createSampleDraft: method("打开示例：以内置示例答复函新建一份文稿", z.object({}), Draft),
  saveDraft: method(
    "保存文稿；baseRevision 与磁盘上的修订号不同则拒绝（冲突）",
    z.object({ draft: Draft, baseRevision: z.number().int().nonnegative() }),
    z.object({ revision: z.number().int(), updatedAt: z.string(), status: DraftStatus }),
  ),
  trashDraft: method("移入回收站", DraftId, z.object({ ok: z.literal(true) })),
  restoreDraft: method("从回收站恢复", DraftId, z.object({ ok: z.literal(true) })),
  emptyTrash: method("清空回收站（永久删除）", z.object({}), z.object({ removed: z.number().int() })),
  storeInfo: method(
    "数据文件夹位置与存储提示（如损坏文件已隔离）",
    z.object({}),
    z.object({ dataDir: z.string(), notices: z.array(StoreNotice) }),
  ),
  dismissNotice: method("关闭一条存储提示", z.object({ id: z.string().max(64) }), z.object({ ok: z.literal(true) })),
} as const;
