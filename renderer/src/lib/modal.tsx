// The pieces every modal <dialog> shares: opening it as a modal, the error line and the 取消/confirm action row.
import { useEffect, useRef, type RefObject } from "react";

/** A ref for a native <dialog> that opens it as a modal once mounted (focus trap and Esc come with it). */
export function useModal(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return ref;
}

/** Props: the Chinese error (nothing is shown without one) and an extra class. */
export interface FormErrorProps {
  readonly message: string | null | undefined;
  readonly className?: string;
}

/** The red error line of a form or dialog, announced to screen readers (role alert). */
export function FormError({ message, className }: FormErrorProps) {
  if (!message) return null;
  return (
    <p role="alert" className={className ? `form-error ${className}` : "form-error"}>
      {message}
    </p>
  );
}

/** Props of the action row: the dismiss button, the confirm button and how it acts. */
export interface DialogActionsProps {
  readonly onCancel: () => void;
  /** The dismiss button's label; 取消 unless told. */
  readonly cancelLabel?: string;
  /** Focus the dismiss button first (for questions before a destructive action). */
  readonly cancelAutoFocus?: boolean;
  readonly confirmLabel: string;
  /** Called by the confirm button; without it the confirm button submits the dialog's form. */
  readonly onConfirm?: () => void;
  /** Disables the confirm button (work under way, or nothing to confirm yet). */
  readonly disabled?: boolean;
  /** Styles the confirm button as destructive. */
  readonly danger?: boolean;
}

/** The dialog's button row: dismiss on the left, the primary (or danger) confirm button on the right. */
export function DialogActions(props: DialogActionsProps) {
  const { onCancel, cancelLabel = "取消", cancelAutoFocus, confirmLabel, onConfirm, disabled, danger } = props;
  return (
    <div className="dialog-actions">
      <button type="button" className="btn" onClick={onCancel} autoFocus={cancelAutoFocus}>
        {cancelLabel}
      </button>
      <button
        type={onConfirm ? "button" : "submit"}
        className={danger ? "btn btn-danger" : "btn btn-primary"}
        disabled={disabled}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
    </div>
  );
}
