// LetterLayout: the ordered, typed blocks that both the A4 preview and the .docx export draw.
// Geometry numbers come from GB/T 9704-2012 (DOMAIN.md §2); nothing here knows React or docx.

/** Paragraph roles; each maps to one font/indent style in the preview and in the .docx. */
export type ParagraphRole = "body" | "h1" | "h2" | "h3" | "h4";

/** Font families by role; the exporter maps them to the official names, the preview to CSS stacks. */
export type FontRole = "fangsong" | "heiti" | "kaiti" | "xiaobiaosong" | "songti";

/**
 * A run of text inside a paragraph. A level-2 heading followed by its text in the same paragraph
 * ("（一）加大帮扶力度。制定出台…") is two runs: the heading in 楷体, the rest in 仿宋.
 */
export interface LayoutRun {
  readonly text: string;
  readonly font: FontRole;
  readonly bold?: boolean;
  /** Set when the text came from a figure reference, so the preview can highlight it. */
  readonly figureId?: string;
}

/** Where a block came from in the Draft, for lint locations, comments and click-to-edit. */
export interface SourceRef {
  /** Dotted path into Draft.letter, e.g. "sections.1.measures.0" or "signOff.date". */
  readonly path: string;
}

/** One block of the letter in document order. */
export type LayoutBlock =
  | { readonly kind: "categoryMark"; readonly text: string; readonly source: SourceRef }
  | {
      readonly kind: "letterhead";
      /** Bureau name printed in red 小标宋 (信函格式). */
      readonly unitName: string;
      readonly source: SourceRef;
    }
  | {
      readonly kind: "docNumber";
      /** 发文字号, or null when only the signer is shown. */
      readonly docNumber: string | null;
      /** 签发人 name, or null. */
      readonly signer: string | null;
      readonly source: SourceRef;
    }
  | {
      readonly kind: "title";
      /** The title broken at meaning boundaries into lines (二号 小标宋, centred). */
      readonly lines: readonly string[];
      readonly source: SourceRef;
    }
  | { readonly kind: "salutation"; readonly text: string; readonly source: SourceRef }
  | {
      readonly kind: "paragraph";
      readonly role: ParagraphRole;
      readonly runs: readonly LayoutRun[];
      /** 顶格 (no 左空二字): the 敬礼 line of a letter-style closing. */
      readonly flushLeft?: boolean;
      readonly source: SourceRef;
    }
  | {
      readonly kind: "attachmentNote";
      /** Attachment names; printed as 附件：1.… one per line. */
      readonly items: readonly string[];
      readonly source: SourceRef;
    }
  | {
      readonly kind: "signOff";
      /** 署名, already defaulted from the bureau profile. */
      readonly unit: string;
      /** 成文日期 as 2024年5月28日, or "" when not set. */
      readonly dateText: string;
      /** Whether a seal will be placed (sealed and unsealed placement rules differ). */
      readonly sealed: boolean;
      readonly source: SourceRef;
    }
  | {
      readonly kind: "note";
      /** 附注 line without brackets; the renderers add （）. */
      readonly text: string;
      readonly source: SourceRef;
    }
  | {
      readonly kind: "cc";
      /** 抄送 organs; printed as 抄送：A，B。 in the 版记 (四号). */
      readonly organs: readonly string[];
      readonly source: SourceRef;
    };

/** Page geometry in millimetres and points, per GB/T 9704-2012. */
export interface PageGeometry {
  readonly widthMm: number;
  readonly heightMm: number;
  readonly marginTopMm: number;
  readonly marginBottomMm: number;
  readonly marginLeftMm: number;
  readonly marginRightMm: number;
  readonly linesPerPage: number;
  readonly charsPerLine: number;
  /** Body font size in points (三号 = 16). */
  readonly bodyPt: number;
  /** Title font size in points (二号 = 22). */
  readonly titlePt: number;
  /** 抄送 / page number size in points (四号 = 14). */
  readonly smallPt: number;
  /** Line pitch in points: 版心 height / lines per page. */
  readonly linePitchPt: number;
  /** Character pitch in points: 版心 width / characters per line. */
  readonly charPitchPt: number;
}

/** Metadata the exporter writes into document properties and file names. */
export interface LayoutMeta {
  readonly title: string;
  readonly author: string;
  readonly proposalNumber: number | null;
  readonly category: string | null;
  readonly docNumber: string | null;
  readonly channel: "提案" | "建议";
  /** True while the draft has not been signed off: exported with a 草稿 mark, no seal. */
  readonly isDraft: boolean;
}

/** The complete layout of one letter. */
export interface LetterLayout {
  readonly page: PageGeometry;
  readonly meta: LayoutMeta;
  readonly blocks: readonly LayoutBlock[];
  /** Level-3 headings in bold (bureau setting). */
  readonly level3Bold: boolean;
  /** The official font family the export names (bureau setting); GB2312 when absent. */
  readonly fontSet?: "GB2312" | "GBK";
}
