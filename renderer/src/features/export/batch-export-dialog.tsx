// The 批量导出 dialog: choose the drafts, follow the progress (cancellable), read the summary.
import { useEffect, useRef, type SyntheticEvent } from "react";
import type { DraftStatus } from "../../../../shared/model/draft";
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
  const ref = useRef<HTMLDialogElement>(null);
  const batch = useBatchJob();
  const { state } = batch;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

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
          <p role="alert" className="form-error">
            {state.message}
          </p>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={batch.reset}>
              返回
            </button>
            <button type="button" className="btn btn-primary" onClick={onClose}>
              关闭
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
