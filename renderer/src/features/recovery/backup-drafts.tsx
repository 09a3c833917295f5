// The drafts one backup holds (deleted and changed ones first), filterable by title; a click shows its history.
import { useCallback, useState } from "react";
import { api } from "../../api";
import { hrefOf } from "../../lib/routes";
import { TextInput } from "../../lib/text-input";
import { useAsync } from "../../lib/use-async";
import { BACKUP_STATE_LABELS } from "./restore-target";

/** Props: the backup whose drafts are listed, the draft being looked at, and a nonce that forces a reload. */
export interface BackupDraftsProps {
  readonly backup: string;
  readonly selectedId: string | null;
  readonly refresh: number;
}

/** The drafts of a backup, each a link to #/recovery/<id>. */
export function BackupDrafts({ backup, selectedId, refresh }: BackupDraftsProps) {
  const [text, setText] = useState("");
  const list = useAsync(
    // refresh is a dependency on purpose: a restore changes how the backup compares with now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    useCallback(() => api.listBackupDrafts({ backup, text }), [backup, text, refresh]),
  );
  const value = list.value;
  return (
    <section className="recovery-panel" aria-labelledby="backup-drafts-title">
      <h2 id="backup-drafts-title" className="section-title">
        备份 {backup} 中的文稿
      </h2>
      <div className="toolbar-field">
        <label htmlFor="backup-drafts-search">按标题筛选</label>
        <TextInput id="backup-drafts-search" type="search" value={text} onCommit={setText} />
      </div>
      {list.status === "error" && (
        <p role="alert" className="form-error">
          无法读取这个备份：{list.error}
        </p>
      )}
      {value && value.entries.length === 0 && <p className="list-note">没有符合条件的文稿。</p>}
      {value && value.entries.length > 0 && (
        <ul className="recovery-list" aria-label={`备份 ${backup} 中的文稿`}>
          {value.entries.map((d) => (
            <li key={d.id}>
              <a
                className="recovery-pick"
                href={hrefOf({ page: "recovery", id: d.id })}
                aria-current={selectedId === d.id ? "true" : undefined}
              >
                <span className="recovery-pick-title">{d.title}</span>
                <span className={`recovery-meta recovery-state-${d.now}`}>
                  {d.status} · 修订 {d.revision} · {BACKUP_STATE_LABELS[d.now]}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {value && value.total > value.entries.length && (
        <p className="list-note">
          共 {value.total} 份，只显示前 {value.entries.length} 份，请输入标题中的字词缩小范围。
        </p>
      )}
    </section>
  );
}
