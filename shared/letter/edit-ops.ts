// Pure editor operations on a draft, (draft, args) → new draft, for the editor and its undo/redo stack.
// Numbers are never stored, so every operation renumbers by construction. Refusals throw AppError BAD_INPUT.
import { AppError } from "../api/errors";
import type { Draft, DraftRecord, LetterBody, Measure, Section } from "../model/draft";
import { nextId, usedIds } from "./ids";
import {
  assertFits,
  insertAt,
  listAt,
  listLevel,
  measureAt,
  moveWithin,
  sectionAt,
  withList,
  withSection,
  type ListAddress,
  type MeasureAddress,
} from "./measure-tree";

export type { ListAddress, MeasureAddress } from "./measure-tree";

/** Replaces top-level letter fields (opening, background, closing, title, salutation, signOff…). */
export function updateLetter(draft: Draft, patch: Partial<LetterBody>): Draft {
  return { ...draft, letter: { ...draft.letter, ...patch } };
}

/** Replaces record fields (channel, session, proposers…). */
export function updateRecord(draft: Draft, patch: Partial<DraftRecord>): Draft {
  return { ...draft, record: { ...draft.record, ...patch } };
}

/** Adds a section at an index (default: before the 下一步 section, else at the end). */
export function addSection(
  draft: Draft,
  args: { readonly at?: number; readonly heading?: string; readonly role?: Section["role"] } = {},
): Draft {
  const sections = draft.letter.sections;
  const nextStepsAt = sections.findIndex((s) => s.role === "nextSteps");
  const at = args.at ?? (nextStepsAt >= 0 && args.role !== "nextSteps" ? nextStepsAt : sections.length);
  const section: Section = {
    id: nextId("s", usedIds(draft)),
    heading: args.heading ?? "",
    role: args.role ?? "measures",
    paragraphs: [],
    measures: [],
  };
  return updateLetter(draft, { sections: insertAt(sections, at, section) });
}

/** Removes a section with everything in it. */
export function removeSection(draft: Draft, index: number): Draft {
  sectionAt(draft, index);
  return updateLetter(draft, { sections: draft.letter.sections.filter((_, i) => i !== index) });
}

/** Moves a section to another position (一、二、… follow). */
export function moveSection(draft: Draft, from: number, to: number): Draft {
  return updateLetter(draft, { sections: moveWithin(draft.letter.sections, from, to, "部分") });
}

/** Changes a section's heading, role or intro paragraphs. */
export function updateSection(
  draft: Draft,
  index: number,
  patch: Partial<Pick<Section, "heading" | "role" | "paragraphs">>,
): Draft {
  sectionAt(draft, index);
  return withSection(draft, index, (s) => ({ ...s, ...patch }));
}

/** Adds a measure to a list (a section's measures or a measure's children) at an index (default: the end). */
export function addMeasure(
  draft: Draft,
  args: ListAddress & {
    readonly at?: number;
    readonly style: Measure["style"];
    readonly heading?: string;
    readonly text?: string;
  },
): Draft {
  const list = listAt(draft, args);
  const measure: Measure = {
    id: nextId("m", usedIds(draft)),
    style: args.style,
    heading: args.heading ?? "",
    text: args.text ?? "",
    children: [],
  };
  assertFits(measure, listLevel(args));
  return withList(draft, args, (l) => insertAt(l, args.at ?? list.length, measure));
}

/** Removes a measure and its children. */
export function removeMeasure(draft: Draft, at: MeasureAddress): Draft {
  measureAt(draft, at);
  const index = at.path[at.path.length - 1];
  return withList(draft, parentOf(at), (l) => l.filter((_, i) => i !== index));
}

/** Changes a measure's heading or text. */
export function updateMeasure(
  draft: Draft,
  at: MeasureAddress,
  patch: Partial<Pick<Measure, "heading" | "text">>,
): Draft {
  const index = at.path[at.path.length - 1];
  measureAt(draft, at);
  return withList(draft, parentOf(at), (l) => l.map((m, i) => (i === index ? { ...m, ...patch } : m)));
}

function parentOf(at: MeasureAddress): ListAddress {
  return { section: at.section, parent: at.path.slice(0, -1) };
}

function sameList(a: ListAddress, b: ListAddress): boolean {
  return a.section === b.section && a.parent.length === b.parent.length && a.parent.every((v, i) => v === b.parent[i]);
}

