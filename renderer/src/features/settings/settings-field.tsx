// A labelled IME-safe text field of the settings form, with its hint and error.
import { TextInput } from "../../lib/text-input";

/** Props: id, label, value, change handler, optional hint, error and input mode. */
export interface SettingsFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly inputMode?: "numeric" | "text";
}

/** One text field: <label>, input, hint or error (linked with aria-describedby). */
export function SettingsField({ id, label, value, onChange, hint, error, inputMode }: SettingsFieldProps) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <TextInput
        id={id}
        value={value}
        onCommit={onChange}
        inputMode={inputMode}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : (
        hint && (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}
