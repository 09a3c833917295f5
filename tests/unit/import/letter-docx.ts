// Builds a Word-style .docx of a letter for import tests: body in 仿宋_GB2312, level-1 headings in 黑体
// numbered by Word's list numbering (一、 is not in the text), the way officers' Word files often look.
import { strToU8, zipSync } from "fflate";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

// Word's 一、二、 list numbering (chineseCounting), which lives here and not in the paragraph text.
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLineChars="200"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

const LEVEL1 = /^[一二三四五六七八九十]+、/u;

function xmlText(s: string): string {
  return s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

function paragraph(text: string, font: string, numbered: boolean): string {
  const numPr = numbered ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : "";
  const ind = numbered ? "" : '<w:ind w:firstLineChars="200"/>';
  return (
    `<w:p><w:pPr>${numPr}${ind}</w:pPr><w:r><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}"/></w:rPr>` +
    `<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`
  );
}

/** A .docx of `text` (one paragraph per line); "一、…" lines become 黑体 paragraphs without the written ordinal. */
export function letterDocx(text: string): Uint8Array {
  const body = text
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== "")
    .map((l) => (LEVEL1.test(l) ? paragraph(l.replace(LEVEL1, ""), "黑体", true) : paragraph(l, "仿宋_GB2312", false)))
    .join("");
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(ROOT_RELS),
    "word/document.xml": strToU8(document),
    "word/_rels/document.xml.rels": strToU8(DOCUMENT_RELS),
    "word/numbering.xml": strToU8(NUMBERING),
  });
}
