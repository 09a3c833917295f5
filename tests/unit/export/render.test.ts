// Renders exported letters with LibreOffice, exactly as exportDraftToFile wrote them, and checks the printed
// pages from pdftotext's line boxes: 28 characters a full line, 22 lines of ≈ 29 pt a full page, `— N —` on
// the outer side, the seal over the sign-off, and a last page that is more than the sign-off.
// Needs soffice + pdftotext + pdftoppm and the fonts of assets/fonts/fonts.conf: without them the suite FAILS
// (never skips), so a CI machine missing LibreOffice cannot stay green.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportDraftToFile } from "../../../electron/main/services/export/export-draft";
import { pageTwips } from "../../../electron/main/services/export/page";
import { SEAL_MM } from "../../../electron/main/services/export/seal";
import { textWidthChars } from "../../../electron/main/services/export/sign-off";
import { GB_PAGE, mmToPt } from "../../../shared/letter/page";
import type { Draft } from "../../../shared/model/draft";
import { makePng, sampleDraft, sampleSettings } from "./helpers";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../..");
const ARTIFACTS = path.join(ROOT, "test-results");
const work = mkdtempSync(path.join(os.tmpdir(), "replydesk-render-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hasTools = ["soffice", "pdftotext", "pdftoppm"].every((t) => spawnSync("which", [t]).status === 0);

// The 版心 in PDF points (y grows downwards).
const PAGE_W = mmToPt(GB_PAGE.widthMm);
const LEFT = mmToPt(GB_PAGE.marginLeftMm);
const RIGHT = PAGE_W - mmToPt(GB_PAGE.marginRightMm);
const TEXT_BOTTOM = mmToPt(GB_PAGE.heightMm - GB_PAGE.marginBottomMm);
const BODY_PT = GB_PAGE.bodyPt;
const SMALL_PT = GB_PAGE.smallPt;
const PITCH = pageTwips(GB_PAGE).linePitch / 20;
/** Advance of one body character: 三号 condensed by the runs' character spacing. */
const CHAR_PITCH = BODY_PT + pageTwips(GB_PAGE).charSpacing / 20;

interface Line {
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly words: number;
  readonly text: string;
}

interface Rendered {
  readonly pdf: string;
  readonly lines: readonly Line[];
  readonly pages: number;
}

/** Converts a .docx file as it is with LibreOffice and reads the PDF's line boxes. */
function render(docx: string): Rendered {
  const profile = mkdtempSync(path.join(work, "profile-"));
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, docx],
    { env: { ...process.env, FONTCONFIG_FILE: path.join(ROOT, "assets/fonts/fonts.conf") }, timeout: 100_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${String(r.stderr)}`);
  const pdf = path.join(work, `${path.basename(docx, ".docx")}.pdf`);
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  const lines: Line[] = [];
  const pages = html.split("<page ").slice(1);
  pages.forEach((page, i) => {
    for (const m of page.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    )) {
      const words = [...(m[5] ?? "").matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1] ?? "");
      lines.push({
        page: i + 1,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        words: words.length,
        text: words.join(""),
      });
    }
  });
  return { pdf, lines, pages: pages.length };
}

/** Keeps a picture of one page for people to look at (test-results/). */
function keepPng(pdf: string, page: number, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const base = path.join(work, `${name}-png`);
  execFileSync("pdftoppm", ["-png", "-r", "100", "-f", String(page), "-l", String(page), "-singlefile", pdf, base]);
  const out = path.join(ARTIFACTS, `${name}.png`);
  copyFileSync(`${base}.png`, out);
  return out;
}

/** Pixels of one page at 72 dpi (one pixel per point), RGB, from pdftoppm's PPM output. */
function pagePixels(pdf: string, page: number): { width: number; height: number; rgb: Buffer } {
  const ppm = execFileSync("pdftoppm", ["-r", "72", "-f", String(page), "-l", String(page), pdf], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"));
  if (!header) throw new Error("pdftoppm: not a P6 image");
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** Bounding box of the red pixels of a page (the seal), in points. */
function redBox(pdf: string, page: number): { x0: number; y0: number; x1: number; y1: number } | null {
  const { width, height, rgb } = pagePixels(pdf, page);
  let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = 3 * (y * width + x);
      const [r, g, b] = [rgb[i] ?? 0, rgb[i + 1] ?? 0, rgb[i + 2] ?? 0];
      if (r > 180 && g < 120 && b < 120) {
        box = box
          ? {
              x0: Math.min(box.x0, x),
              y0: Math.min(box.y0, y),
              x1: Math.max(box.x1, x + 1),
              y1: Math.max(box.y1, y + 1),
            }
          : { x0: x, y0: y, x1: x + 1, y1: y + 1 };
      }
    }
  }
  return box;
}

const PAGE_NUMBER = /^—(\d+)—$/;
const isPageNumber = (l: Line): boolean => PAGE_NUMBER.test(l.text);
/** A line set in the body size (三号): its box is about 1.3 em high. */
const isBodySize = (l: Line): boolean => Math.abs(l.yMax - l.yMin - 1.3 * BODY_PT) < 1.5;
/** A line that runs to the right edge of the 版心 (a justified, non-final line of its paragraph). */
const isFull = (l: Line): boolean => l.xMax >= RIGHT - 2 && l.xMax <= RIGHT + 1;
/** Only full-width characters (Han and Chinese punctuation): one character = one cell. */
const isFullWidth = (l: Line): boolean => l.words === 1 && !/[\u0020-\u00ff]/.test(l.text);

/** Character cells a full-width line covers: its first-line indent in characters plus its characters. */
function cells(l: Line): number {
  return Math.round((l.xMin - LEFT) / BODY_PT) + [...l.text].length;
}

// Line-breaking rules (禁则) move a character to the next line when the one after it may not start a line
// (，。、”）》…), when it may not end a line (“（《〔…), or when it belongs to a number or a Latin word.
const KEPT_WITH_NEXT =
  /^.[，。、；：？！”’）》〕」』…—]|^[，。、；：？！”’）》〕」』]|^[“‘（《〔「『]|^[\u0021-\u007e]/u;

function bodyLines(r: Rendered, page: number): Line[] {
  return r.lines.filter((l) => l.page === page && !isPageNumber(l) && l.yMax <= TEXT_BOTTOM + 2 && isBodySize(l));
}

/**
 * 28 characters a line. Every full line of full-width characters covers exactly 28 cells, unless a line-breaking
 * rule visibly moved a character to the next line (then 27 or 26, and the next line shows why). Returns how many
 * lines were checked and how many had exactly 28.
 */
function checkCharactersPerLine(r: Rendered): { checked: number; exact: number } {
  let checked = 0;
  let exact = 0;
  for (let p = 1; p <= r.pages; p += 1) {
    const body = bodyLines(r, p);
    body.forEach((l, i) => {
      if (!isFull(l) || !isFullWidth(l)) return;
      checked += 1;
      const n = cells(l);
      if (n === 28) {
        exact += 1;
        return;
      }
      const next = body[i + 1] ?? bodyLines(r, p + 1)[0];
      const why = next !== undefined && KEPT_WITH_NEXT.test(next.text);
      expect({ line: l.text, cells: n, explained: why }).toEqual({ line: l.text, cells: n, explained: true });
      expect(n).toBeGreaterThanOrEqual(26);
      expect(n).toBeLessThan(28);
    });
  }
  return { checked, exact };
}

/**
 * 22 lines of ≈ 29 pt. The body lines of every page sit on one grid of the line pitch that starts at the first
 * line of page 2 (on page 1 at its own first line: a 信函格式 letterhead may push it down), so no page holds
 * more than 22; the pages between the first and the last two (which hold blank lines and the kept-together
 * ending) have all 22.
 */
function checkLineGrid(r: Rendered): void {
  for (let p = 1; p <= r.pages; p += 1) {
    const top = bodyLines(r, p === 1 ? 1 : 2)[0]?.yMin ?? 0;
    const ys = [...new Set(bodyLines(r, p).map((l) => Math.round(l.yMin * 10) / 10))].sort((a, b) => a - b);
    for (const y of ys) {
      const k = (y - top) / PITCH;
      expect(Math.abs(k - Math.round(k)) * PITCH, `page ${p}, line at y=${y} is off the grid`).toBeLessThan(1.5);
      expect(Math.round(k)).toBeGreaterThanOrEqual(0);
      expect(Math.round(k)).toBeLessThan(22);
    }
    if (p > 1 && p < r.pages - 1) {
      expect(ys, `page ${p} should be full`).toHaveLength(22);
      const pitch = ((ys.at(-1) ?? 0) - (ys[0] ?? 0)) / 21;
      expect(pitch).toBeGreaterThan(28.5);
      expect(pitch).toBeLessThan(29.5);
    }
  }
}

/** `— N —` in the footer of every numbered page: odd pages right 空一字, even pages left 空一字, 7 mm below the 版心. */
function checkPageNumbers(r: Rendered, firstNumbered: number): void {
  const numbers = r.lines.filter(isPageNumber);
  expect(numbers.map((n) => n.page)).toEqual(
    Array.from({ length: r.pages - firstNumbered + 1 }, (_, i) => i + firstNumbered),
  );
  for (const n of numbers) {
    expect(Number(PAGE_NUMBER.exec(n.text)?.[1])).toBe(n.page);
    if (n.page % 2 === 1) expect(Math.abs(n.xMax - (RIGHT - SMALL_PT))).toBeLessThan(1.5);
    else expect(Math.abs(n.xMin - (LEFT + SMALL_PT))).toBeLessThan(1.5);
    expect(Math.abs(n.yMin - (TEXT_BOTTOM + mmToPt(7)))).toBeLessThan(3);
  }
}

/** The page with the 署名 also holds body text above it: the sign-off never stands alone. */
function checkSignOffNotAlone(r: Rendered, unit: string): { page: number; unitLine: Line; dateLine: Line } {
  // The last line with the bureau's name in the body size (the title may start with it too).
  const unitLine = r.lines.findLast((l) => l.text === unit && isBodySize(l));
  if (!unitLine) throw new Error(`no 署名 line "${unit}"`);
  const page = bodyLines(r, unitLine.page);
  const i = page.indexOf(unitLine);
  expect(i, "body text above the 署名 on its page").toBeGreaterThan(0);
  expect(page[i - 1]?.xMin ?? 0).toBeLessThan(LEFT + 2 * BODY_PT + 2);
  const dateLine = page[i + 1];
  if (!dateLine) throw new Error("no date line below the 署名");
  expect(dateLine.text).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  return { page: unitLine.page, unitLine, dateLine };
}

/** A long letter: the sample plus paragraphs of Han text without punctuation, whose lines must all be 28. */
function longDraft(): { draft: Draft; extra: string[] } {
  const base = sampleDraft();
  const filler = "围绕中小微企业发展持续优化营商环境落实惠企政策推动产业集聚";
  const numerals = "一二三四五六七八";
  const extra = [...numerals].map((n) => `补充说明第${n}条${filler.repeat(6)}`.slice(0, 119) + "。");
  return { draft: { ...base, letter: { ...base.letter, background: [...base.letter.background, ...extra] } }, extra };
}

describe("exported .docx rendered with LibreOffice", () => {
  it("LibreOffice (soffice), pdftotext and pdftoppm are installed", () => {
    expect(hasTools, "缺少 LibreOffice 或 poppler-utils：apt-get install libreoffice-writer-nogui poppler-utils").toBe(
      true,
    );
  });

  it(
    "sample letter (信函格式): 28 characters a line, 22 lines a page, numbers outside, sign-off not alone",
    { timeout: 120_000 },
    async () => {
      const file = path.join(work, "sample.docx");
      await exportDraftToFile({
        draft: sampleDraft(),
        settings: sampleSettings({ letterhead: true }),
        targetPath: file,
        formal: true,
        sealPng: null,
        sealAllowed: false,
        overwrite: false,
      });
      const r = render(file);
      expect(r.pages).toBeGreaterThanOrEqual(4);
      const { checked, exact } = checkCharactersPerLine(r);
      expect(checked).toBeGreaterThan(50);
      // Line-breaking rules move a character now and then; most lines are exactly 28.
      expect(exact / checked).toBeGreaterThan(0.75);
      checkLineGrid(r);
      // 信函格式: no number on page 1.
      checkPageNumbers(r, 2);
      checkSignOffNotAlone(r, "惠济区科技和工业信息化局");
      // The letterhead in red on page 1.
      expect(r.lines.some((l) => l.page === 1 && l.text === "惠济区科技和工业信息化局" && l.yMin < mmToPt(37))).toBe(
        true,
      );
      expect(readFileSync(keepPng(r.pdf, 1, "export-sample-page-1")).length).toBeGreaterThan(10_000);
    },
  );

  it(
    "long sealed letter (6+ pages): exactly 28 a line, 22 a page, numbers from page 1, seal over the sign-off",
    { timeout: 120_000 },
    async () => {
      const file = path.join(work, "long.docx");
      const { draft, extra } = longDraft();
      await exportDraftToFile({
        draft,
        settings: sampleSettings(),
        targetPath: file,
        formal: true,
        sealPng: makePng(240, 240),
        sealAllowed: true,
        overwrite: false,
      });
      const r = render(file);
      expect(r.pages).toBeGreaterThanOrEqual(6);
      // The Han-only paragraphs have no line-breaking exceptions: every full line is 28 characters.
      const plain = r.lines.filter((l) => l.text.length >= 5 && extra.some((e) => e.includes(l.text)));
      const plainFull = plain.filter(isFull);
      expect(plainFull.length).toBeGreaterThanOrEqual(8 * 3);
      for (const l of plainFull) expect({ text: l.text, cells: cells(l) }).toEqual({ text: l.text, cells: 28 });
      const { checked, exact } = checkCharactersPerLine(r);
      expect(exact / checked).toBeGreaterThan(0.8);
      checkLineGrid(r);
      checkPageNumbers(r, 1);
      const { page, unitLine, dateLine } = checkSignOffNotAlone(r, "惠济区科技和工业信息化局");

      // The seal: 42 mm, centred over the date, pressing on the 署名 and the date, which sit just below its centre;
      // its top edge within one line of the body text above.
      const seal = redBox(r.pdf, page);
      if (!seal) throw new Error("no seal on the sign-off page");
      const size = mmToPt(SEAL_MM);
      expect(Math.abs(seal.x1 - seal.x0 - size)).toBeLessThan(3);
      expect(Math.abs(seal.y1 - seal.y0 - size)).toBeLessThan(3);
      const cx = (seal.x0 + seal.x1) / 2;
      const cy = (seal.y0 + seal.y1) / 2;
      // Centre of the date as 仿宋_GB2312 prints it (half-width digits): measured from its right edge, because
      // the stand-in font's digits are wider than half an em.
      const dateCentre = dateLine.xMax - (textWidthChars(dateLine.text) * CHAR_PITCH) / 2;
      expect(Math.abs(cx - dateCentre)).toBeLessThan(2);
      expect(Math.abs((unitLine.xMin + unitLine.xMax) / 2 - dateCentre)).toBeLessThan(2);
      // It presses on both: the date (as wide as in 仿宋_GB2312) lies inside it, the 署名's middle under it.
      const dateHalf = (textWidthChars(dateLine.text) * CHAR_PITCH) / 2;
      expect(seal.x0).toBeLessThan(dateCentre - dateHalf);
      expect(seal.x1).toBeGreaterThan(dateCentre + dateHalf);
      expect(seal.y0).toBeLessThan(unitLine.yMin);
      expect(seal.y1).toBeGreaterThan(dateLine.yMax);
      const pairMiddle = (unitLine.yMin + dateLine.yMax) / 2;
      expect(cy).toBeLessThan(pairMiddle);
      expect(pairMiddle - cy).toBeLessThan(PITCH);
      const above = bodyLines(r, page).filter((l) => l.yMax < unitLine.yMin);
      const bodyBottom = Math.max(...above.map((l) => l.yMax));
      expect(seal.y0 - bodyBottom).toBeLessThan(PITCH);
      expect(seal.y0).toBeGreaterThan(bodyBottom - 2 * BODY_PT);

      keepPng(r.pdf, 1, "export-long-page-1");
      keepPng(r.pdf, page, "export-long-seal-page");
    },
  );
});
