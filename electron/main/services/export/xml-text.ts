// Writes the XML of one docx component (a Paragraph, a run) without packing a whole document.
// It mirrors docx 9.15's own writer (src/util/xml/stringify.ts, no indentation) quirk for quirk, so a
// paragraph written here is byte for byte what Packer writes for it; tests/unit/export/fast-path.test.ts
// compares the two on whole letters.
import type { IContext, IXmlableObject, XmlComponent } from "docx";

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};
// Control characters XML 1.0 cannot carry are dropped, as docx does.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** Escapes text or an attribute value the way docx does (quotes too, control characters removed). */
export function escapeXml(value: string): string {
  return value.replace(NEEDS_ESCAPE, (c) => ESCAPES[c] ?? "");
}

function escapeValue(value: unknown): string {
  return typeof value === "string" ? escapeXml(value) : String(value);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function attributes(attr: unknown): string {
  if (!isRecord(attr)) return "";
  let out = "";
  for (const key of Object.keys(attr)) out += ` ${key}="${escapeValue(attr[key])}"`;
  return out;
}

/** Writes one xmlable object (`{ "w:p": [ { _attr }, child, … ] }`) as XML. */
export function xmlableToString(data: IXmlableObject): string {
  const name = Object.keys(data)[0];
  const values: unknown = name === undefined ? undefined : data[name];
  let attrs = "";
  // docx's writer keeps a list of content pieces; a string value replaces the piece before it.
  const content: string[] = [];
  if (isRecord(values)) {
    attrs += attributes(values["_attr"]);
    const cdata = values["_cdata"];
    if (typeof cdata === "string") content.push(`<![CDATA[${cdata.replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>`);
    if (Array.isArray(values)) {
      let isText = false;
      content.push("");
      for (const value of values as unknown[]) {
        if (isRecord(value)) {
          if (Object.keys(value)[0] === "_attr") attrs += attributes(value["_attr"]);
          else content.push(xmlableToString(value));
        } else {
          content.pop();
          isText = true;
          content.push(escapeValue(value));
        }
      }
      if (!isText) content.push("");
    }
  } else if (values !== undefined) {
    content.push(escapeValue(values));
  } else {
    content.push("");
  }
  if (name === undefined) return content.join("");
  if (content.length === 0) return `<${name}${attrs}/>`;
  return `<${name}${attrs}>${content.join("")}</${name}>`;
}

/** Prepares a docx component in `context` and writes its XML ("" when docx leaves it out). */
export function componentXml(component: XmlComponent, context: IContext): string {
  const prepared = component.prepForXml(context);
  return prepared === undefined ? "" : xmlableToString(prepared);
}
