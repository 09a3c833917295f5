// LetterLayout → .docx bytes. The letter is modelled with docx (Paragraph, TextRun, ImageRun, built in
// letter-document.ts); the parts that do not depend on its text come packed, post-processed and
// compressed from a per-configuration template, and only document.xml and the properties are written per
// letter. The result matches build-docx-packer.ts (docx's Packer + the *Chars pass) part for part.
import type { LetterLayout } from "../../../../shared/letter/layout-types";
import type { Draft } from "../../../../shared/model/draft";
import { RECORD_PART, recordPartXml } from "./package-extras";
import { letterConfig, letterMeta, letterParagraphs } from "./letter-document";
import { packageTemplate } from "./package-template";
import type { PackageTemplate } from "./package-template";
import { pageTwips } from "./page";
import { addIndentChars } from "./post-process";
import { coreXml, customXml } from "./properties-xml";
import { componentXml } from "./xml-text";
import type { ZipEntry } from "./zip-writer";
import { writeZip, zipEntry } from "./zip-writer";
import type { Built } from "./blocks";

/** Options of one export. */
export interface BuildDocxOptions {
  /** Seal PNG; placed only when the layout's sign-off is sealed and the letter is not a draft. */
  readonly seal?: Uint8Array | null;
  /** The draft the layout was made from, embedded as the record part (absent for hand-built layouts). */
  readonly record?: Draft | null;
}

/** Deflate level of the per-letter parts: fast; Word and LibreOffice read any level. */
const LETTER_LEVEL = 1;
/** The record part is stored: deflating its ~10 KB of JSON would add a fifth to a warm export's CPU time. */
const RECORD_LEVEL = 0;

/** word/document.xml: the template's head and tail around the letter's paragraphs (with their *Chars). */
function documentXml(built: readonly Built[], tpl: PackageTemplate): string {
  let body = "";
  for (const b of built) {
    const xml = componentXml(b.paragraph, tpl.context);
    body += b.chars ? addIndentChars(xml, b.chars, "paragraph") : xml;
  }
  let xml = tpl.documentHead + body + tpl.documentTail;
  // Pictures are written as {key} until docx knows their relationship ids; the template knows them.
  for (const [key, id] of tpl.mediaIds) xml = xml.split(`{${key}}`).join(id);
  return xml;
}

/** Builds the .docx of a letter layout; throws AppError for an unusable seal before anything is built. */
export async function buildDocx(layout: LetterLayout, opts: BuildDocxOptions = {}): Promise<Uint8Array> {
  const config = letterConfig(layout, opts.seal);
  const t = pageTwips(layout.page);
  const built = letterParagraphs(layout, t, config);
  const tpl = await packageTemplate(config);
  const meta = letterMeta(layout);
  const now = new Date();
  const letterParts: Record<string, string> = {
    "word/document.xml": documentXml(built, tpl),
    "docProps/core.xml": coreXml(meta, now),
    "docProps/custom.xml": customXml(meta),
    [RECORD_PART]: recordPartXml(opts.record ?? null),
  };
  const entries: ZipEntry[] = tpl.parts.map((p) =>
    p.kind === "static"
      ? p.entry
      : zipEntry(p.name, letterParts[p.name] ?? "", p.name === RECORD_PART ? RECORD_LEVEL : LETTER_LEVEL),
  );
  return writeZip(entries, now);
}
