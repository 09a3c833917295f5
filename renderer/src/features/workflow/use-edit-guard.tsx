// Editing a submitted or approved draft drops it back to 草稿: ask once before the first edit; refuse edits
// of a signed or replied draft with an explanation.
import { useCallback, useState, type ReactNode } from "react";
import type { Draft, DraftStatus } from "../../../../shared/model/draft";
import { editPolicy, editWarning } from "../../../../shared/workflow/status-machine";
import { ConfirmDialog } from "../../lib/confirm-dialog";

type Change = (draft: Draft) => Draft;

/** What the draft page gets: the guarded update function, the dialog to render and a notice (or null). */
export interface EditGuard {
  readonly update: (fn: Change) => void;
  readonly dialog: ReactNode;
  readonly notice: ReactNode;
}

/**
 * Wraps useDraftDocument's update(): in 待审核/已审核 the first edit waits for a confirmation (and the draft
 * shows 草稿 from then on, as main records it); in 已签发/已答复 edits are refused and explained.
 */
export function useEditGuard(status: DraftStatus, update: (fn: Change) => void): EditGuard {
  const [pending, setPending] = useState<{ readonly fn: Change } | null>(null);
  const [refused, setRefused] = useState(false);
  const policy = editPolicy(status);

  const guarded = useCallback(
    (fn: Change) => {
      if (policy === "free") update(fn);
      else if (policy === "locked") setRefused(true);
      else setPending((p) => p ?? { fn });
    },
    [policy, update],
  );

  const confirm = (): void => {
    const fn = pending?.fn;
    setPending(null);
    // Main drops the status to 草稿 on this save; show it at once so the bar and badge agree.
    if (fn)
      update((d) => {
        const next = fn(d);
        return next === d ? d : { ...next, status: "草稿" };
      });
  };

  const warning = editWarning(status);
  const dialog =
    pending && warning ? (
      <ConfirmDialog
        title="修改这份文稿？"
        message={warning}
        confirmLabel="修改并退回草稿"
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
    ) : null;
  const notice =
    refused && policy === "locked" ? (
      <div role="alert" className="banner banner-warning">
        <p>{editWarning(status)} 刚才的改动没有保存。</p>
        <button type="button" className="btn btn-small" onClick={() => setRefused(false)}>
          知道了
        </button>
      </div>
    ) : null;
  return { update: guarded, dialog, notice };
}
