// The letter as a docx model: its body paragraphs, and the Document (styles, section, headers, footers,
// properties) they go in. Both the fast builder and the plain Packer build start from here.
import { Document } from "docx";
import type { Paragraph } from "docx";
import { AppError } from "../../../../shared/api/errors";
import type { FontRole, LayoutBlock, LetterLayout, PageGeometry } from "../../../../shared/letter/layout-types";
import type { BlockContext, Built } from "./blocks";
import { blankLine, buildBlock, letterheadParagraphs } from "./blocks";
import { keepPlan, NO_KEEP } from "../../../../shared/letter/keep-plan";
import { letterFooters, letterHeaders } from "./footer";
import type { PageTwips } from "./page";
import { pageTwips, sectionPage } from "./page";
import { checkPng } from "./seal";
import { fontNamesOf, letterStyles } from "./styles";

/** Everything outside the body that the package depends on: letters that share it share those parts. */
export interface LetterConfig {
  readonly page: PageGeometry;
  readonly level3Bold: boolean;
  /** The official font names (bureau setting). */
  readonly fonts: Readonly<Record<FontRole, string>>;
  /** 信函格式 bureau name for the first-page header, or null. */
  readonly letterheadUnit: string | null;
  /** Draft copies carry the 草稿 mark in the headers. */
  readonly isDraft: boolean;
  /** The seal picture placed on the sign-off, or null. */
  readonly seal: BlockContext["seal"];
}

/** The letter's document properties (docProps/core.xml and custom.xml). */
export interface LetterMeta {
  readonly title: string;
  readonly author: string;
  readonly description: string;
  readonly custom: readonly { readonly name: string; readonly value: string }[];
}

/** Blocks of the 落款 group: the 附件说明 and the sign-off never start a page without the body's last lines. */
function keepsWithBlock(block: LayoutBlock): boolean {
  return block.kind === "signOff" || block.kind === "attachmentNote";
}

/** Blank lines GB/T 9704 puts before a block, given the block before it. */
function blankLinesBefore(block: LayoutBlock, prev: LayoutBlock | undefined): number {
  if (prev === undefined) return 0;
  switch (block.kind) {
    case "title":
      return prev.kind === "docNumber" ? 2 : 1;
    case "salutation":
      return prev.kind === "title" ? 1 : 0;
    case "attachmentNote":
      return 1;
    default:
      return 0;
  }
}

function sealFor(layout: LetterLayout, seal: Uint8Array | null | undefined): BlockContext["seal"] {
  const signOff = layout.blocks.find((b) => b.kind === "signOff");
  if (layout.meta.isDraft || !signOff || !signOff.sealed) return null;
  if (!seal) {
    throw new AppError(
      "BAD_INPUT",
      "该文稿按盖章版式导出，但没有提供印章图片：请在设置中选择印章图片，或按不盖章导出。",
    );
  }
  return { png: seal, info: checkPng(seal) };
}

/** The package configuration of a layout; throws AppError for an unusable or missing seal. */
export function letterConfig(layout: LetterLayout, seal: Uint8Array | null | undefined): LetterConfig {
  const letterhead = layout.blocks.find((b) => b.kind === "letterhead");
  return {
    page: layout.page,
    level3Bold: layout.level3Bold,
    fonts: fontNamesOf(layout.fontSet),
    letterheadUnit: letterhead ? letterhead.unitName : null,
    isDraft: layout.meta.isDraft,
    seal: sealFor(layout, seal),
  };
}

/** Title, bureau as author, and the custom properties 提案号, 类别, 发文字号 (empty when not set). */
export function letterMeta(layout: LetterLayout): LetterMeta {
  const m = layout.meta;
  return {
    title: m.title,
    author: m.author,
    description: `${m.channel}答复函`,
    custom: [
      { name: "提案号", value: m.proposalNumber === null ? "" : String(m.proposalNumber) },
      { name: "类别", value: m.category ?? "" },
      { name: "发文字号", value: m.docNumber ?? "" },
    ],
  };
}

/** The body paragraphs in document order, with the blank lines GB/T 9704 wants between blocks. */
export function letterParagraphs(layout: LetterLayout, t: PageTwips, config: LetterConfig): Built[] {
  const letterhead = config.letterheadUnit !== null;
  const blocks = layout.blocks.filter((b) => b.kind !== "letterhead");
  const keeps = keepPlan(blocks, layout.page.charsPerLine);
  const built: Built[] = [];
  blocks.forEach((block, i) => {
    const prev = blocks[i - 1];
    const keep = keepsWithBlock(block);
    for (let n = blankLinesBefore(block, prev); n > 0; n -= 1) built.push(blankLine(keep));
    // Sealed: the 附注 moves one line down, clear of the seal's lower edge (it reaches past the date line).
    if (block.kind === "note" && prev?.kind === "signOff" && config.seal !== null) built.push(blankLine(true));
    const k = keeps[i] ?? NO_KEEP;
    built.push(...buildBlock(block, { t, seal: config.seal, letterhead, keepNext: k.keepNext, widow: k.widow }));
  });
  return built;
}

/** The docx Document of a letter: styles, the one section with its headers and footers, and `children`. */
export function letterDocument(config: LetterConfig, meta: LetterMeta, children: readonly Paragraph[]): Document {
  const t = pageTwips(config.page);
  const letterhead = config.letterheadUnit !== null;
  return new Document({
    title: meta.title,
    creator: meta.author,
    lastModifiedBy: meta.author,
    description: meta.description,
    customProperties: meta.custom.map((p) => ({ ...p })),
    evenAndOddHeaderAndFooters: true,
    styles: letterStyles(config.page, config.level3Bold, config.fonts),
    sections: [
      {
        properties: { ...sectionPage(config.page, letterhead), titlePage: letterhead },
        headers: letterHeaders(t, {
          isDraft: config.isDraft,
          letterhead: config.letterheadUnit === null ? null : letterheadParagraphs(config.letterheadUnit),
        }),
        footers: letterFooters(t, letterhead),
        children: [...children],
      },
    ],
  });
}
