// Inline 一是…二是… runs inside a paragraph (DOMAIN.md §1.9, R15).
import { chineseNumeral } from "../letter/numbering";

/** A paragraph split into the text before the run and the run items (labels removed). */
export interface RunSplit {
  readonly lead: string;
  readonly items: readonly string[];
  /** Items whose preceding text does not end with 。 or ； (R15; seed 004). */
  readonly missingStops: number;
}

const STOP_BEFORE = /[。；！？]$/u;
const OPENER_BEFORE = /[。；！？：，]$/u;
const NUMERAL_CHAR = /[一二三四五六七八九十百零两]$/u;

// Finds the label of the k-th item after `from`: first where the text before ends a sentence, else anywhere
// a numeral does not precede it (so 十二是 is not 二是).
function findLabel(text: string, label: string, from: number): { at: number; stopped: boolean } | null {
  let fallback: number | null = null;
  for (let at = text.indexOf(label, from); at >= 0; at = text.indexOf(label, at + 1)) {
    const before = text.slice(0, at);
    if (STOP_BEFORE.test(before)) return { at, stopped: true };
    if (fallback === null && !NUMERAL_CHAR.test(before)) fallback = at;
  }
  return fallback === null ? null : { at: fallback, stopped: false };
}

/** The index where a run starts (一是 at the start or after a sentence mark), or -1. */
export function runStart(text: string): number {
  for (let at = text.indexOf("一是"); at >= 0; at = text.indexOf("一是", at + 1)) {
    if (at === 0 || OPENER_BEFORE.test(text.slice(0, at))) return at;
  }
  return -1;
}

/** Splits a paragraph holding an inline run of at least `minItems` items; null when there is none. */
export function splitRuns(text: string, minItems = 2): RunSplit | null {
  const start = runStart(text);
  if (start < 0) return null;
  const starts: number[] = [start];
  let missingStops = 0;
  for (let k = 2; k <= 30; k++) {
    const prev = starts[starts.length - 1] ?? start;
    const found = findLabel(text, `${chineseNumeral(k)}是`, prev + 2);
    if (!found) break;
    starts.push(found.at);
    if (!found.stopped) missingStops++;
  }
  if (starts.length < minItems) return null;
  const items = starts.map((at, i) => {
    const label = `${chineseNumeral(i + 1)}是`;
    return text.slice(at + label.length, starts[i + 1] ?? text.length);
  });
  return { lead: text.slice(0, start), items, missingStops };
}
