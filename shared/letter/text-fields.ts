// Every editable text field of a letter with its dotted path into Draft.letter, and Chinese names for paths.
import type { LetterBody, Measure } from "../model/draft";
import { chineseNumeral, deeperLevel, siblingLabels, type HeadingLevel } from "./numbering";

/** One text field: where it is (path into Draft.letter) and what it says. */
export interface TextField {
  readonly path: string;
  readonly text: string;
}

function measureFields(measures: readonly Measure[], base: string, out: TextField[]): void {
  measures.forEach((m, i) => {
    const path = `${base}.${i}`;
    if (m.heading !== "") out.push({ path: `${path}.heading`, text: m.heading });
    out.push({ path: `${path}.text`, text: m.text });
    measureFields(m.children, `${path}.children`, out);
  });
}

/** All text fields of a letter in document order (title and salutation only when set by hand). */
export function letterTextFields(letter: LetterBody): TextField[] {
  const out: TextField[] = [];
  if (letter.title !== null) out.push({ path: "title", text: letter.title });
  if (letter.salutation !== null) out.push({ path: "salutation", text: letter.salutation });
  out.push({ path: "opening", text: letter.opening });
  letter.background.forEach((t, i) => out.push({ path: `background.${i}`, text: t }));
  letter.sections.forEach((s, si) => {
    out.push({ path: `sections.${si}.heading`, text: s.heading });
    s.paragraphs.forEach((t, pi) => out.push({ path: `sections.${si}.paragraphs.${pi}`, text: t }));
    measureFields(s.measures, `sections.${si}.measures`, out);
  });
  letter.closing.forEach((t, i) => out.push({ path: `closing.${i}`, text: t }));
  letter.signOff.notes.forEach((t, i) => out.push({ path: `signOff.notes.${i}`, text: t }));
  letter.signOff.attachments.forEach((t, i) => out.push({ path: `signOff.attachments.${i}`, text: t }));
  letter.signOff.cc.forEach((t, i) => out.push({ path: `signOff.cc.${i}`, text: t }));
  return out;
}

const PLAIN: Readonly<Record<string, string>> = {
  title: "标题",
  salutation: "称呼",
  opening: "开头",
  "signOff.date": "成文日期",
  "signOff.unit": "署名",
};

/** A Chinese description of a path for messages, e.g. sections.1.measures.0.text → 第二部分（一）. */
export function describePath(letter: LetterBody, path: string): string {
  const plain = PLAIN[path];
  if (plain) return plain;
  const parts = path.split(".");
  const num = (s: string | undefined): number => Number(s ?? "0");
  switch (parts[0]) {
    case "background":
      return `开头背景第${num(parts[1]) + 1}段`;
    case "closing":
      return `结尾第${num(parts[1]) + 1}段`;
    case "signOff":
      return { notes: "附注", cc: "抄送", attachments: "附件说明" }[parts[1] ?? ""] ?? "落款";
    case "sections":
      break;
    default:
      return path;
  }
  const si = num(parts[1]);
  const section = letter.sections[si];
  let where = `第${chineseNumeral(si + 1)}部分`;
  if (parts[2] === "heading") return `${where}标题`;
  if (parts[2] === "paragraphs") return `${where}第${num(parts[3]) + 1}段`;
  let siblings: readonly Measure[] = section?.measures ?? [];
  let level: HeadingLevel = 2;
  for (let i = 2; i + 1 < parts.length && (parts[i] === "measures" || parts[i] === "children"); i += 2) {
    const idx = num(parts[i + 1]);
    where += siblingLabels(siblings, level)[idx] ?? `第${idx + 1}项`;
    siblings = siblings[idx]?.children ?? [];
    level = deeperLevel(level);
  }
  return where;
}
