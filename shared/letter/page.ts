// Page geometry of GB/T 9704-2012 (DOMAIN.md §2.1–2.2) and millimetre/point conversions.
import type { PageGeometry } from "./layout-types";

/** Points per millimetre (1 pt = 1/72 inch, 1 inch = 25.4 mm). */
const PT_PER_MM = 72 / 25.4;

/** Converts millimetres to points. */
export function mmToPt(mm: number): number {
  return mm * PT_PER_MM;
}

/** Converts points to millimetres. */
export function ptToMm(pt: number): number {
  return pt / PT_PER_MM;
}

/** Chinese type sizes (字号) in points (DOMAIN.md §2.2). */
export const CHINESE_SIZE_PT = {
  二号: 22,
  三号: 16,
  四号: 14,
} as const;

const WIDTH_MM = 210;
const HEIGHT_MM = 297;
const MARGIN_TOP_MM = 37;
const MARGIN_BOTTOM_MM = 35;
const MARGIN_LEFT_MM = 28;
const MARGIN_RIGHT_MM = 26;
const LINES = 22;
const CHARS = 28;

/** A4 page with GB/T 9704 margins and the 22 × 28 grid; the 版心 is 156 × 225 mm. */
export const GB_PAGE: PageGeometry = {
  widthMm: WIDTH_MM,
  heightMm: HEIGHT_MM,
  marginTopMm: MARGIN_TOP_MM,
  marginBottomMm: MARGIN_BOTTOM_MM,
  marginLeftMm: MARGIN_LEFT_MM,
  marginRightMm: MARGIN_RIGHT_MM,
  linesPerPage: LINES,
  charsPerLine: CHARS,
  bodyPt: CHINESE_SIZE_PT.三号,
  titlePt: CHINESE_SIZE_PT.二号,
  smallPt: CHINESE_SIZE_PT.四号,
  linePitchPt: mmToPt(HEIGHT_MM - MARGIN_TOP_MM - MARGIN_BOTTOM_MM) / LINES,
  charPitchPt: mmToPt(WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM) / CHARS,
};

/** Width of the 版心 (type area) in points. */
export function typeAreaWidthPt(page: PageGeometry): number {
  return mmToPt(page.widthMm - page.marginLeftMm - page.marginRightMm);
}

/** Height of the 版心 (type area) in points. */
export function typeAreaHeightPt(page: PageGeometry): number {
  return mmToPt(page.heightMm - page.marginTopMm - page.marginBottomMm);
}
