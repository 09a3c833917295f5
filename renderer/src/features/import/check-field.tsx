// One editable field of the check screen; fields the importer guessed are highlighted as 待核对.
import type { ReactNode } from "react";
import { TextInput } from "../../lib/text-input";

/** Props: label, id, whether the value was guessed, and the control (or a text value with its setter). */
export interface CheckFieldProps {
  readonly id: string;
  readonly label: string;
  readonly low?: boolean;
  readonly wide?: boolean;
  readonly hint?: string;
  readonly value?: string;
  readonly onCommit?: (text: string) => void;
  readonly placeholder?: string;
  /** A custom control instead of the text input (it must carry `id`). */
  readonly children?: ReactNode;
}

/** A labelled field; a low-confidence one gets a 待核对 mark that is also announced with the field. */
export function CheckField({ id, label, low, wide, hint, value, onCommit, placeholder, children }: CheckFieldProps) {
  const noteId = `${id}-note`;
  const classes = ["field", wide ? "field-wide" : "", low ? "imp-low" : ""].filter((c) => c !== "").join(" ");
  return (
    <div className={classes} data-low-confidence={low ? "true" : undefined}>
      <label htmlFor={id}>
        {label}
        {low && (
          <span className="imp-low-mark" id={noteId}>
            待核对
          </span>
        )}
      </label>
      {children ?? (
        <TextInput
          id={id}
          value={value ?? ""}
          placeholder={placeholder}
          aria-describedby={low ? noteId : undefined}
          onCommit={(t) => onCommit?.(t)}
        />
      )}
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  );
}
