// Fonts and styles of the letter, declared once and referenced by id from every paragraph and run.
import { AlignmentType, LineRuleType } from "docx";
import type { ICharacterStyleOptions, IParagraphStyleOptions, IStylesOptions } from "docx";
import type { FontRole, PageGeometry, ParagraphRole } from "../../../../shared/letter/layout-types";
import { pageTwips } from "./page";

/** The official font names Chinese government offices have installed, by font role. */
export const FONT_NAMES: Readonly<Record<FontRole, string>> = {
  fangsong: "仿宋_GB2312",
  xiaobiaosong: "方正小标宋简体",
  heiti: "黑体",
  kaiti: "楷体_GB2312",
  songti: "宋体",
};

/** The 方正 GBK family, for bureaus whose machines have it instead of the GB2312 fonts. */
export const FONT_NAMES_GBK: Readonly<Record<FontRole, string>> = {
  fangsong: "方正仿宋_GBK",
  xiaobiaosong: "方正小标宋_GBK",
  heiti: "方正黑体_GBK",
  kaiti: "方正楷体_GBK",
  songti: "宋体",
};

/** Font names of a font set (bureau setting). */
export function fontNamesOf(set: "GB2312" | "GBK" | undefined): Readonly<Record<FontRole, string>> {
  return set === "GBK" ? FONT_NAMES_GBK : FONT_NAMES;
}

/** Every font role, in a fixed order. */
export const FONT_ROLES: readonly FontRole[] = ["fangsong", "xiaobiaosong", "heiti", "kaiti", "songti"];

/** Character style id per font role; every text run references one of these. */
export const CHAR_STYLE: Readonly<Record<FontRole, string>> = {
  fangsong: "RdFangsong",
  xiaobiaosong: "RdXiaobiaosong",
  heiti: "RdHeiti",
  kaiti: "RdKaiti",
  songti: "RdSongti",
};

/** Paragraph style ids. */
export const PARA_STYLE = {
  body: "RdBody",
  h1: "RdH1",
  h2: "RdH2",
  h3: "RdH3",
  h4: "RdH4",
  title: "RdTitle",
  plain: "RdPlain",
  cc: "RdCc",
  pageNumber: "RdPageNumber",
  letterhead: "RdLetterhead",
  draftMark: "RdDraftMark",
} as const;

/** Paragraph style id for a body paragraph role. */
export function roleStyle(role: ParagraphRole): string {
  return PARA_STYLE[role];
}

/** Red of the 版头 (letterhead name and rules). */
export const RED = "FF0000";

/** Half-points, the unit of w:sz (三号 16 pt → 32). */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/**
 * Font attributes for every script slot. Without eastAsia + hint, Word and WPS draw CJK text and
 * full-width punctuation in the theme font instead of the one we name.
 */
export function fontSlots(name: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string; hint: string } {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name, hint: "eastAsia" };
}

/**
 * Language of every run: Simplified Chinese for Han text; Latin text (digits, 〔2022〕) en-US, as Chinese
 * Word writes it, so that numbers are never broken across lines (LibreOffice does break "2022" under zh-CN).
 */
export const LANGUAGE = { value: "en-US", eastAsia: "zh-CN" } as const;

/** Chinese-character indents wanted on a paragraph; the post-processor writes them as w:*Chars. */
export interface CharIndent {
  readonly firstLine?: number;
  readonly left?: number;
  readonly right?: number;
  readonly hanging?: number;
}

/** The 2-character first-line indent of 正文 and headings, by style id (post-processed into styles.xml). */
export const STYLE_CHAR_INDENTS: Readonly<Record<string, CharIndent>> = {
  [PARA_STYLE.body]: { firstLine: 2 },
  [PARA_STYLE.h1]: { firstLine: 2 },
  [PARA_STYLE.h2]: { firstLine: 2 },
  [PARA_STYLE.h3]: { firstLine: 2 },
  [PARA_STYLE.h4]: { firstLine: 2 },
};

function charStyle(role: FontRole, fonts: Readonly<Record<FontRole, string>>): ICharacterStyleOptions {
  const name = fonts[role];
  return {
    id: CHAR_STYLE[role],
    name: `Rd ${name}`,
    run: { font: fontSlots(name), language: LANGUAGE },
  };
}

/** All styles of the letter; sizes and spacing come from the layout's page geometry. */
export function letterStyles(
  page: PageGeometry,
  level3Bold: boolean,
  fonts: Readonly<Record<FontRole, string>> = FONT_NAMES,
): IStylesOptions {
  const t = pageTwips(page);
  const body = halfPoints(page.bodyPt);
  const small = halfPoints(page.smallPt);
  const exact = { line: t.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  // 紧缩: 28 三号 characters fill the 156-mm line (see page.ts); set on the defaults and on every style.
  const characterSpacing = t.charSpacing;
  const indent2 = { firstLine: 2 * t.bodyChar };
  const para = (
    id: string,
    name: string,
    font: FontRole,
    extra: Omit<IParagraphStyleOptions, "id" | "name" | "run"> & { run?: IParagraphStyleOptions["run"] } = {},
  ): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: "Normal",
    next: extra.next ?? id,
    quickFormat: true,
    ...extra,
    run: { font: fontSlots(fonts[font]), language: LANGUAGE, size: body, characterSpacing, ...extra.run },
    paragraph: { spacing: exact, ...extra.paragraph },
  });
  return {
    default: {
      document: {
        run: { font: fontSlots(fonts.fangsong), size: body, language: LANGUAGE, characterSpacing },
        // Widow control and CJK/Latin auto-spacing are switched off by post-process.ts (docx's style
        // options lack them).
        paragraph: { spacing: exact },
      },
    },
    paragraphStyles: [
      // Normal must be 三号 too: Word measures *Chars indents against it.
      para("Normal", "Normal", "fangsong", { basedOn: undefined, next: "Normal", quickFormat: true }),
      para(PARA_STYLE.body, "Rd 正文", "fangsong", {
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: indent2 },
      }),
      para(PARA_STYLE.h1, "Rd 一级标题", "heiti", {
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: indent2 },
      }),
      para(PARA_STYLE.h2, "Rd 二级标题", "kaiti", {
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: indent2 },
      }),
      para(PARA_STYLE.h3, "Rd 三级标题", "fangsong", {
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: indent2 },
        run: { bold: level3Bold },
      }),
      para(PARA_STYLE.h4, "Rd 四级标题", "fangsong", {
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: indent2 },
      }),
      para(PARA_STYLE.title, "Rd 标题", "xiaobiaosong", {
        paragraph: { alignment: AlignmentType.CENTER },
        run: { size: halfPoints(page.titlePt) },
      }),
      para(PARA_STYLE.plain, "Rd 无缩进", "fangsong", { paragraph: { alignment: AlignmentType.LEFT } }),
      para(PARA_STYLE.cc, "Rd 抄送", "fangsong", { run: { size: small } }),
      para(PARA_STYLE.pageNumber, "Rd 页码", "songti", {
        run: { size: small },
        paragraph: { spacing: { line: 300, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      }),
      para(PARA_STYLE.letterhead, "Rd 版头", "xiaobiaosong", {
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } },
        run: { color: RED },
      }),
      para(PARA_STYLE.draftMark, "Rd 草稿标记", "heiti", { run: { size: small, color: "C00000" } }),
    ],
    characterStyles: FONT_ROLES.map((r) => charStyle(r, fonts)),
  };
}
