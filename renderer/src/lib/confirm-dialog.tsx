// A modal confirmation (native <dialog>): a question, a confirm button and 取消.
import { DialogActions, useModal } from "./modal";

/** Props: the title, an explanation, the confirm label and the two outcomes. */
export interface ConfirmDialogProps {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly danger?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Asks before a destructive action; Esc and 取消 cancel. */
export function ConfirmDialog({ title, message, confirmLabel, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const ref = useModal();
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      onClose={onCancel}
    >
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-message">{message}</p>
      <DialogActions
        onCancel={onCancel}
        cancelAutoFocus
        confirmLabel={confirmLabel}
        onConfirm={onConfirm}
        danger={danger}
      />
    </dialog>
  );
}
