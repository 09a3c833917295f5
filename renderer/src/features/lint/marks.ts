// Underline marks of a text field: the findings at its path, moved along with edits made since the lint ran, and
// cut into plain and marked segments for the underlay.
import type { Finding, Severity } from "../../../../shared/lint";

/** One underlined range of a field (UTF-16 offsets into the text the field shows). */
export interface FieldMark {
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  /** Key of the finding (see findingKey), so the panel's selected finding can be drawn stronger. */
  readonly key: string;
}

/** A stable key of a finding within one lint run: rule, path, range and position in the list. */
export function findingKey(f: Finding, index: number): string {
  const l = f.location;
  return `${index}:${f.rule}:${l ? `${l.path}:${l.start}:${l.end}` : "-"}`;
}

/** The marks of every path that has located findings. */
export function marksByPath(findings: readonly Finding[]): Map<string, FieldMark[]> {
  const out = new Map<string, FieldMark[]>();
  findings.forEach((f, i) => {
    if (!f.location) return;
    const list = out.get(f.location.path) ?? [];
    list.push({ start: f.location.start, end: f.location.end, severity: f.severity, key: findingKey(f, i) });
    out.set(f.location.path, list);
  });
  return out;
}

/**
 * Moves marks computed on `from` onto `to` (the field's text after further typing): marks before the changed
 * stretch stay, marks after it shift, marks touching it are dropped until the next lint run.
 */
export function shiftMarks<M extends { readonly start: number; readonly end: number }>(
  marks: readonly M[],
  from: string,
  to: string,
): M[] {
  if (from === to) return [...marks];
  let p = 0;
  while (p < from.length && p < to.length && from[p] === to[p]) p++;
  let s = 0;
  while (s < from.length - p && s < to.length - p && from[from.length - 1 - s] === to[to.length - 1 - s]) s++;
  const fromEnd = from.length - s;
  const delta = to.length - from.length;
  return marks.flatMap((m) => {
    if (m.end <= p) return [m];
    if (m.start >= fromEnd) return [{ ...m, start: m.start + delta, end: m.end + delta }];
    return [];
  });
}

/** A stretch of the field's text, marked or not. */
export interface Segment {
  readonly text: string;
  readonly severity: Severity | null;
  readonly active: boolean;
}

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, hint: 1 };

/** The worse of two severities. */
export function worse(a: Severity | null, b: Severity): Severity {
  return a === null || RANK[b] > RANK[a] ? b : a;
}

/**
 * Cuts a text into segments by its marks. A zero-width mark (a missing mark of punctuation) underlines the character
 * before it, so it can be seen; overlapping marks take the worse severity.
 */
export function segmentsOf(text: string, marks: readonly FieldMark[], activeKey: string | null): Segment[] {
  const ranges = marks
    .map((m) => {
      const start = Math.max(0, Math.min(m.start, text.length));
      let end = Math.max(start, Math.min(m.end, text.length));
      let from = start;
      if (end === from) {
        if (from > 0) from -= 1;
        else end = Math.min(1, text.length);
      }
      return { start: from, end, severity: m.severity, active: m.key === activeKey };
    })
    .filter((r) => r.end > r.start);
  if (ranges.length === 0) return [{ text, severity: null, active: false }];
  const cuts = new Set<number>([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] ?? 0;
    const b = points[i + 1] ?? 0;
    let severity: Severity | null = null;
    let active = false;
    for (const r of ranges)
      if (r.start <= a && r.end >= b) {
        severity = worse(severity, r.severity);
        active ||= r.active;
      }
    const last = out[out.length - 1];
    if (last && last.severity === severity && last.active === active)
      out[out.length - 1] = { ...last, text: last.text + text.slice(a, b) };
    else out.push({ text: text.slice(a, b), severity, active });
  }
  return out;
}
