// Small helpers shared by the rules: building findings and fixes, Chinese numerals, dates, sentence spans.
import { editAt, locate, type ViewField } from "./text-view";
import type { Finding, FindingLocation, QuickFix, RuleId, Severity, TextEdit } from "./types";

/** Options of a finding. */
export interface FindingInit {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly location?: FindingLocation | null;
  readonly fix?: QuickFix | null;
}

/** A finding, dropping an empty fix. */
export function finding(init: FindingInit): Finding {
  const base = { rule: init.rule, severity: init.severity, message: init.message, location: init.location ?? null };
  return init.fix && init.fix.edits.length > 0 ? { ...base, fix: init.fix } : base;
}

/** A finding on a resolved range of a field, with an optional one-edit fix (dropped if unsafe). */
export function fieldFinding(
  init: Omit<FindingInit, "location" | "fix">,
  field: ViewField,
  start: number,
  end: number,
  fix?: { label: string; replacement: string; start?: number; end?: number },
): Finding {
  let quick: QuickFix | null = null;
  if (fix) {
    const edit = editAt(field, fix.start ?? start, fix.end ?? end, fix.replacement);
    if (edit) quick = { label: fix.label, edits: [edit] };
  }
  return finding({ ...init, location: locate(field, start, end), fix: quick });
}

/** Collects the safe edits of several replacements in one field. */
export function editsIn(
  field: ViewField,
  parts: readonly { start: number; end: number; replacement: string }[],
): TextEdit[] {
  const out: TextEdit[] = [];
  for (const p of parts) {
    const e = editAt(field, p.start, p.end, p.replacement);
    if (e) out.push(e);
  }
  return out;
}

/** A location for a whole field (used when the problem is "something is missing here"). */
export function wholeField(field: ViewField): FindingLocation {
  return locate(field, 0, field.text.length);
}

const CN_DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Parses a Chinese numeral 一…九十九 (e.g. 十二, 二十, 二十三); null when it is not one. */
export function parseChineseNumeral(s: string): number | null {
  if (s === "十") return 10;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === "") return null;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? (CN_DIGIT[a] ?? null) : null;
  return (a ? (CN_DIGIT[a] ?? 0) : 1) * 10 + (b ? (CN_DIGIT[b] ?? 0) : 0);
}

/** Whether y-m-d is a real calendar date. */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The sentence (between 。！？；\n) around a position: [start, end). */
export function sentenceAround(text: string, pos: number): { start: number; end: number } {
  let s = pos;
  while (s > 0 && !/[。！？；;!?\n]/.test(text[s - 1] ?? "")) s--;
  let e = pos;
  while (e < text.length && !/[。！？；;!?\n]/.test(text[e] ?? "")) e++;
  return { start: s, end: e };
}

/** Han character test (CJK unified ideographs). */
export const HAN = /\p{Script=Han}/u;

/** Role word of a channel. */
export function roleOf(channel: "提案" | "建议"): "委员" | "代表" {
  return channel === "提案" ? "委员" : "代表";
}

/** Wraps text in “” for a message; quotation marks inside become ‘’ (nested quotes, as Chinese writing does). */
export function quoted(text: string): string {
  return `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}
