// The letter as the review view shows it: blocks with a Chinese place name, readable text and their diff.
import { defaultSalutation } from "../../../../shared/letter/salutation";
import { describePath } from "../../../../shared/letter/text-fields";
import { generateTitle } from "../../../../shared/letter/title";
import { resolveText, type VariableContext } from "../../../../shared/letter/variables";
import type { Draft } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";
import { letterBlocks, type DiffChange, type PartDiff } from "../../../../shared/workflow/diff";

/** One block of the review view. */
export interface ReviewBlock {
  /** Anchor path, e.g. "sections.1.measures.0" (what comments attach to). */
  readonly path: string;
  /** Where it is, in words: 标题, 第二部分（一）, 结尾第1段… */
  readonly label: string;
  /** The text with figures and variables filled in. */
  readonly text: string;
  /** The changes since the base version, or null when the block is unchanged (or there is no base). */
  readonly changes: readonly DiffChange[] | null;
}

/** The review view of a letter: its blocks in order, and the blocks deleted since the base version. */
export interface ReviewLetter {
  readonly blocks: readonly ReviewBlock[];
  readonly removed: readonly ReviewBlock[];
}

/** The text a diff ends with (unchanged and added runs). */
function afterText(part: PartDiff): string {
  return part.changes
    .filter((c) => !c.removed)
    .map((c) => c.value)
    .join("");
}

/** Blocks of `draft` with labels, readable text and the diff parts matched to them. */
export function reviewLetter(draft: Draft, settings: Settings, parts: readonly PartDiff[]): ReviewLetter {
  const ctx: VariableContext = { record: draft.record, bureau: settings.bureau, figures: draft.figures };
  const readable = (text: string): string => resolveText(text, ctx);
  const unused = new Set(parts);
  const blocks = letterBlocks(draft.letter).map((b): ReviewBlock => {
    // A part belongs to the block at its path only if it ends with the block's text (a removed block can
    // share the path of the block that moved into its place).
    const part = [...unused].find((p) => p.path === b.path && afterText(p) === b.text) ?? null;
    if (part) unused.delete(part);
    let text = readable(b.text);
    if (b.part === "title" && text === "") text = generateTitle(draft.record, settings.bureau);
    if (b.part === "salutation" && text === "") text = defaultSalutation(draft.record);
    const changes = part ? part.changes.map((c) => ({ ...c, value: readable(c.value) })) : null;
    return { path: b.path, label: describePath(draft.letter, b.path), text, changes };
  });
  const removed = [...unused].map((p): ReviewBlock => ({
    path: p.path,
    label: `原${describePath(draft.letter, p.path)}`,
    text: "",
    changes: p.changes.map((c) => ({ ...c, value: readable(c.value) })),
  }));
  return { blocks, removed };
}
