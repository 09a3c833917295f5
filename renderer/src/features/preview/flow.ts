// LetterLayout blocks → flow items: text paragraphs with their typographic style, blank lines and the 版记.
// Pure: no DOM. Each text item is later broken into grid lines by measure-lines.ts and placed by paginate.ts.
import { keepPlan, NO_KEEP, type BlockKeep } from "../../../../shared/letter/keep-plan";
import type { FontRole, LayoutBlock, LayoutRun, LetterLayout } from "../../../../shared/letter/layout-types";

/** Typographic class of a text item; maps to a CSS class `a4-t-<style>` in preview.css. */
export type FlowStyle =
  | "mark"
  | "letterhead"
  | "docnum"
  | "title"
  | "salutation"
  | "body"
  | "h1"
  | "h2"
  | "h3"
  | "h4"
  | "attach"
  | "sign"
  | "note"
  | "cc";

/** Horizontal alignment of every line but the last (the last line of a justified paragraph is flush left). */
export type FlowAlign = "justify" | "left" | "center" | "right";

/** A paragraph to be broken into lines. Indents are in characters of the item's own font size. */
export interface TextFlow {
  readonly kind: "text";
  readonly key: string;
  readonly style: FlowStyle;
  readonly runs: readonly LayoutRun[];
  readonly align: FlowAlign;
  /** First-line indent (2 for 正文: 左空二字). Negative means hanging. */
  readonly firstIndentChars: number;
  readonly leftChars: number;
  readonly rightChars: number;
  /** Font size in points (the pitch of one character for indents). */
  readonly fontPt: number;
  /** Dotted source path (LayoutBlock.source.path), for click-to-edit and tests. */
  readonly source: string;
  /**
   * The item is not split and stays on one page with the next item's first line (headings, the text the 落款
   * keeps, 署名): LibreOffice moves a keep-with-next paragraph whole, and the preview does the same.
   */
  readonly keepWithNext?: boolean;
  /** When split across pages, at least two lines on each side (widow/orphan control). */
  readonly widow?: boolean;
  /** Placed at the bottom of the last page (版记). */
  readonly pinBottom?: boolean;
  /** Draw the seal placeholder centred on this line (sealed sign-off). */
  readonly seal?: boolean;
}

/** Empty grid lines (e.g. the line between the title and the salutation). Dropped at the top of a page. */
export interface BlankFlow {
  readonly kind: "blank";
  readonly key: string;
  readonly lines: number;
  readonly pinBottom?: boolean;
}

/** One line of a paragraph: the run slices on it and whether it opens or closes the paragraph. */
export interface LineSlice {
  readonly runs: readonly LayoutRun[];
  readonly first: boolean;
  readonly last: boolean;
}

/** One flow item. */
export type FlowItem = TextFlow | BlankFlow;

/** One line of a paragraph (measured by measure-lines.ts): its run slices, whether it opens or closes it. */
export interface LineSlice {
  readonly runs: readonly LayoutRun[];
  readonly first: boolean;
  readonly last: boolean;
}

/** Printed width in characters: ASCII (digits, Latin) is half-width in the 仿宋 fonts, the rest full-width. */
export function widthChars(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) <= 0x7f ? 0.5 : 1;
  return w;
}

/** Where the 署名 and the date go, in characters from the right edge of the 版心 (DOMAIN.md §2.3). */
export function signOffIndents(
  unit: string,
  dateText: string,
  sealed: boolean,
): { readonly unitRight: number; readonly dateRight: number; readonly blankBefore: number } {
  const u = widthChars(unit);
  const d = widthChars(dateText);
  if (sealed) {
    // Date 右空四字, 署名 centred over the date; two blank lines so the seal's top is within a line of the body.
    const dateRight = 4;
    return { unitRight: dateText === "" ? 4 : Math.max(0, dateRight + (d - u) / 2), dateRight, blankBefore: 2 };
  }
  // 署名 右空二字; the date starts two characters right of the 署名's first character, unless that would push
  // it past 右空二字: then the date is 右空二字 and the 署名 moves left to keep the two-character step.
  const dateRight = u - d;
  if (dateText === "" || dateRight >= 2) return { unitRight: 2, dateRight: Math.max(2, dateRight), blankBefore: 1 };
  return { unitRight: 2 + d + 2 - u, dateRight: 2, blankBefore: 1 };
}

const TEXT_DEFAULTS = { align: "justify", firstIndentChars: 0, leftChars: 0, rightChars: 0 } as const;

function text(
  key: string,
  style: FlowStyle,
  runs: readonly LayoutRun[],
  fontPt: number,
  source: string,
  opts: Partial<Omit<TextFlow, "kind" | "key" | "style" | "runs" | "fontPt" | "source">> = {},
): TextFlow {
  return { kind: "text", key, style, runs, fontPt, source, ...TEXT_DEFAULTS, ...opts };
}

