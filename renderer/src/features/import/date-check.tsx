// Confirming a 成文日期 written with its digits run together (2022720): choose a reading or type the date.
import type { CollapsedDate } from "../../../../shared/api/import";
import { DateField } from "../../lib/date-field";

/** Props: the collapsed date, the date now in the draft, whether it is confirmed, and the setters. */
export interface DateCheckProps {
  readonly collapsed: CollapsedDate;
  readonly value: string | null;
  readonly confirmed: boolean;
  readonly onChange: (iso: string | null) => void;
  readonly onConfirm: (confirmed: boolean) => void;
}

const chinese = (iso: string): string => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
};

/** The candidates as radio buttons, a date box for anything else, and the 已核对 checkbox saving waits for. */
export function DateCheck({ collapsed, value, confirmed, onChange, onConfirm }: DateCheckProps) {
  const { text, confidence, candidates } = collapsed;
  const explain =
    confidence === "guessed"
      ? `原文成文日期写作“${text}”，数字连写。唯一合理的读法是 ${chinese(candidates[0] ?? "")}，已按此填写，请核对。`
      : confidence === "ambiguous"
        ? `原文成文日期写作“${text}”，数字连写，可能是 ${candidates.map(chinese).join("或")}，无法确定，请选择。`
        : `原文成文日期写作“${text}”，不是有效日期，请填写正确的日期。`;
  return (
    <fieldset className="imp-date-check imp-low" aria-describedby="imp-date-explain">
      <legend>成文日期需确认</legend>
      <p id="imp-date-explain" className="imp-date-explain">
        {explain}
      </p>
      {candidates.map((iso) => (
        <label key={iso} className="choice">
          <input
            type="radio"
            name="imp-date-choice"
            checked={value === iso}
            onChange={() => {
              onChange(iso);
              onConfirm(true);
            }}
          />
          {chinese(iso)}
        </label>
      ))}
      <span className="choice">
        其他日期
        <DateField
          aria-label="其他日期"
          value={value !== null && !candidates.includes(value) ? value : null}
          onChange={(v) => {
            onChange(v);
            onConfirm(v !== null);
          }}
        />
      </span>
      <label className="choice imp-date-confirm">
        <input
          type="checkbox"
          checked={confirmed}
          disabled={value === null}
          onChange={(e) => onConfirm(e.currentTarget.checked)}
        />
        已核对成文日期{value ? `：${chinese(value)}` : ""}
      </label>
    </fieldset>
  );
}
