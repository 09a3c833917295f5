// A record field holding a list of names typed as one line separated by 、 (提案人/代表, 会办单位).
import { TextInput } from "../../lib/text-input";
import { parseProposers } from "./record-parse";

/** Props: the field's id and label, the names, a hint, and what to do with a changed list. */
export interface NameListFieldProps {
  readonly id: string;
  readonly label: string;
  readonly names: readonly string[];
  readonly placeholder: string;
  readonly onChange: (names: string[]) => void;
}

/** Shows the names joined by 、 and reports a new list only when the names really changed. */
export function NameListField({ id, label, names, placeholder, onChange }: NameListFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <TextInput
        id={id}
        placeholder={placeholder}
        value={names.join("、")}
        onCommit={(t) => {
          const next = parseProposers(t);
          if (next.join("、") !== names.join("、")) onChange(next);
        }}
      />
    </div>
  );
}
