// Reading 成文日期 as written: 2024年5月28日, 2024-05-28, and collapsed forms like 2022720 (DOMAIN.md R08).

/** A date read from text. `candidates` lists every valid calendar reading (ISO). */
export interface DateReading {
  /** The chosen ISO date, or null when there is none or the reading is ambiguous. */
  readonly iso: string | null;
  /** "exact" for unambiguous written dates, "guessed" for a collapsed form with one valid reading. */
  readonly confidence: "exact" | "guessed" | "ambiguous" | "invalid";
  readonly candidates: readonly string[];
}

function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const WRITTEN = /^(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-./](\d{1,2})[-./](\d{1,2})日?)$/u;
/** A collapsed date: year and month/day digits run together, e.g. 2022720, 20230915 or 2019年731. */
export const COLLAPSED_DATE = /^((?:19|20)\d{2})年?(\d{1,4})日?$/u;
// 成文日期 in Chinese numerals: 二〇一七年六月二十九日 (〇, ○, O or an ASCII 0 for zero).
const CN_YEAR_DIGITS = "〇○Oo0零一二三四五六七八九";
const CHINESE = new RegExp(
  `^([${CN_YEAR_DIGITS}]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,4})\\s*日$`,
  "u",
);
/** Any recognised date form at the end of a line (after a 署名 or a label on the same line). */
export const DATE_AT_END = new RegExp(
  `(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|[${CN_YEAR_DIGITS}]{4}\\s*年\\s*[一二三四五六七八九十]{1,3}\\s*月\\s*[一二三四五六七八九十]{1,4}\\s*日)$`,
  "u",
);

function digitOf(c: string): number {
  const i = "零一二三四五六七八九".indexOf(c);
  return i >= 0 ? i : 0;
}

/** 二十九 → 29, 十 → 10, 十二 → 12, 三十一 → 31. */
function chineseNumber(s: string): number {
  const ten = s.indexOf("十");
  if (ten < 0) return digitOf(s);
  const tens = ten === 0 ? 1 : digitOf(s.slice(0, ten));
  const units = ten === s.length - 1 ? 0 : digitOf(s.slice(ten + 1));
  return tens * 10 + units;
}

function readChinese(t: string): DateReading | null {
  const c = CHINESE.exec(t);
  if (!c) return null;
  const year = Number(
    Array.from(c[1] ?? "")
      .map((ch) => String(digitOf(ch)))
      .join(""),
  );
  const iso = isoOf(year, chineseNumber(c[2] ?? ""), chineseNumber(c[3] ?? ""));
  return iso ? { iso, confidence: "exact", candidates: [iso] } : { iso: null, confidence: "invalid", candidates: [] };
}

/** Whether a line is nothing but a date in one of the recognised forms. */
export function looksLikeDate(text: string): boolean {
  const t = text.trim();
  return (
    WRITTEN.test(t) ||
    CHINESE.test(t) ||
    (COLLAPSED_DATE.test(t) && t.replace(/[年日]/gu, "").length >= 5 && t.replace(/[年日]/gu, "").length <= 8)
  );
}

/** Reads a date line; collapsed forms get every valid month/day split as candidates. */
export function readDate(text: string): DateReading {
  const t = text.trim();
  const cn = readChinese(t);
  if (cn) return cn;
  const w = WRITTEN.exec(t);
  if (w) {
    const iso = isoOf(Number(w[1]), Number(w[2] ?? w[4]), Number(w[3] ?? w[5]));
    return iso ? { iso, confidence: "exact", candidates: [iso] } : { iso: null, confidence: "invalid", candidates: [] };
  }
  const c = COLLAPSED_DATE.exec(t);
  if (!c) return { iso: null, confidence: "invalid", candidates: [] };
  const year = Number(c[1]);
  const rest = c[2] ?? "";
  const candidates: string[] = [];
  for (let cut = 1; cut < rest.length; cut++) {
    const m = rest.slice(0, cut);
    const d = rest.slice(cut);
    if (m.length > 2 || d.length > 2 || (m.startsWith("0") && m.length === 1)) continue;
    const iso = isoOf(year, Number(m), Number(d));
    if (iso && !candidates.includes(iso)) candidates.push(iso);
  }
  if (candidates.length === 1) return { iso: candidates[0] ?? null, confidence: "guessed", candidates };
  return { iso: null, confidence: candidates.length === 0 ? "invalid" : "ambiguous", candidates };
}

/** An ISO date as letters print it: 2022-07-20 → 2022年7月20日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
