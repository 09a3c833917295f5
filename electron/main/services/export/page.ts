// A4 page, GB/T 9704 margins and the 22 × 28 document grid, in Word's units (twips, EMU).
import { DocumentGridType } from "docx";
import type { ISectionPropertiesOptions } from "docx";
import type { PageGeometry } from "../../../../shared/letter/layout-types";

const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres → twips, rounded (docx's convertMillimetersToTwip floors: A4 would become 11905 × 16837). */
export function mmToTwip(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Points → twips, rounded. */
export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}

/** Millimetres → EMU (English Metric Units, 36,000 per mm), rounded: Word rejects fractional offsets. */
export function mmToEmu(mm: number): number {
  return Math.round(mm * 36_000);
}

/** Twips → EMU (635 per twip), rounded. */
export function twipToEmu(twip: number): number {
  return Math.round(twip * 635);
}

/** The page numbers Word needs, all integers. */
export interface PageTwips {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** 版心 width and height. */
  readonly textWidth: number;
  readonly textHeight: number;
  /** Grid line pitch: the height of one 行. */
  readonly linePitch: number;
  /**
   * Character spacing of every run in twentieths of a point (w:spacing, 紧缩): the largest whole value with
   * which `charsPerLine` body characters fit the 版心 width and one more does not (−5 = −0.25 pt on A4).
   */
  readonly charSpacing: number;
  /** Width of one body character (三号) used for twips fallbacks of *Chars indents. */
  readonly bodyChar: number;
  /** Width of one 四号 character (抄送, page numbers). */
  readonly smallChar: number;
}

/**
 * Derives twips from the millimetre geometry. Pitches are floored so that 22 lines and 28 characters
 * always fit the 版心 (A4 + 37/35/28/26 mm gives linePitch 579 twips and character spacing −0.25 pt).
 */
export function pageTwips(page: PageGeometry): PageTwips {
  const width = mmToTwip(page.widthMm);
  const height = mmToTwip(page.heightMm);
  const top = mmToTwip(page.marginTopMm);
  const bottom = mmToTwip(page.marginBottomMm);
  const left = mmToTwip(page.marginLeftMm);
  const right = mmToTwip(page.marginRightMm);
  const textWidth = width - left - right;
  const textHeight = height - top - bottom;
  const charPitchPt = textWidth / 20 / page.charsPerLine;
  return {
    width,
    height,
    top,
    bottom,
    left,
    right,
    textWidth,
    textHeight,
    linePitch: Math.floor(textHeight / page.linesPerPage),
    charSpacing: Math.floor((charPitchPt - page.bodyPt) * 20),
    bodyChar: ptToTwip(page.bodyPt),
    smallChar: ptToTwip(page.smallPt),
  };
}

/** Distance from the page top to the header (信函格式: the bureau name's top edge sits 30 mm down). */
export const HEADER_MM_LETTERHEAD = 30;
/** Header distance when there is no letterhead. */
export const HEADER_MM_PLAIN = 15;
/** Footer distance: the 信函格式 lower double rule sits 20 mm above the page bottom. */
export const FOOTER_MM = 20;
/** The page number's 一字线 top is 7 mm below the 版心 bottom. */
export const PAGE_NUMBER_GAP_MM = 7;

/**
 * The section's page properties: size, margins, header/footer distances and the 22-line grid. The grid is
 * "lines" (行网格) and the 28 characters come from the runs' character spacing (styles.ts): LibreOffice gives
 * every 16-pt character two cells of a "linesAndChars" grid whose cells are 15.8 pt (16 a line instead of 28),
 * while Word and LibreOffice both lay out 28 condensed characters the same way.
 */
export function sectionPage(page: PageGeometry, letterhead: boolean): Pick<ISectionPropertiesOptions, "page" | "grid"> {
  const t = pageTwips(page);
  return {
    page: {
      size: { width: t.width, height: t.height },
      margin: {
        top: t.top,
        bottom: t.bottom,
        left: t.left,
        right: t.right,
        header: mmToTwip(letterhead ? HEADER_MM_LETTERHEAD : HEADER_MM_PLAIN),
        footer: mmToTwip(FOOTER_MM),
        gutter: 0,
      },
    },
    grid: { type: DocumentGridType.LINES, linePitch: t.linePitch },
  };
}
