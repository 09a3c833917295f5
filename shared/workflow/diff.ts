// Readable character-level diff of two letters, block by block (title, opening, sections, measures, sign-off).
import { diffChars } from "diff";
import type { LetterBody, Measure } from "../model/draft";

/** Which part of the letter a block belongs to. */
export type LetterPart =
  | "title"
  | "salutation"
  | "opening"
  | "background"
  | "sectionHeading"
  | "paragraph"
  | "measure"
  | "closing"
  | "signOff";

/** One anchorable block of the letter: comments anchor to `path`, diffs align blocks by `key`. */
export interface LetterBlock {
  readonly part: LetterPart;
  /** Position path such as "sections.1.measures.0" (what comments anchor to). */
  readonly path: string;
  /** Stable identity across edits (uses section/measure ids), so moved blocks still line up. */
  readonly key: string;
  readonly text: string;
}

/** One run of a diff: unchanged, added or removed text. */
export interface DiffChange {
  readonly value: string;
  readonly added?: true;
  readonly removed?: true;
}

/** The changes in one block; only changed blocks are listed. */
export interface PartDiff {
  readonly part: LetterPart;
  /** Path in the newer letter (or the older one for a removed block). */
  readonly path: string;
  readonly changes: readonly DiffChange[];
}

function measureBlocks(measures: readonly Measure[], base: string, out: LetterBlock[]): void {
  measures.forEach((m, i) => {
    const path = `${base}.${i}`;
    out.push({ part: "measure", path, key: `measure:${m.id}`, text: m.heading ? `${m.heading}${m.text}` : m.text });
    measureBlocks(m.children, `${path}.children`, out);
  });
}

function signOffText(s: LetterBody["signOff"]): string {
  const lines = [
    s.unit ?? "",
    s.date ?? "",
    [s.contactName, s.contactPhone].filter(Boolean).join(" "),
    ...s.notes,
    s.cc.length > 0 ? `抄送：${s.cc.join("，")}` : "",
    ...s.attachments.map((a) => `附件：${a}`),
  ];
  return lines.filter((l) => l !== "").join("\n");
}

/** The letter as an ordered list of blocks, each with its part, path and text. */
export function letterBlocks(letter: LetterBody): LetterBlock[] {
  const out: LetterBlock[] = [];
  out.push({ part: "title", path: "title", key: "title", text: letter.title ?? "" });
  out.push({ part: "salutation", path: "salutation", key: "salutation", text: letter.salutation ?? "" });
  out.push({ part: "opening", path: "opening", key: "opening", text: letter.opening });
  letter.background.forEach((t, i) =>
    out.push({ part: "background", path: `background.${i}`, key: `background.${i}`, text: t }),
  );
  letter.sections.forEach((s, i) => {
    const base = `sections.${i}`;
    out.push({ part: "sectionHeading", path: `${base}.heading`, key: `section:${s.id}.heading`, text: s.heading });
    s.paragraphs.forEach((p, j) =>
      out.push({ part: "paragraph", path: `${base}.paragraphs.${j}`, key: `section:${s.id}.paragraphs.${j}`, text: p }),
    );
    measureBlocks(s.measures, `${base}.measures`, out);
  });
  letter.closing.forEach((t, i) => out.push({ part: "closing", path: `closing.${i}`, key: `closing.${i}`, text: t }));
  out.push({ part: "signOff", path: "signOff", key: "signOff", text: signOffText(letter.signOff) });
  return out;
}

/** Longest unchanged run that is still absorbed into the surrounding change, so a diff reads as phrases. */
const ABSORB_EQUAL_UP_TO = 1;

/**
 * Character diff tuned for Chinese: a lone common character between two changes (a 的 or 。 that
 * happens to match) is folded into the change, and each changed stretch is shown as removed then added.
 */
export function diffText(before: string, after: string): DiffChange[] {
  const raw = diffChars(before, after);
  // Fold short equal runs that sit between changes into both sides of the change.
  const folded: { value: string; kind: "eq" | "add" | "del" }[] = [];
  raw.forEach((c, i) => {
    const kind = c.added ? "add" : c.removed ? "del" : "eq";
    const between = i > 0 && i < raw.length - 1 && kind === "eq";
    if (between && [...c.value].length <= ABSORB_EQUAL_UP_TO) {
      folded.push({ value: c.value, kind: "del" }, { value: c.value, kind: "add" });
    } else {
      folded.push({ value: c.value, kind });
    }
  });
  // Coalesce: each maximal run of changes becomes one removed then one added.
  const out: DiffChange[] = [];
  let del = "";
  let add = "";
  const flush = (): void => {
    if (del) out.push({ value: del, removed: true });
    if (add) out.push({ value: add, added: true });
    del = "";
    add = "";
  };
  for (const f of folded) {
    if (f.kind === "del") del += f.value;
    else if (f.kind === "add") add += f.value;
    else {
      flush();
      const last = out[out.length - 1];
      if (last && !last.added && !last.removed) out[out.length - 1] = { value: last.value + f.value };
      else out.push({ value: f.value });
    }
  }
  flush();
  return out;
}

/** Block-by-block diff between two letters; unchanged blocks are left out. */
export function diffLetters(before: LetterBody, after: LetterBody): PartDiff[] {
  const old = new Map(letterBlocks(before).map((b) => [b.key, b]));
  const seen = new Set<string>();
  const out: PartDiff[] = [];
  for (const b of letterBlocks(after)) {
    const prev = old.get(b.key);
    seen.add(b.key);
    const beforeText = prev?.text ?? "";
    if (beforeText === b.text) continue;
    out.push({ part: b.part, path: b.path, changes: diffText(beforeText, b.text) });
  }
  for (const b of letterBlocks(before)) {
    if (seen.has(b.key) || b.text === "") continue;
    out.push({ part: b.part, path: b.path, changes: [{ value: b.text, removed: true }] });
  }
  return out;
}

/** The diff rendered as plain text with 【删：…】【增：…】 marks (CLI, logs, tests). */
export function renderDiffText(changes: readonly DiffChange[]): string {
  return changes.map((c) => (c.removed ? `【删：${c.value}】` : c.added ? `【增：${c.value}】` : c.value)).join("");
}
