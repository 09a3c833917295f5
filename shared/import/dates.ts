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
/** A collapsed date: year and month/day digits run together, e.g. 2022720 or 20230915. */
export const COLLAPSED_DATE = /^((?:19|20)\d{2})(\d{1,4})日?$/u;

/** Whether a line is nothing but a date in one of the recognised forms. */
export function looksLikeDate(text: string): boolean {
  const t = text.trim();
  return WRITTEN.test(t) || (COLLAPSED_DATE.test(t) && t.replace(/日$/u, "").length >= 5);
}

/** Reads a date line; collapsed forms get every valid month/day split as candidates. */
export function readDate(text: string): DateReading {
  const t = text.trim();
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
