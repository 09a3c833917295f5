// Contract methods for importing letters: read a file or pasted text into a checked preview, then save it.
import { z } from "zod";
import { Channel, Draft, IsoDate } from "../model/draft";
import { method } from "./define";

/** Largest .docx accepted (same as MAX_DOCX_BYTES in electron/main/services/import/limits.ts). */
export const IMPORT_MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** Largest text or HTML file accepted (same as MAX_TEXT_BYTES in electron/main/services/import/limits.ts). */
export const IMPORT_MAX_TEXT_BYTES = 5 * 1024 * 1024;
/** Largest base64 text of an uploaded file: a .docx at its limit (text files are checked again in main). */
export const IMPORT_MAX_BASE64 = Math.ceil(IMPORT_MAX_DOCX_BYTES / 3) * 4;
/** Longest pasted text, in characters (UTF-8 needs at least one byte per character, so this is the file limit). */
export const IMPORT_MAX_TEXT_CHARS = IMPORT_MAX_TEXT_BYTES;

/** A file picked or dropped in the UI, sent as base64 (main decides .docx or text by name and content). */
export const ImportFileSource = z.object({
  fileName: z.string().trim().min(1, "文件名不能为空").max(260),
  base64: z
    .string()
    .max(IMPORT_MAX_BASE64, `文件太大，.docx 最大 ${IMPORT_MAX_DOCX_BYTES / 1024 / 1024} MB`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/u, "文件内容不是有效的 base64 编码"),
});

/** Text pasted into the import page. */
export const ImportTextSource = z.object({
  text: z
    .string()
    .max(IMPORT_MAX_TEXT_CHARS, `粘贴的文字太长（超过 ${IMPORT_MAX_TEXT_BYTES / 1024 / 1024} MB），请只保留答复函正文`),
});

/** One cleaning step as the check screen lists it (mirrors shared/import/types.ts CleaningStep). */
export const CleaningStepSchema = z.object({
  id: z.string(),
  label: z.string(),
  count: z.number().int(),
  examples: z.array(z.string()),
});

/** Something the importer noticed (mirrors shared/import/types.ts ImportFinding). */
export const ImportFindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
});

/** A date written with its digits run together (2022720): every valid reading, and the one filled in (if any). */
export const CollapsedDate = z.object({
  /** Dotted path of the Draft field the date went into. */
  field: z.string(),
  /** The date exactly as written. */
  text: z.string(),
  /** "guessed": only one reading is a real date (it was filled in); "ambiguous"/"invalid": left empty. */
  confidence: z.enum(["guessed", "ambiguous", "invalid"]),
  candidates: z.array(IsoDate),
});
export type CollapsedDate = z.infer<typeof CollapsedDate>;

/** What previewImport returns: everything the check screen shows, nothing saved yet. */
export const ImportPreview = z.object({
  kind: z.enum(["reply", "not-a-letter"]),
  /** Chinese reason when refused; null for a reply. */
  reason: z.string().nullable(),
  /** The file name, or null for pasted text. */
  fileName: z.string().nullable(),
  format: z.enum(["docx", "text", "html", "paste"]),
  /** The cleaned source text the draft was recognised from. */
  source: z.string(),
  cleaning: z.array(CleaningStepSchema),
  /** The recognised draft (null when refused); it gets a new id when saved. */
  draft: Draft.nullable(),
  /** Dotted paths into the draft of fields that were guessed and need a look. */
  lowConfidence: z.array(z.string()),
  findings: z.array(ImportFindingSchema),
  /** Collapsed dates that need confirming before the draft is saved. */
  collapsedDates: z.array(CollapsedDate),
  /** Publication-record items with no field in the draft (索引号, 公开日期…), shown for reference. */
  extras: z.array(z.object({ label: z.string(), value: z.string() })),
  /** Channel and role as read from the letter (null where the letter does not decide them). */
  channel: Channel.nullable(),
  role: z.enum(["委员", "代表"]).nullable(),
  /** .docx only: headings whose 一、/（一） came back from their 黑体/楷体 font (Word numbering is not text). */
  fontHeadings: z.number().int(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** Import domain of the contract. */
export const importMethods = {
  previewImport: method(
    "识别一份答复函（.docx/.txt 文件以 base64 传入，或粘贴的文字）：返回清理后的原文、清理步骤、识别出的结构；不保存",
    z.union([ImportFileSource, ImportTextSource]),
    ImportPreview,
  ),
  saveImportedDraft: method(
    "把核对（可能已修改）后的导入结果保存为新文稿（状态为草稿），返回新文稿编号",
    z.object({ draft: Draft }),
    z.object({ id: z.string(), title: z.string() }),
  ),
} as const;
