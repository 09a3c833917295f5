// The daily backups, newest first; one can be selected to see the drafts it holds.
import type { BackupSummary } from "../../../../shared/api/recovery";

/** Props: the backups, the selected one and how to select. */
export interface BackupListProps {
  readonly backups: readonly BackupSummary[];
  readonly selected: string | null;
  readonly onSelect: (name: string) => void;
}

/** A list of backup days with their draft counts. */
export function BackupList({ backups, selected, onSelect }: BackupListProps) {
  if (backups.length === 0) {
    return <p className="list-note">还没有备份。程序每天第一次启动时会自动备份。</p>;
  }
  return (
    <ul className="recovery-list" aria-label="每日备份列表">
      {backups.map((b) => (
        <li key={b.name}>
          <button
            type="button"
            className="recovery-pick"
            aria-pressed={selected === b.name}
            onClick={() => onSelect(b.name)}
          >
            <span className="recovery-pick-title">{b.name}</span>
            <span className="recovery-meta">
              文稿 {b.drafts} 份{b.trashed > 0 ? ` · 回收站 ${b.trashed} 份` : ""}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
