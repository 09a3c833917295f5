// The cleaning pipeline run before parsing; every step that changed something is reported.
import type { CleaningStep } from "../types";
import { removePinyin } from "./pinyin";
import { fullWidthPunctuation } from "./punctuation";
import { joinBrokenLines, normaliseLines, removeInnerSpaces, splitFlattened } from "./spacing";
import { toSimplified } from "./traditional";
import { removeWebResidue } from "./web-residue";

/** Cleaned text plus the steps that changed it (steps with no change are left out). */
export interface CleanedText {
  readonly text: string;
  readonly steps: readonly CleaningStep[];
}

/**
 * Cleans imported text. Order matters: pinyin goes before script conversion (the annotations sit on
 * Traditional characters), residue before punctuation (its patterns accept both colons), line joins last
 * (they look for full-width ，).
 */
export function cleanText(raw: string): CleanedText {
  let text = normaliseLines(raw);
  const steps: CleaningStep[] = [];
  for (const fn of [
    removePinyin,
    toSimplified,
    removeWebResidue,
    splitFlattened,
    fullWidthPunctuation,
    removeInnerSpaces,
    joinBrokenLines,
  ]) {
    const r = fn(text);
    text = r.text;
    if (r.step.count > 0) steps.push(r.step);
  }
  return { text: text.replace(/\n{3,}/g, "\n\n").trim(), steps };
}

export {
  removePinyin,
  toSimplified,
  removeWebResidue,
  splitFlattened,
  fullWidthPunctuation,
  removeInnerSpaces,
  joinBrokenLines,
};
