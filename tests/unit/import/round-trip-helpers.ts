// Round-trip comparison: content and order of a letter's text, modulo regenerated numbering and layout.
import { buildLayout } from "../../../shared/letter/build-layout";
import { formatChineseDate } from "../../../shared/letter/dates";
import type { LayoutBlock } from "../../../shared/letter/layout-types";
import { DEFAULT_SETTINGS } from "../../../shared/model/settings";
import type { ImportResult } from "../../../shared/import/types";

const LABEL = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]|（\d+）)/u;

/**
 * Normalises text for comparison: heading labels at paragraph starts go (the app regenerates them; a table
 * cell's paragraphs are separated by spaces, so spaces count as paragraph breaks too),
 * then whitespace, table bars and 。 go (a heading printed on its own line loses the 。 it had inline).
 */
export function normalise(text: string): string {
  return text
    .split(/\s+/u)
    .map((line) => line.trim().replace(LABEL, ""))
    .join("")
    .replace(/[\s|。]/gu, "");
}

function blockText(b: LayoutBlock): string {
  switch (b.kind) {
    case "salutation":
    case "note":
      return b.text;
    case "paragraph":
      return b.runs.map((r) => r.text).join("");
    case "signOff":
      return `${b.unit}\n${b.dateText}`;
    case "attachmentNote":
      return `附件：${b.items.join("\n")}`;
    case "cc":
      return `抄送：${b.organs.join("，")}。`;
    default:
      return "";
  }
}

/** The letter's text as laid out, from the salutation on, without the 附注 notes (they move below the date). */
export function layoutLetterText(r: ImportResult): string {
  if (!r.draft) throw new Error("no draft");
  const layout = buildLayout(r.draft, DEFAULT_SETTINGS, { sealed: false, isDraft: false });
  const from = layout.blocks.findIndex((b) => b.kind === "salutation");
  return layout.blocks
    .slice(from)
    .filter((b) => !(b.kind === "note" && b.source.path.startsWith("signOff.notes")))
    .map(blockText)
    .join("\n");
}

/**
 * The cleaned source from the salutation on, with the two edits the importer makes on purpose:
 * the 附注 notes are taken out (they are printed below the date) and a collapsed date is written out.
 */
export function expectedLetterText(r: ImportResult): string {
  if (!r.draft) throw new Error("no draft");
  const salutation = r.draft.letter.salutation ?? "";
  let text = r.source.slice(r.source.indexOf(salutation));
  for (const note of r.draft.letter.signOff.notes) text = text.replace(note, "");
  const date = r.draft.letter.signOff.date;
  if (r.meta.dateText !== null && date !== null) text = text.replace(r.meta.dateText, formatChineseDate(date));
  return text;
}
