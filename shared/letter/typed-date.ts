// Dates typed by a person in 年/月/日 order: 2026-03-05, 2026-3-5, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305.
import { format, isValid, parse } from "date-fns";

/** What a typed date reads as: a YYYY-MM-DD date, nothing (empty), or a Chinese message saying why not. */
export type TypedDate =
  | { readonly kind: "date"; readonly iso: string }
  | { readonly kind: "empty" }
  | { readonly kind: "invalid"; readonly message: string };

const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const FULL_WIDTH_DIGIT = /[０-９]/gu;

/** Reads what a person typed into a date field (full-width digits allowed); never guesses a missing part. */
export function readTypedDate(text: string): TypedDate {
  const t = text.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  if (t === "") return { kind: "empty" };
  const m = SEPARATED.exec(t) ?? COMPACT.exec(t);
  if (!m) return { kind: "invalid", message: "请按“年-月-日”填写日期，如 2026-03-05 或 2026年3月5日。" };
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  const iso = `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}`;
  const date = parse(iso, "yyyy-MM-dd", new Date(2000, 0, 1));
  if (!isValid(date) || format(date, "yyyy-MM-dd") !== iso) {
    return { kind: "invalid", message: `没有 ${Number(y)}年${Number(mo)}月${Number(d)}日 这一天，请核对。` };
  }
  return { kind: "date", iso };
}
