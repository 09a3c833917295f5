// Pagination rules as a clerk applies them, as keep-with-next and widow-control flags per layout block:
// headings stay with the line after them; the 落款 (附件说明, 署名, date, first 附注) keeps together and takes at
// least the last two printed lines of the text before it — never a page holding only the 署名 and date — while
// only those lines move, so no page is left two-thirds empty to keep a block together.
// Shared by the .docx export (keep-with-next / widow-control flags) and the on-screen preview's pagination.
import type { LayoutBlock } from "./layout-types";

/** Printed width in characters: ASCII is half-width in the 仿宋 fonts, the rest full-width. */
function textWidthChars(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) <= 0x7f ? 0.5 : 1;
  return w;
}

/** How one block's paragraphs break across pages. */
export interface BlockKeep {
  /** The block's last line stays on the page of the next block's first line. */
  readonly keepNext: boolean;
  /** Widow/orphan control (at least two lines of the paragraph on each side of a page break). */
  readonly widow: boolean;
}

/** The longest paragraph (in printed lines) that is moved whole to keep with the 落款. */
export const MAX_KEPT_LINES = 4;

/** A block that may break anywhere and need not stay with the next. */
export const NO_KEEP: BlockKeep = { keepNext: false, widow: false };

/** Printed lines of a body paragraph: 左空二字 + its text, `charsPerLine` to a line (an estimate for short texts). */
export function estimatedLines(block: LayoutBlock, charsPerLine: number): number {
  if (block.kind !== "paragraph") return 1;
  const chars = 2 + textWidthChars(block.runs.map((r) => r.text).join(""));
  return Math.max(1, Math.ceil(chars / charsPerLine));
}

/** True for a heading paragraph (一、 （一） 1. （1）), inline text after it or not. */
function isHeading(block: LayoutBlock): boolean {
  return block.kind === "paragraph" && block.role !== "body";
}

/** Keep flags for `blocks` (the body blocks of a letter, in order). */
export function keepPlan(blocks: readonly LayoutBlock[], charsPerLine: number): BlockKeep[] {
  // A heading line keeps with the next line. A heading with its text run in (“（一）加大帮扶力度。制定…”) over
  // several lines only needs widow control: keep-with-next there would chain （一）（二）（三） into one block
  // that LibreOffice moves whole, leaving a page two-thirds empty.
  const plan: BlockKeep[] = blocks.map((b) =>
    isHeading(b) ? { keepNext: estimatedLines(b, charsPerLine) === 1, widow: true } : NO_KEEP,
  );
  const ending = blocks.findIndex((b) => b.kind === "attachmentNote" || b.kind === "signOff");
  if (ending < 0) return plan;
  // The 落款 group keeps together: 附件说明 → 署名 → date → first 附注.
  blocks.forEach((b, i) => {
    if (i < ending) return;
    const next = blocks[i + 1];
    const keepNext =
      next !== undefined &&
      (b.kind === "attachmentNote" ? next.kind === "signOff" : b.kind === "signOff" && next.kind === "note");
    plan[i] = { keepNext, widow: false };
  });
  // Text before the 落款: take paragraphs from the end until they make two printed lines, each kept with the next.
  // LibreOffice never splits a keep-with-next paragraph (it moves it whole), so a paragraph longer than
  // MAX_KEPT_LINES is not kept: moving it would leave its page mostly empty. It gets widow control instead.
  let lines = 0;
  for (let i = ending - 1; i >= 0 && lines < 2; i -= 1) {
    const b = blocks[i];
    if (b === undefined || b.kind !== "paragraph") break;
    const n = estimatedLines(b, charsPerLine);
    if (n > MAX_KEPT_LINES) {
      plan[i] = { keepNext: false, widow: true };
      break;
    }
    plan[i] = { keepNext: true, widow: true };
    lines += n;
  }
  return plan;
}
