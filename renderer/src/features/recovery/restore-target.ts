// What the user asked to restore, and the wording of its confirmation and result (pure, testable).
import type { BackupDraftState, RestoreResult } from "../../../../shared/api/recovery";
import type { DraftStatus } from "../../../../shared/model/draft";
import type { VersionKind } from "../../../../shared/workflow/schemas";
import { editWarning } from "../../../../shared/workflow/status-machine";

/** A restore the user picked: from a daily backup or from a workflow version. */
export type RestoreTarget =
  | { readonly kind: "backup"; readonly id: string; readonly title: string; readonly backup: string }
  | { readonly kind: "version"; readonly id: string; readonly title: string; readonly n: number };

/** How each kind of workflow version is named on screen. */
export const VERSION_KIND_LABELS: Readonly<Record<VersionKind, string>> = {
  submit: "送审版本",
  sign: "签发版本",
  conflict: "同步冲突时保留的版本",
  import: "导入的版本",
  restore: "恢复前的内容",
};

/** How a backup's draft compares with now, in words. */
export const BACKUP_STATE_LABELS: Readonly<Record<BackupDraftState, string>> = {
  deleted: "现已永久删除",
  changed: "之后有修改",
  trashed: "现在在回收站",
  same: "与现在相同",
};

/** "备份 2024-05-10" or "版本 3". */
export function sourceLabel(t: RestoreTarget): string {
  return t.kind === "backup" ? `备份 ${t.backup}` : `版本 ${t.n}`;
}

/** The confirmation text: what happens to the current content, and the review-state warning if any. */
export function confirmText(t: RestoreTarget, status: DraftStatus | null): string {
  const what = `将把“${t.title}”的内容恢复为${sourceLabel(t)}中的内容。`;
  if (status === null) return `${what}这份文稿现在已不存在，恢复后会重新建立。`;
  const keep = "当前内容会先保存为“恢复前的内容”版本，需要时可在本页再恢复回来。";
  const warn = status === "已审核" || status === "待审核" ? editWarning(status)?.replace(/确定要修改吗？$/u, "") : null;
  return [what, keep, warn ?? ""].join("");
}

/** The message after a successful restore. */
export function resultText(t: RestoreTarget, r: RestoreResult): string {
  const how = r.outcome === "recreated" ? "已重新建立这份文稿" : `已保存为修订 ${r.revision}`;
  return `已从${sourceLabel(t)} 恢复“${t.title}”：${how}。`;
}
