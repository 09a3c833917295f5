// One small builder per LayoutBlock kind: block → docx paragraphs (+ the *Chars indents each one wants).
import {
  AlignmentType,
  BorderStyle,
  FrameAnchorType,
  HorizontalPositionAlign,
  Paragraph,
  TabStopType,
  TextRun,
  VerticalPositionAlign,
} from "docx";
import type { ParagraphChild } from "docx";
import type { LayoutBlock, LayoutRun } from "../../../../shared/letter/layout-types";
import type { PageTwips } from "./page";
import { mmToTwip } from "./page";
import type { PngInfo } from "./seal";
import { sealImage } from "./seal";
import { signOffGeometry } from "./sign-off";
import type { CharIndent } from "./styles";
import { CHAR_STYLE, PARA_STYLE, roleStyle } from "./styles";

/** A paragraph and the Chinese-character indents the post-processor adds to its w:ind. */
export interface Built {
  readonly paragraph: Paragraph;
  readonly chars: CharIndent | null;
}

/** What block builders need besides the block. */
export interface BlockContext {
  readonly t: PageTwips;
  /** The seal to place on the sign-off, or null (unsealed, draft, or no seal given). */
  readonly seal: { readonly png: Uint8Array; readonly info: PngInfo } | null;
  /** 信函格式: the 版记 then has no rules (DOMAIN.md §2.4). */
  readonly letterhead: boolean;
  /** Keep the block's last paragraph on the page of the next block (keep-plan.ts decides). */
  readonly keepNext: boolean;
  /** Widow/orphan control on the block's paragraphs (headings, the text the 落款 keeps with). */
  readonly widow?: boolean;
}

/** Width of the 版记 rules: thick 0.35 mm (first, last), thin 0.25 mm (between), in eighths of a point. */
export const RULE_THICK_EIGHTHS = Math.round((0.35 / 25.4) * 72 * 8);
/** Thin 版记 rule: 0.25 mm. */
export const RULE_THIN_EIGHTHS = Math.round((0.25 / 25.4) * 72 * 8);

function run(r: LayoutRun): TextRun {
  return new TextRun({ text: r.text, style: CHAR_STYLE[r.font], ...(r.bold === undefined ? {} : { bold: r.bold }) });
}

function fangsong(text: string): TextRun {
  return new TextRun({ text, style: CHAR_STYLE.fangsong });
}

/** An empty grid line (公文 count blank lines, so they are real paragraphs). */
export function blankLine(keepNext = false): Built {
  return { paragraph: new Paragraph({ style: PARA_STYLE.plain, keepNext }), chars: null };
}

function blanks(n: number, keepNext: boolean): Built[] {
  return Array.from({ length: n }, () => blankLine(keepNext));
}

function charsToTwips(chars: number, unit: number): number {
  return Math.round(chars * unit);
}

/** Category mark: top right of page 1, 黑体. */
function categoryMark(block: Extract<LayoutBlock, { kind: "categoryMark" }>): Built[] {
  return [
    {
      paragraph: new Paragraph({
        style: PARA_STYLE.plain,
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: block.text, style: CHAR_STYLE.heiti })],
      }),
      chars: null,
    },
  ];
}

/** 发文字号 flush right (信函格式); with a 签发人, 字号 左空一字 and 签发人 右空一字 on one line. */
function docNumber(block: Extract<LayoutBlock, { kind: "docNumber" }>, ctx: BlockContext): Built[] {
  const c = ctx.t.bodyChar;
  const signer: ParagraphChild[] =
    block.signer === null ? [] : [fangsong("签发人："), new TextRun({ text: block.signer, style: CHAR_STYLE.kaiti })];
  if (block.signer === null) {
    return [
      {
        paragraph: new Paragraph({
          style: PARA_STYLE.plain,
          alignment: AlignmentType.RIGHT,
          children: [fangsong(block.docNumber ?? "")],
        }),
        chars: null,
      },
    ];
  }
  if (block.docNumber === null) {
    return [
      {
        paragraph: new Paragraph({
          style: PARA_STYLE.plain,
          alignment: AlignmentType.RIGHT,
          indent: { right: c },
          children: signer,
        }),
        chars: { right: 1 },
      },
    ];
  }
  return [
    {
      paragraph: new Paragraph({
        style: PARA_STYLE.plain,
        indent: { left: c, right: c },
        tabStops: [{ type: TabStopType.RIGHT, position: ctx.t.textWidth - 2 * c }],
        children: [fangsong(block.docNumber), new TextRun({ text: "\t", style: CHAR_STYLE.fangsong }), ...signer],
      }),
      chars: { left: 1, right: 1 },
    },
  ];
}

