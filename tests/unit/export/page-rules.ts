// The pagination rules checked on a rendered letter (pdftotext line boxes): pages before the last use at least
// 19 of their 22 line slots unless the kept 落款 is why; no heading ends a page; the 落款 never stands alone; the
// 版记 sits at the foot of the last page.
import { MAX_KEPT_LINES } from "../../../shared/letter/keep-plan";
import { pageTwips } from "../../../electron/main/services/export/page";
import type { LetterLayout } from "../../../shared/letter/layout-types";
import { GB_PAGE, mmToPt } from "../../../shared/letter/page";
import type { Line, Rendered } from "./render-pdf";

/** The 版心 in PDF points (y grows downwards). */
export const TEXT_TOP = mmToPt(GB_PAGE.marginTopMm);
/** Bottom of the 版心. */
export const TEXT_BOTTOM = mmToPt(GB_PAGE.heightMm - GB_PAGE.marginBottomMm);
/** Left edge of the 版心. */
export const LEFT = mmToPt(GB_PAGE.marginLeftMm);
/** One grid row in points. */
export const PITCH = pageTwips(GB_PAGE).linePitch / 20;
/** A page before the last must fill at least this many of its 22 slots (or the rules must say why not). */
export const MIN_SLOTS = 19;

const PAGE_NUMBER = /^—\d+—$/;
const HEADING_LABEL = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]|（\d+）)/u;

/** What the checks need to know about the letter (from its layout). */
export interface LetterFacts {
  readonly unit: string;
  readonly attachmentLines: number;
  readonly hasCc: boolean;
}

/** The facts of a layout. */
export function factsOf(layout: LetterLayout): LetterFacts {
  let unit = "";
  let attachmentLines = 0;
  let hasCc = false;
  for (const b of layout.blocks) {
    if (b.kind === "signOff") unit = b.unit;
    if (b.kind === "attachmentNote") attachmentLines = b.items.length;
    if (b.kind === "cc") hasCc = true;
  }
  return { unit, attachmentLines, hasCc };
}

/** The text lines inside the 版心 of a page (no page number, no header above the 版心). */
export function pageLines(r: Rendered, page: number): Line[] {
  return r.lines.filter(
    (l) => l.page === page && !PAGE_NUMBER.test(l.text) && l.yMin >= TEXT_TOP - 3 && l.yMax <= TEXT_BOTTOM + 3,
  );
}

/** Grid slots a page uses: from the 版心 top to the bottom of its last line. */
export function slotsUsed(lines: readonly Line[]): number {
  const last = lines.at(-1);
  return last ? Math.round((last.yMax - TEXT_TOP) / PITCH) : 0;
}

function signOffLine(r: Rendered, unit: string): Line | undefined {
  return r.lines.findLast((l) => l.text === unit && l.yMax - l.yMin < 25);
}

/** Every broken rule, in words (empty when the letter paginates as a clerk would). */
export function paginationProblems(r: Rendered, facts: LetterFacts): string[] {
  const problems: string[] = [];
  const unitLine = signOffLine(r, facts.unit);
  if (!unitLine) return [`no 署名 line "${facts.unit}"`];
  for (let p = 1; p < r.pages; p += 1) {
    const lines = pageLines(r, p);
    const used = slotsUsed(lines);
    const last = lines.at(-1);
    // A heading (or the first line of a paragraph opening with one) as the last line of a page.
    if (last && HEADING_LABEL.test(last.text) && Math.abs(last.xMin - LEFT - 2 * GB_PAGE.charPitchPt) < 4) {
      problems.push(`page ${p} ends with the heading line “${last.text}”`);
    }
    if (used >= MIN_SLOTS) continue;
    // The one reason the rules give: the 落款 group (with the last lines of text it keeps) did not fit.
    const next = pageLines(r, p + 1);
    const keptEnd = unitLine.page === p + 1;
    const above = next.filter((l) => l.yMax <= unitLine.yMin + 1).length;
    const groupEnd = next.filter((l) => l.yMin <= unitLine.yMax + 2 * PITCH).at(-1);
    const needed = groupEnd ? Math.round((groupEnd.yMax - TEXT_TOP) / PITCH) : 0;
    const explained = keptEnd && above <= MAX_KEPT_LINES + 1 + facts.attachmentLines && needed > 22 - used;
    if (!explained) problems.push(`page ${p} uses ${used} of 22 line slots`);
  }
  // The 落款 never stands alone: at least two lines of text above the 署名 on its page.
  const onPage = pageLines(r, unitLine.page).filter((l) => l.yMax <= unitLine.yMin + 1);
  if (onPage.length < 2) problems.push(`the 署名 on page ${unitLine.page} has ${onPage.length} lines above it`);
  if (facts.hasCc) {
    const cc = r.lines.find((l) => l.text.startsWith("抄送"));
    if (!cc || cc.page !== r.pages) problems.push("the 抄送 is not on the last page");
    else {
      const ccLast = r.lines.filter((l) => l.page === cc.page && l.yMin >= cc.yMin && !PAGE_NUMBER.test(l.text)).at(-1);
      if (!ccLast || TEXT_BOTTOM - ccLast.yMax > PITCH) problems.push("the 版记 is not at the foot of the last page");
    }
  }
  return problems;
}
