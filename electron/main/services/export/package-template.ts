// The parts of a letter's package that do not depend on its text — styles, settings, fonts, theme,
// numbering, headers (草稿 mark, 信函格式 letterhead), footers, relationships, content types, the seal
// picture — packed once by docx per configuration, post-processed, compressed, and cached.
import { createHash } from "node:crypto";
import { Packer, Paragraph } from "docx";
import type { Document } from "docx";
import type { IContext } from "docx";
import { strFromU8, unzipSync } from "fflate";
import type { LetterConfig, LetterMeta } from "./letter-document";
import { letterDocument } from "./letter-document";
import {
  fontTableXml,
  RECORD_PART,
  RECORD_STATIC_PARTS,
  withRecordContentType,
  withRecordRelationship,
} from "./package-extras";
import { pageTwips } from "./page";
import {
  addFooterChars,
  addStyleChars,
  withPageNumberCache,
  withParagraphDefaults,
  withStyleFixes,
} from "./post-process";
import { sealImage } from "./seal";
import { PARA_STYLE, STYLE_CHAR_INDENTS } from "./styles";
import type { ZipEntry } from "./zip-writer";
import { zipEntry } from "./zip-writer";

/** The parts every letter writes itself; the template keeps their place in the package order. */
export const LETTER_PARTS = ["word/document.xml", "docProps/core.xml", "docProps/custom.xml", RECORD_PART] as const;

/** One part of the package: prepared once, or written by each letter. */
type TemplatePart =
  | { readonly kind: "static"; readonly entry: ZipEntry }
  | { readonly kind: "letter"; readonly name: (typeof LETTER_PARTS)[number] };

/** A packed configuration: what each letter of that configuration reuses. */
export interface PackageTemplate {
  /** Parts in docx's package order. */
  readonly parts: readonly TemplatePart[];
  /** word/document.xml up to and including `<w:body>`. */
  readonly documentHead: string;
  /** word/document.xml from the body's closing section properties to the end. */
  readonly documentTail: string;
  /** The context docx prepares body paragraphs in (the template's document, so pictures find their media). */
  readonly context: IContext;
  /** `{key}` placeholders docx writes for pictures → the relationship number they get in document.xml.rels. */
  readonly mediaIds: ReadonlyMap<string, string>;
}

/** Static XML parts are compressed once, so a slower, smaller level costs nothing per letter. */
const STATIC_LEVEL = 6;
/** Configurations kept: a batch uses one or two; settings changes add a few. */
const MAX_TEMPLATES = 8;

const cache = new Map<string, PackageTemplate>();

/** The cache key: every input the template's parts depend on. */
export function templateKey(config: LetterConfig): string {
  const seal = config.seal === null ? null : createHash("sha1").update(config.seal.png).digest("hex");
  return JSON.stringify([config.page, config.level3Bold, config.fonts, config.letterheadUnit, config.isDraft, seal]);
}

const BODY_OPEN = "<w:body>";
const BODY_CLOSE = "</w:body>";

function splitDocument(xml: string): { head: string; tail: string } {
  const open = xml.indexOf(BODY_OPEN);
  const close = xml.lastIndexOf(BODY_CLOSE);
  const sect = xml.lastIndexOf("<w:sectPr", close);
  if (open < 0 || close < 0 || sect < open) throw new Error("package-template: unexpected document.xml shape");
  return { head: xml.slice(0, open + BODY_OPEN.length), tail: xml.slice(sect) };
}

/** Relationship numbers of the pictures in document.xml.rels, by the placeholder key docx uses for them. */
function mediaRelationships(rels: string, media: readonly (readonly [string, { readonly fileName: string }])[]) {
  const ids = new Map<string, string>();
  for (const [key, { fileName }] of media) {
    const m = new RegExp(`<Relationship Id="rId(\\d+)"[^>]*Target="media/${fileName.replace(/\./g, "\\.")}"`).exec(
      rels,
    );
    if (!m?.[1]) throw new Error(`package-template: no relationship for media/${fileName}`);
    ids.set(key, m[1]);
  }
  return ids;
}

/** The parts of a package by path, in docx's order: XML as text, pictures as bytes. */
export type PackageParts = ReadonlyMap<string, string | Uint8Array>;

/** docx's Compiler, which Packer zips the output of; a private member of Packer in docx 9.15 (pinned). */
interface DocxCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly never[]): unknown;
}

