// Page numbers `— N —` (四号 宋体; odd pages right 空一字, even pages left 空一字) and the 草稿 header mark.
import {
  AlignmentType,
  BorderStyle,
  FrameAnchorType,
  Footer,
  Header,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import type { PageTwips } from "./page";
import { FOOTER_MM, mmToTwip, PAGE_NUMBER_GAP_MM } from "./page";
import { CHAR_STYLE, PARA_STYLE, RED } from "./styles";

/** Height of the page-number line (exact 15 pt). */
const NUMBER_LINE_TWIPS = 300;

/** Odd (right) or even (left) page number paragraph. */
function pageNumber(side: "odd" | "even", t: PageTwips): Paragraph {
  // The footer sits FOOTER_MM above the page bottom; space after lifts the number so that the top of
  // its line is PAGE_NUMBER_GAP_MM below the 版心 bottom.
  const after = Math.max(0, t.bottom - mmToTwip(PAGE_NUMBER_GAP_MM) - NUMBER_LINE_TWIPS - mmToTwip(FOOTER_MM));
  return new Paragraph({
    style: PARA_STYLE.pageNumber,
    alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === "odd" ? { right: t.smallChar } : { left: t.smallChar },
    spacing: { line: NUMBER_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after },
    children: [
      new TextRun({ text: "— ", style: CHAR_STYLE.songti }),
      new TextRun({ children: [PageNumber.CURRENT], style: CHAR_STYLE.songti }),
      new TextRun({ text: " —", style: CHAR_STYLE.songti }),
    ],
  });
}

/** Footers: default = odd pages, even = even pages, first = 信函格式 page 1 (lower double rule, no number). */
export function letterFooters(t: PageTwips, letterhead: boolean): { default: Footer; even: Footer; first?: Footer } {
  const overhang = mmToTwip((170 - 156) / 2);
  const first = new Footer({
    children: [
      new Paragraph({
        style: PARA_STYLE.plain,
        indent: { left: -overhang, right: -overhang },
        spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        border: { top: { style: BorderStyle.THIN_THICK_SMALL_GAP, size: 24, color: RED, space: 0 } },
      }),
    ],
  });
  return {
    default: new Footer({ children: [pageNumber("odd", t)] }),
    even: new Footer({ children: [pageNumber("even", t)] }),
    ...(letterhead ? { first } : {}),
  };
}

/** The 草稿 mark: a framed paragraph near the top right corner, outside the text flow. */
function draftMark(t: PageTwips): Paragraph {
  return new Paragraph({
    style: PARA_STYLE.draftMark,
    alignment: AlignmentType.RIGHT,
    frame: {
      type: "absolute",
      // 12 mm from the page top, right-aligned with the 版心.
      position: { x: t.textWidth - 4 * t.bodyChar, y: mmToTwip(12) },
      anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.PAGE },
      width: 4 * t.bodyChar,
      height: 0,
    },
    children: [new TextRun({ text: "草稿", style: CHAR_STYLE.heiti })],
  });
}

/** Headers: empty, or the 草稿 mark on every page; the first page adds the letterhead in 信函格式. */
export function letterHeaders(
  t: PageTwips,
  opts: { isDraft: boolean; letterhead: readonly Paragraph[] | null },
): { default: Header; even: Header; first?: Header } {
  // A 1-pt empty line keeps the header from reaching into the 版心 (an empty header is one 29-pt line).
  const tiny = (): Paragraph =>
    new Paragraph({
      style: PARA_STYLE.plain,
      spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    });
  const mark = (): Paragraph[] => (opts.isDraft ? [draftMark(t), tiny()] : [tiny()]);
  return {
    default: new Header({ children: mark() }),
    even: new Header({ children: mark() }),
    ...(opts.letterhead
      ? { first: new Header({ children: [...(opts.isDraft ? [draftMark(t)] : []), ...opts.letterhead] }) }
      : {}),
  };
}
