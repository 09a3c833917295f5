// One draft in the 回收站: its title, when it was deleted, and 恢复.
import type { DraftSummary } from "../../../../shared/model/draft";
import { formatTime } from "../../lib/format";

/** Props: the trashed draft, the restore action and whether it is running. */
export interface TrashRowProps {
  readonly draft: DraftSummary;
  readonly onRestore: (id: string) => void;
  readonly busy: boolean;
}

/** A row of the trash list. */
export function TrashRow({ draft, onRestore, busy }: TrashRowProps) {
  const name = draft.title || "（未命名文稿）";
  return (
    <li className="trash-row">
      <span className="trash-title">{name}</span>
      <span className="trash-meta">
        {draft.channel}
        {draft.proposalNumber !== null ? ` 第${draft.proposalNumber}号` : ""} · 删除于{" "}
        {draft.trashedAt ? formatTime(draft.trashedAt) : "—"}
      </span>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onRestore(draft.id)}
        disabled={busy}
        aria-label={`恢复 ${name}`}
      >
        恢复
      </button>
    </li>
  );
}
