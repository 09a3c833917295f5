// A small pass over word/document.xml for what mammoth drops: East-Asian run fonts and paragraph indents.
import { strFromU8, unzipSync } from "fflate";

/** One paragraph of document.xml with the hints the parser can use. */
export interface DocxParagraphHint {
  readonly text: string;
  /** 1 when every run is in 黑体, 2 when in 楷体 (GB/T 9704 heading fonts); null otherwise. */
  readonly headingLevel: 1 | 2 | null;
  /** First-line indent in characters (w:firstLineChars / 100), or null. */
  readonly firstLineChars: number | null;
  /** Whether Word numbering (w:numPr) is attached, whose labels mammoth does not print. */
  readonly numbered: boolean;
}

// [^<>] instead of [^>] in attribute runs keeps every pattern linear on hostile XML ("<w:t <w:t <w:t…").
const PARA_OPEN = /<w:p[ >]/gu;
const RUN_OPEN = /<w:r[ >]/gu;
const TEXT = /<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>/gu;
const EAST_ASIA = /<w:rFonts[^<>]*w:eastAsia="([^"]+)"/u;

/**
 * The elements from each `open` match to the next `close` (what a lazy /open[\s\S]*?close/g matches), found
 * with indexOf: the lazy regex rescans to the end for every unclosed opening tag, quadratic on hostile files.
 */
function elements(xml: string, open: RegExp, close: string): string[] {
  const out: string[] = [];
  open.lastIndex = 0;
  for (let m = open.exec(xml); m; m = open.exec(xml)) {
    const end = xml.indexOf(close, m.index);
    if (end < 0) break;
    out.push(xml.slice(m.index, end + close.length));
    open.lastIndex = end + close.length;
  }
  return out;
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, "&");
}

function levelOfFont(font: string | undefined): 1 | 2 | null {
  if (font === undefined) return null;
  if (/黑体|SimHei|Hei/iu.test(font)) return 1;
  if (/楷体|KaiTi|Kai/iu.test(font)) return 2;
  return null;
}

/** Reads document.xml from .docx bytes; null when the archive has none. Throws on a broken zip. */
export function readDocumentXml(bytes: Uint8Array): string | null {
  const files = unzipSync(bytes, { filter: (f) => f.name === "word/document.xml" });
  const xml = files["word/document.xml"];
  return xml ? strFromU8(xml) : null;
}

/** Paragraph hints from document.xml (paragraph style fonts are not resolved: run fonts only). */
export function paragraphHints(xml: string): DocxParagraphHint[] {
  const out: DocxParagraphHint[] = [];
  for (const p of elements(xml, PARA_OPEN, "</w:p>")) {
    let text = "";
    const levels: (1 | 2 | null)[] = [];
    for (const r of elements(p, RUN_OPEN, "</w:r>")) {
      let runText = "";
      for (const t of r.matchAll(TEXT)) runText += decodeXml(t[1] ?? "");
      if (runText.trim() === "") continue;
      text += runText;
      levels.push(levelOfFont(EAST_ASIA.exec(r)?.[1]));
    }
    const first = levels[0] ?? null;
    const ind = /<w:ind[^<>]*w:firstLineChars="(-?\d+)"/u.exec(p);
    out.push({
      text: text.trim(),
      headingLevel: first !== null && levels.every((l) => l === first) ? first : null,
      firstLineChars: ind ? Number(ind[1]) / 100 : null,
      numbered: /<w:numPr>/u.test(p),
    });
  }
  return out;
}
