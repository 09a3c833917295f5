// docProps/core.xml and docProps/custom.xml of one letter, written as docx 9.15 writes them for the
// Document options letter-document.ts gives (fast-path.test.ts compares them with docx's own output).
import type { LetterMeta } from "./letter-document";
import { escapeXml } from "./xml-text";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const CORE_OPEN =
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
  ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
  ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">';

const CUSTOM_OPEN =
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"' +
  ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">';

/** The property set id Office uses for user-defined properties. */
const USER_DEFINED_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

function element(name: string, text: string): string {
  return text === "" ? "" : `<${name}>${escapeXml(text)}</${name}>`;
}

/** Core properties: title, bureau as creator and last editor, description, revision 1, created = modified = `now`. */
export function coreXml(meta: LetterMeta, now: Date): string {
  const stamp = now.toISOString();
  const time = (name: string): string => `<${name} xsi:type="dcterms:W3CDTF">${stamp}</${name}>`;
  return (
    DECLARATION +
    CORE_OPEN +
    element("dc:title", meta.title) +
    element("dc:creator", meta.author) +
    element("dc:description", meta.description) +
    element("cp:lastModifiedBy", meta.author) +
    "<cp:revision>1</cp:revision>" +
    time("dcterms:created") +
    time("dcterms:modified") +
    "</cp:coreProperties>"
  );
}

/** Custom properties as text (vt:lpwstr), numbered from pid 2 as Office does. */
export function customXml(meta: LetterMeta): string {
  const props = meta.custom.map(
    (p, i) =>
      `<property fmtid="${USER_DEFINED_FMTID}" pid="${i + 2}" name="${escapeXml(p.name)}">` +
      `<vt:lpwstr>${escapeXml(p.value)}</vt:lpwstr></property>`,
  );
  return (
    DECLARATION +
    (props.length === 0 ? CUSTOM_OPEN.replace(/>$/, "/>") : `${CUSTOM_OPEN}${props.join("")}</Properties>`)
  );
}
