// The 编号 field: IME-safe text, accepts 12 / １２ / 第12号, explains what is wrong otherwise.
import { useState } from "react";
import { TextInput } from "../../lib/text-input";
import { parseProposalNumber } from "./record-parse";

/** Props: the stored number and the setter. */
export interface ProposalNumberFieldProps {
  readonly value: number | null;
  readonly onChange: (value: number | null) => void;
}

/** 编号 input with an inline Chinese error; invalid text is never stored. */
export function ProposalNumberField({ value, onChange }: ProposalNumberFieldProps) {
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor="record-number">编号</label>
      <TextInput
        id="record-number"
        inputMode="numeric"
        placeholder="如 12"
        value={value === null ? "" : String(value)}
        aria-invalid={error !== null}
        aria-describedby={error ? "record-number-error" : undefined}
        onCommit={(text) => {
          const parsed = parseProposalNumber(text);
          if (parsed.ok) {
            setError(null);
            if (parsed.value !== value) onChange(parsed.value);
          } else {
            setError(parsed.message);
          }
        }}
      />
      {error && (
        <p id="record-number-error" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
