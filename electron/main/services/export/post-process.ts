// Adds what the docx builder cannot write: w:ind firstLineChars/leftChars/rightChars/hangingChars, and the
// document-wide paragraph defaults. build-docx.ts applies these to XML strings before zipping;
// postProcessDocx (unzip → edit → zip) is the reference path's.
// Word uses the *Chars values (they follow the character grid); LibreOffice reads the twips fallbacks.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import {
  fontTableXml,
  RECORD_PART,
  RECORD_STATIC_PARTS,
  withRecordContentType,
  withRecordRelationship,
} from "./package-extras";
import type { CharIndent } from "./styles";

/** What to add: per body paragraph (document order), per style id, and the footers' character width. */
export interface IndentPlan {
  readonly paragraphs: readonly (CharIndent | null)[];
  readonly styles: Readonly<Record<string, CharIndent>>;
  /** Twips of one 四号 character: footer indents are converted with it. */
  readonly footerCharTwips: number;
  /** Style id of the title (set off the grid). */
  readonly titleStyle: string;
  /** The official font names, for the font table. */
  readonly fonts: Readonly<Record<string, string>>;
  /** The record part's XML (package-extras.ts). */
  readonly recordXml: string;
}

const ATTR: Readonly<Record<keyof CharIndent, string>> = {
  firstLine: "w:firstLineChars",
  left: "w:leftChars",
  right: "w:rightChars",
  hanging: "w:hangingChars",
};

/** Attribute text for an indent in characters (hundredths of a character, as Word stores them). */
function charsAttributes(ind: CharIndent): string {
  const keys: readonly (keyof CharIndent)[] = ["firstLine", "left", "right", "hanging"];
  return keys
    .filter((k) => ind[k] !== undefined)
    .map((k) => ` ${ATTR[k]}="${Math.round((ind[k] ?? 0) * 100)}"`)
    .join("");
}

/** Adds the attributes to the first w:ind inside `xml` (a paragraph or style element); throws if absent. */
export function addIndentChars(xml: string, ind: CharIndent, where: string): string {
  const at = xml.indexOf("<w:ind ");
  if (at < 0) throw new Error(`post-process: ${where} has no w:ind to extend`);
  const insert = at + "<w:ind".length;
  return xml.slice(0, insert) + charsAttributes(ind) + xml.slice(insert);
}

const PARAGRAPH = /<w:p\/>|<w:p(?=[\s>])[^>]*>[\s\S]*?<\/w:p>/g;

/** Adds per-paragraph *Chars to word/document.xml; the plan must have one entry per body paragraph. */
export function addParagraphChars(documentXml: string, plan: readonly (CharIndent | null)[]): string {
  let i = 0;
  const out = documentXml.replace(PARAGRAPH, (p) => {
    const ind = plan[i];
    i += 1;
    return ind ? addIndentChars(p, ind, `paragraph ${i}`) : p;
  });
  if (i !== plan.length) throw new Error(`post-process: ${i} paragraphs in document.xml, plan has ${plan.length}`);
  return out;
}

/** Adds *Chars to the styles that carry character indents. */
export function addStyleChars(stylesXml: string, styles: Readonly<Record<string, CharIndent>>): string {
  return stylesXml.replace(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g, (s, id: string) => {
    const ind = styles[id];
    return ind ? addIndentChars(s, ind, `style ${id}`) : s;
  });
}

/** Adds leftChars/rightChars to positive footer indents (page numbers 空一字). */
export function addFooterChars(footerXml: string, charTwips: number): string {
  return footerXml.replace(/<w:ind\b([^>]*)\/>/g, (whole, attrs: string) => {
    let extra = "";
    for (const side of ["left", "right"] as const) {
      const m = new RegExp(`w:${side}="(\\d+)"`).exec(attrs);
      if (m && Number(m[1]) > 0) extra += ` w:${side}Chars="${Math.round((Number(m[1]) / charTwips) * 100)}"`;
    }
    return extra === "" ? whole : `<w:ind${extra}${attrs}/>`;
  });
}

/**
 * Document-wide paragraph defaults: widow control off (lines stay on the grid, 22 a page); punctuation may
 * hang past the line end (w:overflowPunct on, Word's default for Chinese text, written out because
 * LibreOffice 7.4 reads the value inverted: "1" makes it push the last character down instead of hanging
 * the mark, which it otherwise sometimes fails to draw — a lost "、" or "，"); and no automatic space between
 * Han and Latin/digits (so "2024年5月28日" is as wide as the sign-off geometry assumes).
 */
export function withParagraphDefaults(stylesXml: string): string {
  return stylesXml.replace(
    "<w:pPrDefault><w:pPr>",
    '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:overflowPunct w:val="1"/>' +
      '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>',
  );
}

/**
 * Gives the PAGE field a cached result, as Word writes it: readers that do not compute fields (python-docx,
 * mammoth, previewers) then read “— 1 —” instead of “— —”. The odd-page footer (right-aligned) caches 1, the
 * even-page footer 2; Word and LibreOffice recompute the number on every page.
 */
export function withPageNumberCache(footerXml: string): string {
  const cached = footerXml.includes('<w:jc w:val="left"/>') ? "2" : "1";
  return footerXml.replace(
    /(<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="separate"\/><\/w:r>)/g,
    (_m, sep: string, rPr: string | undefined) => `${sep}<w:r>${rPr ?? ""}<w:t>${cached}</w:t></w:r>`,
  );
}

/**
 * Style fixes docx's options cannot express: the title is set off the 22-line grid (w:snapToGrid off; LibreOffice
 * otherwise gives each 二号 line two grid rows), and docx's unused default Heading 1–6 and Title styles lose their
 * blue (a clerk applying one in Word gets black text, as every 公文 element is).
 */
export function withStyleFixes(stylesXml: string, titleStyleId: string): string {
  return stylesXml.replace(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g, (st, id: string) => {
    if (id === titleStyleId) return st.replace("<w:pPr><w:spacing", '<w:pPr><w:snapToGrid w:val="0"/><w:spacing');
    if (/^(?:Heading\d|Title)$/.test(id)) return st.replace(/<w:color\b[^>]*\/>/g, "");
    return st;
  });
}

/** Unzips the package, applies the indent plan to document, styles and footers, and zips it again. */
export function postProcessDocx(docx: Uint8Array, plan: IndentPlan): Uint8Array {
  const files = unzipSync(docx);
  const edit = (name: string, f: (xml: string) => string): void => {
    const data = files[name];
    if (!data) throw new Error(`post-process: ${name} missing from the package`);
    files[name] = strToU8(f(strFromU8(data)));
  };
  edit("word/document.xml", (x) => addParagraphChars(x, plan.paragraphs));
  edit("word/styles.xml", (x) => withStyleFixes(withParagraphDefaults(addStyleChars(x, plan.styles)), plan.titleStyle));
  for (const name of Object.keys(files)) {
    if (/^word\/footer\d+\.xml$/.test(name)) {
      edit(name, (x) => withPageNumberCache(addFooterChars(x, plan.footerCharTwips)));
    }
  }
  edit("word/_rels/document.xml.rels", withRecordRelationship);
  edit("[Content_Types].xml", withRecordContentType);
  edit("word/fontTable.xml", () => fontTableXml(plan.fonts));
  files[RECORD_PART] = strToU8(plan.recordXml);
  for (const [name, xml] of RECORD_STATIC_PARTS) files[name] = strToU8(xml);
  return zipSync(files, { level: 6 });
}