/** Title: 二号 小标宋, centred, one line per layout line. */
function title(block: Extract<LayoutBlock, { kind: "title" }>): Built[] {
  const children = block.lines.map(
    (line, i) => new TextRun({ text: line, style: CHAR_STYLE.xiaobiaosong, ...(i > 0 ? { break: 1 } : {}) }),
  );
  return [{ paragraph: new Paragraph({ style: PARA_STYLE.title, children }), chars: null }];
}

/** 主送: flush left, 3号仿宋. */
function salutation(block: Extract<LayoutBlock, { kind: "salutation" }>): Built[] {
  return [{ paragraph: new Paragraph({ style: PARA_STYLE.plain, children: [fangsong(block.text)] }), chars: null }];
}

/** Body paragraph or heading: style by role, runs by font role. */
function paragraph(block: Extract<LayoutBlock, { kind: "paragraph" }>, ctx: BlockContext): Built[] {
  const p = new Paragraph({
    style: roleStyle(block.role),
    keepNext: ctx.keepNext,
    ...(ctx.widow === true ? { widowControl: true } : {}),
    ...(block.flushLeft === true ? { indent: { firstLine: 0 } } : {}),
    children: block.runs.map(run),
  });
  return [{ paragraph: p, chars: block.flushLeft === true ? { firstLine: 0 } : null }];
}

/** 附件说明: `附件：1.…`, 左空二字; later items and wrapped lines align with the first name's first character. */
function attachmentNote(block: Extract<LayoutBlock, { kind: "attachmentNote" }>, ctx: BlockContext): Built[] {
  const c = ctx.t.bodyChar;
  const numbered = block.items.length > 1;
  return block.items.map((item, i) => {
    const num = numbered ? `${i + 1}.` : "";
    const numW = num.length * 0.5;
    const left = 2 + 3 + numW;
    const hanging = i === 0 ? 3 + numW : numW;
    const text = `${i === 0 ? "附件：" : ""}${num}${item}`;
    return {
      paragraph: new Paragraph({
        style: PARA_STYLE.plain,
        keepNext: i < block.items.length - 1 || ctx.keepNext,
        indent: { left: charsToTwips(left, c), hanging: charsToTwips(hanging, c) },
        children: [fangsong(text)],
      }),
      chars: { left, hanging },
    };
  });
}

/** Seal centre below the top of the 署名 line, in grid rows. */
export const SEAL_CENTRE_ROWS = 0.15;

/** 署名 + 成文日期, with the seal floating behind them when one is placed. */
function signOff(block: Extract<LayoutBlock, { kind: "signOff" }>, ctx: BlockContext): Built[] {
  const c = ctx.t.bodyChar;
  const sealed = ctx.seal !== null;
  const g = signOffGeometry(block.unit, block.dateText, sealed);
  const seal =
    ctx.seal === null
      ? []
      : [
          sealImage(ctx.seal.png, ctx.seal.info, {
            centreX: ctx.t.textWidth - charsToTwips(g.centreFromRightChars, c),
            // GB/T 9704 §7.3.5.1: the 署名 and the date fall in the seal's lower half, just below its centre (a
            // little under the top of the 署名 line); with two blank lines above, the seal's top edge comes within
            // one line of the body.
            centreY: Math.round(SEAL_CENTRE_ROWS * ctx.t.linePitch),
          }),
        ];
  const unit: Built = {
    paragraph: new Paragraph({
      style: PARA_STYLE.plain,
      alignment: AlignmentType.RIGHT,
      keepNext: block.dateText !== "" || ctx.keepNext,
      indent: { right: charsToTwips(g.unitRightChars, c) },
      children: [...seal, fangsong(block.unit)],
    }),
    chars: { right: g.unitRightChars },
  };
  const date: Built[] =
    block.dateText === ""
      ? []
      : [
          {
            paragraph: new Paragraph({
              style: PARA_STYLE.plain,
              alignment: AlignmentType.RIGHT,
              keepNext: ctx.keepNext,
              indent: { right: charsToTwips(g.dateRightChars, c) },
              children: [fangsong(block.dateText)],
            }),
            chars: { right: g.dateRightChars },
          },
        ];
  return [...blanks(g.blankLinesBefore, true), unit, ...date];
}

