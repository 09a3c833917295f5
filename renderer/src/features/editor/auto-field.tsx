// A letter field whose value is made automatically unless the person types one, with a button back to automatic.
import { LetterField } from "./letter-field";

/** Props: label, the typed value (null: automatic), the automatic text shown as placeholder, path, reset label. */
export interface AutoFieldProps {
  readonly label: string;
  readonly value: string | null;
  readonly placeholder: string;
  /** The draft path under the letter (title, salutation): the edit key and the lint path. */
  readonly path: string;
  readonly resetLabel: string;
  /** Stores the typed text, or null (automatic) when it is blank or reset. */
  readonly onSet: (value: string | null) => void;
}

/** The field and its 使用自动… button (disabled while the value is already automatic). */
export function AutoField({ label, value, placeholder, path, resetLabel, onSet }: AutoFieldProps) {
  return (
    <div className="ed-with-reset">
      <LetterField
        className="ed-grow"
        label={label}
        value={value ?? ""}
        placeholder={placeholder}
        editKey={path}
        lintPath={path}
        onCommit={(t) => onSet(t.trim() === "" ? null : t)}
      />
      <button type="button" className="btn btn-small" disabled={value === null} onClick={() => onSet(null)}>
        {resetLabel}
      </button>
    </div>
  );
}
