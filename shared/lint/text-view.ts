// The letter as resolved text fields, each with a map from resolved offsets back to the stored text,
// so rules read what the letter prints ({{var:…}}/{{fig:…}} resolved) and report stored-text locations.
import type { Draft, Measure } from "../model/draft";
import type { Settings } from "../model/settings";
import { defaultSalutation } from "../letter/salutation";
import { generateTitle, titleBureauOf } from "../letter/title";
import { resolveText, type VariableContext } from "../letter/variables";
import type { FindingLocation, TextEdit } from "./types";

/** What part of the letter a field is. */
export type FieldKind =
  | "title"
  | "salutation"
  | "opening"
  | "background"
  | "sectionHeading"
  | "paragraph"
  | "measureHeading"
  | "measureText"
  | "closing"
  | "note"
  | "attachment"
  | "cc"
  | "signUnit"
  | "contact"
  | "record";

/** A stretch of resolved text and the stored-text stretch it came from (a whole token, or plain text). */
interface Segment {
  readonly resStart: number;
  readonly resEnd: number;
  readonly srcStart: number;
  readonly srcEnd: number;
  readonly token: boolean;
}

/** One text field of the letter as printed. */
export interface ViewField {
  readonly path: string;
  readonly kind: FieldKind;
  /** Resolved text. */
  readonly text: string;
  /** False when the text is generated (title/salutation from the record): no quick fix can edit it. */
  readonly editable: boolean;
  readonly segments: readonly Segment[];
}

/** All fields in document order, with lookup by path. */
export interface LintView {
  readonly fields: readonly ViewField[];
  readonly byPath: ReadonlyMap<string, ViewField>;
  /** Body fields (opening to closing) joined by newlines, for whole-letter searches. */
  readonly bodyText: string;
}

const TOKEN = /\{\{\s*(?:var|fig)\s*:\s*[^{}]+?\s*\}\}/g;

function resolveField(path: string, kind: FieldKind, source: string, ctx: VariableContext, editable = true): ViewField {
  const segments: Segment[] = [];
  let text = "";
  let last = 0;
  const plain = (to: number): void => {
    if (to <= last) return;
    segments.push({ resStart: text.length, resEnd: text.length + to - last, srcStart: last, srcEnd: to, token: false });
    text += source.slice(last, to);
  };
  for (const m of source.matchAll(TOKEN)) {
    plain(m.index);
    const value = resolveText(m[0], ctx);
    segments.push({
      resStart: text.length,
      resEnd: text.length + value.length,
      srcStart: m.index,
      srcEnd: m.index + m[0].length,
      token: true,
    });
    text += value;
    last = m.index + m[0].length;
  }
  plain(source.length);
  return { path, kind, text, editable, segments };
}

/** Maps a resolved range to the stored range; `clean` is false when it touches a token (no safe fix). */
export function toSource(field: ViewField, start: number, end: number): { start: number; end: number; clean: boolean } {
  const segs = field.segments;
  const last = segs[segs.length - 1];
  if (!last) return { start: 0, end: 0, clean: field.editable };
  const at = (pos: number, isEnd: boolean): number => {
    for (const seg of segs) {
      const inside = isEnd ? pos > seg.resStart && pos <= seg.resEnd : pos >= seg.resStart && pos < seg.resEnd;
      if (!inside) continue;
      if (seg.token) return isEnd ? seg.srcEnd : seg.srcStart;
      return seg.srcStart + (pos - seg.resStart);
    }
    return pos <= 0 ? 0 : last.srcEnd;
  };
  const s = at(start, false);
  const e = end > start ? Math.max(s, at(end, true)) : s;
  let clean = field.editable;
  for (const seg of segs) {
    if (!seg.token) continue;
    const overlaps =
      end > start ? seg.resStart < end && seg.resEnd > start : seg.resStart < start && start < seg.resEnd;
    if (overlaps) clean = false;
  }
  return { start: s, end: e, clean };
}

/** The stored-text location of a resolved range of a field. */
export function locate(field: ViewField, start: number, end: number): FindingLocation {
  const r = toSource(field, start, end);
  return { path: field.path, start: r.start, end: r.end };
}

/** A quick-fix edit replacing a resolved range, or null when the range is generated or touches a token. */
export function editAt(field: ViewField, start: number, end: number, replacement: string): TextEdit | null {
  const r = toSource(field, start, end);
  return r.clean ? { path: field.path, start: r.start, end: r.end, replacement } : null;
}

function measureFields(
  list: readonly Measure[],
  base: string,
  add: (p: string, k: FieldKind, t: string) => void,
): void {
  list.forEach((m, i) => {
    const path = `${base}.${i}`;
    if (m.heading !== "") add(`${path}.heading`, "measureHeading", m.heading);
    add(`${path}.text`, "measureText", m.text);
    measureFields(m.children, `${path}.children`, add);
  });
}

const BODY_KINDS: ReadonlySet<FieldKind> = new Set([
  "opening",
  "background",
  "sectionHeading",
  "paragraph",
  "measureHeading",
  "measureText",
  "closing",
]);

/** Whether a field is part of the letter body (opening to closing). */
export function isBodyField(f: ViewField): boolean {
  return BODY_KINDS.has(f.kind);
}

/** Builds the resolved view of a draft: every text field in document order. */
export function buildLintView(draft: Draft, settings: Settings, imported: boolean): LintView {
  const { letter, record } = draft;
  const ctx: VariableContext = { record, bureau: settings.bureau, figures: draft.figures };
  const fields: ViewField[] = [];
  const add = (path: string, kind: FieldKind, text: string): void => {
    fields.push(resolveField(path, kind, text, ctx));
  };
  if (record.docNumber !== null) add("record.docNumber", "record", record.docNumber);
  if (record.session !== "") add("record.session", "record", record.session);
  if (letter.title !== null) add("title", "title", letter.title);
  else
    fields.push(
      resolveField("title", "title", generateTitle(record, titleBureauOf(draft, settings.bureau)), ctx, false),
    );
  if (letter.salutation !== null) add("salutation", "salutation", letter.salutation);
  else if (!imported) fields.push(resolveField("salutation", "salutation", defaultSalutation(record), ctx, false));
  add("opening", "opening", letter.opening);
  letter.background.forEach((t, i) => add(`background.${i}`, "background", t));
  letter.sections.forEach((s, si) => {
    add(`sections.${si}.heading`, "sectionHeading", s.heading);
    s.paragraphs.forEach((t, pi) => add(`sections.${si}.paragraphs.${pi}`, "paragraph", t));
    measureFields(s.measures, `sections.${si}.measures`, add);
  });
  letter.closing.forEach((t, i) => add(`closing.${i}`, "closing", t));
  letter.signOff.attachments.forEach((t, i) => add(`signOff.attachments.${i}`, "attachment", t));
  if (letter.signOff.unit !== null) add("signOff.unit", "signUnit", letter.signOff.unit);
  add("signOff.contactName", "contact", letter.signOff.contactName);
  add("signOff.contactPhone", "contact", letter.signOff.contactPhone);
  letter.signOff.notes.forEach((t, i) => add(`signOff.notes.${i}`, "note", t));
  letter.signOff.cc.forEach((t, i) => add(`signOff.cc.${i}`, "cc", t));
  const byPath = new Map(fields.map((f) => [f.path, f]));
  const bodyText = fields
    .filter(isBodyField)
    .map((f) => f.text)
    .join("\n");
  return { fields, byPath, bodyText };
}
