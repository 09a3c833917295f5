// A character-level diff shown inline: deleted text struck through in red, added text underlined in green.
import type { DiffChange } from "../../../../shared/workflow/diff";

/** Renders the runs of one block's diff as <del>/<ins> (screen readers announce them as 删除/插入). */
export function DiffText({ changes }: { readonly changes: readonly DiffChange[] }) {
  return (
    <>
      {changes.map((c, i) =>
        c.removed ? (
          <del key={i} className="wf-del" title="删除">
            {c.value}
          </del>
        ) : c.added ? (
          <ins key={i} className="wf-ins" title="新增">
            {c.value}
          </ins>
        ) : (
          <span key={i}>{c.value}</span>
        ),
      )}
    </>
  );
}
