// Helpers shared by the cleaning steps: character classes and "before → after" examples.
import type { CleaningStep } from "../types";

/** Han ideographs. */
export const HAN = /\p{Script=Han}/u;
/** Full-width CJK punctuation that counts as "Chinese context" next to an ASCII mark. */
const CJK_PUNCT = /[、。“”‘’《》〔〕【】，：；（）！？…—～·]/u;

/** Whether a character is Han or CJK punctuation. */
export function isChineseChar(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_PUNCT.test(ch));
}

/** How many examples a step keeps. */
export const MAX_EXAMPLES = 5;

/** A short context snippet around [start, end) of a text, with ellipses when cut. */
export function snippet(text: string, start: number, end: number, context = 4): string {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\n/g, "⏎")}${to < text.length ? "…" : ""}`;
}

/** Collects up to MAX_EXAMPLES distinct examples. */
export class ExampleList {
  private readonly items: string[] = [];
  add(example: string): void {
    if (this.items.length < MAX_EXAMPLES && !this.items.includes(example)) this.items.push(example);
  }
  get list(): readonly string[] {
    return this.items;
  }
}

/** Builds a step record. */
export function makeStep(id: string, label: string, count: number, examples: ExampleList): CleaningStep {
  return { id, label, count, examples: examples.list };
}
