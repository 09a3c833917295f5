// A date field typed in 年/月/日 order (2026-03-05, 2026年3月5日, 2026/3/5…) with a calendar button beside it.
import { useRef, useState, type CSSProperties } from "react";
import { readTypedDate } from "../../../shared/letter/typed-date";

// Typed dates that are complete as they stand: two-digit month and day, or closed by 日.
const COMPLETE = /^(\d{4}-\d{2}-\d{2}|\d{8}|.*日)$/u;

/** Props: the stored YYYY-MM-DD date (or null), what to do with a new one, and the field's names. */
export interface DateFieldProps {
  readonly value: string | null;
  /** Called with a valid date, or null when the field is emptied; never with a half-typed date. */
  readonly onChange: (iso: string | null) => void;
  readonly id?: string;
  /** Accessible name when no <label htmlFor> names the field. */
  readonly "aria-label"?: string;
  readonly className?: string;
  readonly "data-lint-path"?: string;
  readonly disabled?: boolean;
  readonly style?: CSSProperties;
}

/**
 * A text field that keeps what the person types until it reads as a whole date (committed at once) and says
 * in Chinese what is wrong when they leave a field that does not; the calendar button opens the browser's calendar.
 */
export function DateField(props: DateFieldProps) {
  const { value, onChange, id, className, disabled, style } = props;
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const label = props["aria-label"];

  const take = (typed: string, final: boolean): void => {
    const read = readTypedDate(typed);
    // While typing, only a date that cannot grow any more is taken: 2025-02-3 may still become 2025-02-30.
    if (!final && !COMPLETE.test(typed.trim())) return;
    if (read.kind === "date") {
      setError(null);
      if (read.iso !== value) onChange(read.iso);
    } else if (read.kind === "empty") {
      setError(null);
      if (value !== null) onChange(null);
    } else if (final) {
      setError(read.message);
    }
  };

  return (
    <span className="date-field" style={style}>
      <input
        type="text"
        id={id}
        aria-label={label}
        className={className}
        data-lint-path={props["data-lint-path"]}
        disabled={disabled}
        inputMode="numeric"
        placeholder="年-月-日"
        autoComplete="off"
        aria-invalid={error !== null}
        title={error ?? "可输入 2026-03-05、2026年3月5日 或 2026/3/5"}
        value={text ?? value ?? ""}
        onFocus={(e) => setText(e.currentTarget.value)}
        onChange={(e) => {
          const typed = e.currentTarget.value;
          setText(typed);
          take(typed, false);
        }}
        onBlur={(e) => {
          take(e.currentTarget.value, true);
          setText(null);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") take(e.currentTarget.value, true);
        }}
      />
      <button
        type="button"
        className="date-field-pick"
        aria-label="从日历选择"
        title={label ? `${label}：从日历选择` : "从日历选择"}
        disabled={disabled}
        onClick={() => picker.current?.showPicker()}
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" fill="none" />
        </svg>
      </button>
      <input
        ref={picker}
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        className="date-field-native"
        value={value ?? ""}
        onChange={(e) => {
          const v = e.currentTarget.value;
          setError(null);
          onChange(v === "" ? null : v);
        }}
      />
      {error && (
        <span role="alert" className="field-error date-field-error">
          {error}
        </span>
      )}
    </span>
  );
}
