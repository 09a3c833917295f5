// Parts docx does not write for us: the font table Word and WPS substitute from, and the letter's record as a
// custom XML part (customXml/item1.xml) so that importing our own export gives back the same draft.
import type { Draft } from "../../../../shared/model/draft";
import { FONT_NAMES, FONT_ROLES } from "./styles";
import { escapeXml } from "./xml-text";

/** Namespace of the embedded record (also its schemaRef in itemProps1.xml). */
export const RECORD_NAMESPACE = "urn:replydesk:letter-record:1";
/** The letter's part holding the record. */
export const RECORD_PART = "customXml/item1.xml";

const CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The record part: the draft as JSON text in one element (null → an empty element, for layouts without a draft). */
export function recordPartXml(draft: Draft | null): string {
  const body = draft === null ? "" : escapeXml(JSON.stringify(draft));
  return `${XML_DECL}<rd:letterRecord xmlns:rd="${RECORD_NAMESPACE}">${body}</rd:letterRecord>`;
}

/** The static parts that go with the record part, in package order after it. */
export const RECORD_STATIC_PARTS: readonly (readonly [string, string])[] = [
  [
    "customXml/itemProps1.xml",
    `${XML_DECL}<ds:datastoreItem ds:itemID="{6F1E3C2A-5B7D-4E9A-8C1F-2D3B4A5E6F70}" ` +
      `xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>` +
      `<ds:schemaRef ds:uri="${RECORD_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  ],
  [
    "customXml/_rels/item1.xml.rels",
    `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" ` +
      `Target="itemProps1.xml"/></Relationships>`,
  ],
];

/** document.xml.rels with the relationship to the record part. */
export function withRecordRelationship(rels: string): string {
  return rels.replace(
    "</Relationships>",
    `<Relationship Id="rIdRdRecord" Type="${CUSTOM_XML_REL}" Target="../${RECORD_PART}"/></Relationships>`,
  );
}

/** [Content_Types].xml with the record properties' content type (item1.xml is plain application/xml). */
export function withRecordContentType(types: string): string {
  return types.replace(
    "</Types>",
    '<Override ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml" ' +
      'PartName="/customXml/itemProps1.xml"/></Types>',
  );
}

/**
 * How Word and WPS should substitute each official font on a machine without it: the Windows family it belongs to
 * (altName), the GB2312 character set (w:charset 86) and the family class. Without these entries Word falls back
 * to its default font instead of 仿宋 / 楷体 / 宋体.
 */
const FONT_FALLBACKS: Readonly<
  Record<string, { readonly alt: string; readonly family: string; readonly panose: string }>
> = {
  仿宋_GB2312: { alt: "仿宋", family: "modern", panose: "02010609030101010101" },
  仿宋: { alt: "FangSong", family: "modern", panose: "02010609060101010101" },
  方正仿宋_GBK: { alt: "仿宋", family: "script", panose: "02000000000000000000" },
  楷体_GB2312: { alt: "楷体", family: "modern", panose: "02010609030101010101" },
  楷体: { alt: "KaiTi", family: "modern", panose: "02010609060101010101" },
  方正楷体_GBK: { alt: "楷体", family: "script", panose: "02000000000000000000" },
  方正小标宋简体: { alt: "宋体", family: "script", panose: "02000000000000000000" },
  方正小标宋_GBK: { alt: "宋体", family: "script", panose: "02000000000000000000" },
  黑体: { alt: "SimHei", family: "modern", panose: "02010609060101010101" },
  方正黑体_GBK: { alt: "黑体", family: "script", panose: "02000000000000000000" },
  宋体: { alt: "SimSun", family: "auto", panose: "02010600030101010101" },
};

/** word/fontTable.xml listing the letter's fonts (names as the styles use them). */
export function fontTableXml(fonts: Readonly<Record<string, string>> = FONT_NAMES): string {
  const names = [...new Set(FONT_ROLES.map((r) => fonts[r] ?? "").filter((n) => n !== ""))];
  const entries = names.map((name) => {
    const f = FONT_FALLBACKS[name] ?? { alt: "宋体", family: "auto", panose: "02010600030101010101" };
    return (
      `<w:font w:name="${escapeXml(name)}"><w:altName w:val="${escapeXml(f.alt)}"/>` +
      `<w:panose1 w:val="${f.panose}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/>` +
      `<w:pitch w:val="${name === "宋体" ? "variable" : "fixed"}"/></w:font>`
    );
  });
  return (
    `${XML_DECL}<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `${entries.join("")}</w:fonts>`
  );
}