function plain(s: string, font: FontRole = "fangsong"): LayoutRun[] {
  return [{ text: s, font }];
}

/** The 抄送 text: `抄送：A，B。` with a full-width colon and a closing 。. */
export function ccText(organs: readonly string[]): string {
  const list = organs.map((o) => o.trim().replace(/[。，、,.]+$/u, "")).filter((o) => o !== "");
  return `抄送：${list.join("，")}。`;
}

function blockItems(block: LayoutBlock, i: number, layout: LetterLayout, keep: BlockKeep): FlowItem[] {
  const { bodyPt, titlePt, smallPt } = layout.page;
  const key = `${i}:${block.kind}`;
  const src = block.source.path;
  switch (block.kind) {
    case "categoryMark":
      return [text(key, "mark", plain(block.text, "heiti"), bodyPt, src, { align: "right" })];
    case "letterhead":
      return [
        text(key, "letterhead", plain(block.unitName, "xiaobiaosong"), titlePt, src, { align: "center" }),
        { kind: "blank", key: `${key}:after`, lines: 1 },
      ];
    case "docNumber": {
      // 发文字号, then 签发人：<name in 楷体> 右空一字.
      const runs: LayoutRun[] = plain(block.docNumber ?? "");
      if (block.signer !== null)
        runs.push(...plain(`${block.docNumber ? "　　" : ""}签发人：`), ...plain(block.signer, "kaiti"));
      return [text(key, "docnum", runs, bodyPt, src, { align: "right", rightChars: block.signer === null ? 0 : 1 })];
    }
    case "title":
      return [
        ...block.lines.map((line, li) =>
          text(`${key}:${li}`, "title", plain(line, "xiaobiaosong"), titlePt, src, { align: "center" }),
        ),
        { kind: "blank", key: `${key}:after`, lines: 1 },
      ];
    case "salutation":
      return [text(key, "salutation", plain(block.text), bodyPt, src, { align: "justify" })];
    case "paragraph":
      return [
        text(key, block.role, block.runs, bodyPt, src, {
          firstIndentChars: block.flushLeft === true ? 0 : 2,
          keepWithNext: keep.keepNext,
          widow: keep.widow,
        }),
      ];
    case "attachmentNote": {
      const numbered = block.items.length > 1;
      return [
        { kind: "blank", key: `${key}:before`, lines: 1 },
        ...block.items.map((item, ii) => {
          const num = numbered ? `${ii + 1}.` : "";
          const hang = (ii === 0 ? 3 : 0) + widthChars(num);
          return text(`${key}:${ii}`, "attach", plain(`${ii === 0 ? "附件：" : ""}${num}${item}`), bodyPt, src, {
            leftChars: 2 + 3 + widthChars(num),
            firstIndentChars: -hang,
            keepWithNext: ii < block.items.length - 1 || keep.keepNext,
          });
        }),
      ];
    }
    case "signOff": {
      const g = signOffIndents(block.unit, block.dateText, block.sealed);
      const items: FlowItem[] = [
        { kind: "blank", key: `${key}:before`, lines: g.blankBefore },
        text(`${key}:unit`, "sign", plain(block.unit), bodyPt, src, {
          align: "right",
          rightChars: g.unitRight,
          keepWithNext: block.dateText !== "" || keep.keepNext,
          seal: block.sealed,
        }),
      ];
      if (block.dateText !== "")
        items.push(
          text(`${key}:date`, "sign", plain(block.dateText), bodyPt, `${src}.date`, {
            align: "right",
            rightChars: g.dateRight,
            keepWithNext: keep.keepNext,
          }),
        );
      // Sealed: the 附注 moves a line down, clear of the seal (as in the .docx).
      if (block.sealed && keep.keepNext) items.push({ kind: "blank", key: `${key}:clear`, lines: 1 });
      return items;
    }
    case "note": {
      const t = /^[（(].*[）)]$/u.test(block.text) ? block.text : `（${block.text}）`;
      return [text(key, "note", plain(t), bodyPt, src, { firstIndentChars: 2 })];
    }
    case "cc":
      return [
        { kind: "blank", key: `${key}:before`, lines: 1, pinBottom: true },
        text(key, "cc", plain(ccText(block.organs)), smallPt, src, {
          leftChars: 4,
          firstIndentChars: -3,
          rightChars: 1,
          pinBottom: true,
        }),
      ];
  }
}

/** All flow items of a letter in document order, kept together by the export's pagination rules (keep-plan.ts). */
export function layoutToFlow(layout: LetterLayout): FlowItem[] {
  const plan = keepPlan(layout.blocks, layout.page.charsPerLine);
  return layout.blocks.flatMap((b, i) => blockItems(b, i, layout, plan[i] ?? NO_KEEP));
}