/**
 * Moves a measure (with its children) to position `index` of another list, in the same section or another.
 * `index` counts positions in the target list as it is after the measure has been taken out.
 */
export function moveMeasure(draft: Draft, from: MeasureAddress, to: ListAddress & { readonly index: number }): Draft {
  const measure = measureAt(draft, from);
  const fromIndex = from.path[from.path.length - 1] ?? -1;
  const source = parentOf(from);
  if (sameList(source, to)) {
    return withList(draft, source, (l) => moveWithin(l, fromIndex, to.index, "措施"));
  }
  const inside = to.section === from.section && from.path.every((v, i) => to.parent[i] === v);
  if (inside) throw new AppError("BAD_INPUT", "不能把措施移动到它自己的下级中");
  assertFits(measure, listLevel(to));
  listAt(draft, to);
  // Insert first (the target address is still valid), then remove the original by identity.
  const inserted = withList(draft, to, (l) => insertAt(l, to.index, measure));
  const shifted = shiftAfterInsert(source, to);
  return withList(inserted, shifted, (l) => l.filter((m, i) => !(m === measure && i === fromIndex)));
}

// Inserting into a list shifts the source's path only when that list holds one of the source's ancestors
// at or after the insertion index (e.g. outdenting to just after the parent).
function shiftAfterInsert(source: ListAddress, to: ListAddress & { readonly index: number }): ListAddress {
  if (to.section !== source.section || to.parent.length >= source.parent.length) return source;
  if (!to.parent.every((v, i) => source.parent[i] === v)) return source;
  const depth = to.parent.length;
  const ancestorIndex = source.parent[depth] ?? 0;
  if (to.index > ancestorIndex) return source;
  const parent = [...source.parent];
  parent[depth] = ancestorIndex + 1;
  return { section: source.section, parent };
}

/** Promotes a run (一是…) to a sub-heading measure (（一）…): the first sentence becomes its heading. */
export function promoteToSub(draft: Draft, at: MeasureAddress): Draft {
  const m = measureAt(draft, at);
  if (m.style === "sub") return draft;
  const stop = m.text.indexOf("。");
  const split = m.heading === "" && stop > 0 && stop <= 30;
  const heading = split ? m.text.slice(0, stop) : m.heading;
  const text = split ? m.text.slice(stop + 1) : m.text;
  return replaceMeasure(draft, at, { ...m, style: "sub", heading, text });
}

/** Demotes a sub-heading measure (（一）…) to a run (一是…): its heading becomes the first sentence. */
export function demoteToRun(draft: Draft, at: MeasureAddress): Draft {
  const m = measureAt(draft, at);
  if (m.style === "run") return draft;
  const heading = m.heading.trim();
  const text = heading === "" ? m.text : `${/[。；！？]$/.test(heading) ? heading : `${heading}。`}${m.text}`;
  return replaceMeasure(draft, at, { ...m, style: "run", heading: "", text });
}

function replaceMeasure(draft: Draft, at: MeasureAddress, next: Measure): Draft {
  const index = at.path[at.path.length - 1];
  return withList(draft, parentOf(at), (l) => l.map((m, i) => (i === index ? next : m)));
}

/** Indents a measure one level: it becomes the last child of its previous sibling (（一） → 1. → （1）). */
export function indentMeasure(draft: Draft, at: MeasureAddress): Draft {
  const index = at.path[at.path.length - 1] ?? 0;
  if (index === 0) throw new AppError("BAD_INPUT", "第一项措施没有可归属的上一项，无法缩进");
  const parentPath = [...at.path.slice(0, -1), index - 1];
  const target = listAt(draft, { section: at.section, parent: parentPath });
  return moveMeasure(draft, at, { section: at.section, parent: parentPath, index: target.length });
}

/** Outdents a measure one level: it moves out of its parent and follows it (1. → （一）). */
export function outdentMeasure(draft: Draft, at: MeasureAddress): Draft {
  if (at.path.length < 2) throw new AppError("BAD_INPUT", "已是最高一级措施，无法再提升；如需改为一级标题，请新建部分");
  const parentPath = at.path.slice(0, -1);
  const parentIndex = parentPath[parentPath.length - 1] ?? 0;
  return moveMeasure(draft, at, { section: at.section, parent: parentPath.slice(0, -1), index: parentIndex + 1 });
}
