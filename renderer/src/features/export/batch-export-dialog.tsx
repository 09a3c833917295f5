// The 批量导出 dialog: choose the drafts, follow the progress (cancellable), read the summary.
import type { SyntheticEvent } from "react";
import type { DraftStatus } from "../../../../shared/model/draft";
import { DialogActions, FormError, useModal } from "../../lib/modal";
import { BatchProgress } from "./batch-progress";
import { BatchScopeForm } from "./batch-scope-form";
import { useBatchJob } from "./use-batch-job";

/** Props: the list's status filter (the starting choice) and close. */
export interface BatchExportDialogProps {
  readonly initialStatus: DraftStatus | null;
  readonly onClose: () => void;
}

/** A modal; Esc while running cancels the job instead of hiding it, closing later is always possible. */
export function BatchExportDialog({ initialStatus, onClose }: BatchExportDialogProps) {
  const ref = useModal();
  const batch = useBatchJob();
  const { state } = batch;

  const onEscape = (e: SyntheticEvent<HTMLDialogElement>): void => {
    if (state.phase === "running" || state.phase === "starting") {
      e.preventDefault();
      void batch.cancel();
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog batch-dialog"
      aria-labelledby="batch-title"
      onCancel={onEscape}
      onClose={onClose}
    >
      {(state.phase === "idle" || state.phase === "starting") && (
        <BatchScopeForm
          initialStatus={initialStatus}
          onStart={(scope) => void batch.start(scope)}
          onClose={onClose}
          busy={state.phase === "starting"}
        />
      )}
      {(state.phase === "running" || state.phase === "finished") && (
        <BatchProgress
          job={state.job}
          cancelling={state.cancelling}
          onCancel={() => void batch.cancel()}
          onClose={onClose}
        />
      )}
      {state.phase === "error" && (
        <div>
          <h2 id="batch-title">批量导出 Word</h2>
          <FormError message={state.message} />
          <DialogActions onCancel={batch.reset} cancelLabel="返回" confirmLabel="关闭" onConfirm={onClose} />
        </div>
      )}
    </dialog>
  );
}
