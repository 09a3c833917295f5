// Contract methods for recovery: the daily backups, and restoring a draft from one of them.
import { z } from "zod";
import { DraftStatus } from "../model/draft";
import { method } from "./define";

/** A draft id as it may appear in a file name. */
const DraftIdText = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "编号只能包含字母、数字、下划线和连字符");

/** A backup folder name: the day it was taken. */
export const BackupName = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "备份名称应为 YYYY-MM-DD");

/** One daily backup. */
export const BackupSummary = z.object({
  name: BackupName,
  drafts: z.number().int().nonnegative(),
  trashed: z.number().int().nonnegative(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

/** A draft as a backup holds it. */
export const BackupDraftVersion = z.object({
  backup: BackupName,
  revision: z.number().int().nonnegative(),
  updatedAt: z.string(),
  title: z.string(),
  status: DraftStatus,
  trashed: z.boolean(),
  /** The backup holds the same text as the draft has now. */
  sameAsNow: z.boolean(),
  /** Set when the backup's file could not be read (it is listed, but cannot be restored). */
  problem: z.string().nullable(),
});
export type BackupDraftVersion = z.infer<typeof BackupDraftVersion>;

/** How a draft in a backup compares with the data folder now. */
export const BackupDraftState = z.enum(["deleted", "changed", "trashed", "same"]);
export type BackupDraftState = z.infer<typeof BackupDraftState>;

/** One draft of a backup, for choosing what to restore. */
export const BackupDraftEntry = z.object({
  id: z.string(),
  title: z.string(),
  status: DraftStatus,
  revision: z.number().int().nonnegative(),
  /** In the backup's 回收站. */
  trashed: z.boolean(),
  /** deleted: gone for good now; changed: saved since; trashed: in the 回收站 now; same: unchanged. */
  now: BackupDraftState,
});
export type BackupDraftEntry = z.infer<typeof BackupDraftEntry>;

/** Most drafts listed from one backup at a time (a filter narrows the rest). */
export const BACKUP_DRAFTS_LIMIT = 200;

/** What a restore did: the draft's new revision; "recreated" when the draft had been deleted for good. */
export const RestoreResult = z.object({
  id: z.string(),
  revision: z.number().int(),
  outcome: z.enum(["revised", "recreated"]),
});
export type RestoreResult = z.infer<typeof RestoreResult>;

/** Recovery domain of the contract. */
export const recoveryMethods = {
  listBackups: method("列出每日备份（新的在前）", z.object({}), z.array(BackupSummary)),
  listBackupDrafts: method(
    `列出某个备份中的文稿（已删除、已修改的在前；可按标题筛选，最多 ${BACKUP_DRAFTS_LIMIT} 份）`,
    z.object({ backup: BackupName, text: z.string().max(100).optional() }),
    z.object({ total: z.number().int().nonnegative(), entries: z.array(BackupDraftEntry) }),
  ),
  listBackupVersionsOfDraft: method(
    "列出哪些备份中有这份文稿（新的在前）",
    z.object({ id: DraftIdText }),
    z.array(BackupDraftVersion),
  ),
  restoreDraftFromBackup: method(
    "从备份恢复一份文稿：已有的文稿保存为新的修订（旧内容仍可从备份找回），已删除的文稿重新建立",
    z.object({ id: DraftIdText, backup: BackupName }),
    RestoreResult,
  ),
  restoreDraftFromVersion: method(
    "把文稿恢复为某个审核版本的内容（保存为新的修订，经审核流程：待审核/已审核的文稿退回草稿，已签发的不能改）",
    z.object({ id: DraftIdText, n: z.number().int().positive() }),
    RestoreResult,
  ),
};