function isCompiler(c: unknown): c is DocxCompiler {
  return typeof c === "object" && c !== null && typeof Reflect.get(c, "compile") === "function";
}

function isParts(m: unknown): m is PackageParts {
  return (
    m instanceof Map &&
    [...m].every(([k, v]) => typeof k === "string" && (typeof v === "string" || v instanceof Uint8Array))
  );
}

/**
 * The package's parts. Packer.pack deflates every part with fflate and we would inflate them again: in a fresh
 * process that round trip is two thirds of the template's cost (mostly compiling fflate's code), so the parts are
 * taken from the compiler Packer uses, before zipping. Should a docx update move it, the public Packer.pack +
 * unzip path gives the same parts (fast-path.test.ts compares the results with Packer's whole package).
 */
export async function packageParts(
  doc: Document,
  compiler: unknown = Reflect.get(Packer, "compiler"),
): Promise<PackageParts> {
  if (isCompiler(compiler)) {
    const parts = compiler.compile(doc, undefined, []);
    if (isParts(parts)) return parts;
  }
  return new Map(Object.entries(unzipSync(await Packer.pack(doc, "uint8array"))));
}

async function buildTemplate(config: LetterConfig): Promise<PackageTemplate> {
  const t = pageTwips(config.page);
  // The body only has to make docx write the parts the letters need: the seal's media and relationship.
  const probe =
    config.seal === null
      ? new Paragraph({})
      : new Paragraph({ children: [sealImage(config.seal.png, config.seal.info, { centreX: 0, centreY: 0 })] });
  const meta: LetterMeta = { title: "", author: "", description: "", custom: [] };
  const doc = letterDocument(config, meta, [probe]);
  const files = await packageParts(doc);
  const text = (name: string): string => {
    const data = files.get(name);
    if (data === undefined) throw new Error(`package-template: ${name} missing from the package`);
    return typeof data === "string" ? data : strFromU8(data);
  };
  const { head, tail } = splitDocument(text("word/document.xml"));
  const edited: Record<string, (xml: string) => string> = {
    "word/_rels/document.xml.rels": withRecordRelationship,
    "[Content_Types].xml": withRecordContentType,
    "word/fontTable.xml": () => fontTableXml(config.fonts),
    "word/styles.xml": (x) =>
      withStyleFixes(withParagraphDefaults(addStyleChars(x, STYLE_CHAR_INDENTS)), PARA_STYLE.title),
  };
  const parts: TemplatePart[] = [...files.keys()].map((name) => {
    const letterPart = LETTER_PARTS.find((p) => p === name);
    if (letterPart) return { kind: "letter", name: letterPart };
    const edit =
      edited[name] ??
      (/^word\/footer\d+\.xml$/.test(name) ? (x: string) => withPageNumberCache(addFooterChars(x, t.smallChar)) : null);
    const data = files.get(name) ?? "";
    const content = edit ? edit(text(name)) : typeof data === "string" ? data : new Uint8Array(data);
    // Pictures are compressed already: stored.
    return { kind: "static", entry: zipEntry(name, content, name.startsWith("word/media/") ? 0 : STATIC_LEVEL) };
  });
  // The record part (per letter) and its properties and relationships (static) follow docx's parts.
  parts.push({ kind: "letter", name: RECORD_PART });
  for (const [name, xml] of RECORD_STATIC_PARTS)
    parts.push({ kind: "static", entry: zipEntry(name, xml, STATIC_LEVEL) });
  for (const p of LETTER_PARTS) {
    if (!parts.some((x) => x.kind === "letter" && x.name === p)) throw new Error(`package-template: ${p} missing`);
  }
  const mediaIds = mediaRelationships(text("word/_rels/document.xml.rels"), doc.Media.Entries);
  return {
    parts,
    documentHead: head,
    documentTail: tail,
    context: { file: doc, viewWrapper: doc.Document, stack: [] },
    mediaIds,
  };
}

/** The template of a configuration, packed on first use and kept (a few configurations at most). */
export async function packageTemplate(config: LetterConfig): Promise<PackageTemplate> {
  const key = templateKey(config);
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last: the first key is the one to drop.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const made = await buildTemplate(config);
  cache.set(key, made);
  while (cache.size > MAX_TEMPLATES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return made;
}

/** Forgets every template (tests, or after the bureau's settings change). */
export function clearPackageTemplates(): void {
  cache.clear();
}
