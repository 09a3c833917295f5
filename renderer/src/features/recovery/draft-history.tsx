// One draft's recoverable pasts: its copies in the daily backups and its workflow versions, each restorable.
import { useCallback } from "react";
import type { BackupDraftVersion } from "../../../../shared/api/recovery";
import type { Draft } from "../../../../shared/model/draft";
import { api, ApiError } from "../../api";
import { formatTime } from "../../lib/format";
import { hrefOf } from "../../lib/routes";
import { useAsync } from "../../lib/use-async";
import { StatusBadge } from "../drafts/status-badge";
import { VERSION_KIND_LABELS, type RestoreTarget } from "./restore-target";

/** Props: the draft id, what to do when a restore is asked for, a reload nonce and whether a restore runs. */
export interface DraftHistoryProps {
  readonly id: string;
  readonly onRestore: (target: RestoreTarget, current: Draft | null) => void;
  readonly refresh: number;
  readonly busy: boolean;
}

/** The draft as it is now, or null when it no longer exists (deleted for good). */
async function currentDraft(id: string): Promise<Draft | null> {
  try {
    return await api.getDraft({ id });
  } catch (err) {
    if (err instanceof ApiError && err.code === "NOT_FOUND") return null;
    throw err;
  }
}

function backupRowNote(v: BackupDraftVersion): string {
  if (v.problem) return `无法读取：${v.problem}`;
  const where = v.trashed ? " · 当时在回收站" : "";
  const same = v.sameAsNow ? " · 与现在相同" : "";
  return `${v.status} · 修订 ${v.revision} · 保存于 ${formatTime(v.updatedAt)}${where}${same}`;
}

/** The history panel of draft `id`. */
export function DraftHistory({ id, onRestore, refresh, busy }: DraftHistoryProps) {
  const load = useCallback(
    async () => {
      const [current, backups, versions] = await Promise.all([
        currentDraft(id),
        api.listBackupVersionsOfDraft({ id }),
        api.listVersions({ id }),
      ]);
      return { current, backups, versions: [...versions].reverse() };
    },
    // refresh is a dependency on purpose: after a restore the draft and its versions have changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [id, refresh],
  );
  const state = useAsync(load);
  if (state.status === "error") {
    return (
      <p role="alert" className="form-error">
        无法读取这份文稿的历史：{state.error}
      </p>
    );
  }
  if (!state.value) return <p className="page-note">正在读取这份文稿的备份与版本…</p>;
  const { current, backups, versions } = state.value;
  const title = current
    ? (current.letter.title ?? current.record.proposalTitle) || "（未命名答复函）"
    : (backups[0]?.title ?? id);

  return (
    <section className="recovery-panel recovery-history" aria-labelledby="draft-history-title">
      <h2 id="draft-history-title" className="section-title">
        {title}
      </h2>
      <p className="recovery-current">
        {current ? (
          <>
            <StatusBadge status={current.status} /> 现在是修订 {current.revision}，保存于{" "}
            {formatTime(current.updatedAt)}
            {" · "}
            <a href={hrefOf({ page: "draft", id })}>打开文稿</a>
          </>
        ) : (
          "这份文稿现在已不存在（已永久删除），从备份恢复后会重新建立。"
        )}
      </p>

      <h3 className="recovery-subtitle">每日备份中的这份文稿</h3>
      {backups.length === 0 ? (
        <p className="list-note">没有哪个备份中有这份文稿。</p>
      ) : (
        <ul className="recovery-list" aria-label="备份中的这份文稿">
          {backups.map((v) => (
            <li key={v.backup} className="recovery-row">
              <span className="recovery-pick-title">备份 {v.backup}</span>
              <span className="recovery-meta">{backupRowNote(v)}</span>
              <button
                type="button"
                className="btn btn-small"
                disabled={busy || v.problem !== null}
                aria-label={`恢复备份 ${v.backup} 中的内容`}
                onClick={() => onRestore({ kind: "backup", id, title: v.title || title, backup: v.backup }, current)}
              >
                恢复此内容
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3 className="recovery-subtitle">审核流程中的版本</h3>
      {versions.length === 0 ? (
        <p className="list-note">这份文稿还没有版本（送审、签发或恢复时才会留下版本）。</p>
      ) : (
        <ul className="recovery-list" aria-label="这份文稿的版本">
          {versions.map((v) => (
            <li key={v.n} className="recovery-row">
              <span className="recovery-pick-title">
                版本 {v.n} · {VERSION_KIND_LABELS[v.kind]}
              </span>
              <span className="recovery-meta">
                {formatTime(v.createdAt)} · {v.actor.name || v.actor.role}
                {v.note ? ` · ${v.note}` : ""}
              </span>
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                aria-label={`恢复版本 ${v.n} 的内容`}
                onClick={() => onRestore({ kind: "version", id, title, n: v.n }, current)}
              >
                恢复此版本
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