/** 附注: the line after the date, 左空二字, in round brackets. */
function note(block: Extract<LayoutBlock, { kind: "note" }>, ctx: BlockContext): Built[] {
  const text = /^[（(].*[）)]$/.test(block.text) ? block.text : `（${block.text}）`;
  return [
    {
      paragraph: new Paragraph({
        style: PARA_STYLE.plain,
        indent: { firstLine: 2 * ctx.t.bodyChar },
        children: [fangsong(text)],
      }),
      chars: { firstLine: 2 },
    },
  ];
}

/** `抄送：A，B。` with a full-width colon and a closing 。. */
export function ccText(organs: readonly string[]): string {
  const list = organs.map((o) => o.trim().replace(/[。，、,.]+$/u, "")).filter((o) => o !== "");
  return `抄送：${list.join("，")}。`;
}

/**
 * 抄送 in the 版记: 四号, 左右各空一字, wrapped lines aligned after the colon; framed at the bottom of the
 * 版心 so the last rule coincides with the 版心 bottom. Rules: thick 0.35 mm above and below (none in 信函格式).
 */
function cc(block: Extract<LayoutBlock, { kind: "cc" }>, ctx: BlockContext): Built[] {
  const s = ctx.t.smallChar;
  const thick = { style: BorderStyle.SINGLE, size: RULE_THICK_EIGHTHS, color: "000000", space: 1 };
  return [
    ...blanks(1, false),
    {
      paragraph: new Paragraph({
        style: PARA_STYLE.cc,
        indent: { left: 4 * s, hanging: 3 * s, right: s },
        ...(ctx.letterhead ? {} : { border: { top: thick, bottom: thick } }),
        frame: {
          type: "alignment",
          alignment: { x: HorizontalPositionAlign.CENTER, y: VerticalPositionAlign.BOTTOM },
          anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
          width: ctx.t.textWidth,
          height: 0,
        },
        children: [fangsong(ccText(block.organs))],
      }),
      chars: { left: 4, hanging: 3, right: 1 },
    },
  ];
}

/** Letterhead (信函格式): red 小标宋 bureau name, red double rule (thick over thin) 4 mm below, 170 mm long. */
export function letterheadParagraphs(unitName: string): Paragraph[] {
  const n = Math.max(1, [...unitName].length);
  const sizePt = Math.min(36, Math.floor(440 / n));
  const overhang = mmToTwip((170 - 156) / 2);
  return [
    new Paragraph({
      style: PARA_STYLE.letterhead,
      indent: { left: -overhang, right: -overhang },
      border: {
        bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: "FF0000", space: 11 },
      },
      children: [new TextRun({ text: unitName, style: CHAR_STYLE.xiaobiaosong, size: sizePt * 2 })],
    }),
  ];
}

/** Builds the paragraphs of one block (letterhead blocks go to the first-page header, not here). */
export function buildBlock(block: LayoutBlock, ctx: BlockContext): Built[] {
  switch (block.kind) {
    case "categoryMark":
      return categoryMark(block);
    case "letterhead":
      return [];
    case "docNumber":
      return docNumber(block, ctx);
    case "title":
      return title(block);
    case "salutation":
      return salutation(block);
    case "paragraph":
      return paragraph(block, ctx);
    case "attachmentNote":
      return attachmentNote(block, ctx);
    case "signOff":
      return signOff(block, ctx);
    case "note":
      return note(block, ctx);
    case "cc":
      return cc(block, ctx);
  }
}
