// Immutable helpers for the measure tree of a section: addressing, reading and replacing sibling lists.
import { AppError } from "../api/errors";
import type { Draft, Measure, Section } from "../model/draft";

/** Where a measure is: section index, then the index chain from the section's measures down its children. */
export interface MeasureAddress {
  readonly section: number;
  /** [top-level index, child index, grandchild index]; at least one element. */
  readonly path: readonly number[];
}

/** Where a sibling list is: a section's measures (parent []) or the children of a measure. */
export interface ListAddress {
  readonly section: number;
  readonly parent: readonly number[];
}

/** Heading level of top-level measures in a section (（一）); children are 3 (1.) and 4 (（1）). */
export const TOP_MEASURE_LEVEL = 2;
/** The deepest heading level (（1）). */
export const MAX_MEASURE_LEVEL = 4;

/** Throws the standard "not found" error of editor operations. */
export function notFound(what: string): never {
  throw new AppError("BAD_INPUT", `找不到要操作的${what}，请刷新后重试`);
}

/** The section at an index, or throws. */
export function sectionAt(draft: Draft, index: number): Section {
  return draft.letter.sections[index] ?? notFound("部分");
}

/** The sibling list at an address, or throws. */
export function listAt(draft: Draft, at: ListAddress): readonly Measure[] {
  let list: readonly Measure[] = sectionAt(draft, at.section).measures;
  for (const i of at.parent) list = (list[i] ?? notFound("措施")).children;
  return list;
}

/** The measure at an address, or throws. */
export function measureAt(draft: Draft, at: MeasureAddress): Measure {
  const index = at.path[at.path.length - 1];
  if (index === undefined) return notFound("措施");
  return listAt(draft, { section: at.section, parent: at.path.slice(0, -1) })[index] ?? notFound("措施");
}

/** Replaces one section by index. */
export function withSection(draft: Draft, index: number, fn: (s: Section) => Section): Draft {
  const sections = draft.letter.sections.map((s, i) => (i === index ? fn(s) : s));
  return { ...draft, letter: { ...draft.letter, sections } };
}

function replaceList(
  list: readonly Measure[],
  parent: readonly number[],
  fn: (l: readonly Measure[]) => Measure[],
): Measure[] {
  const [head, ...rest] = parent;
  if (head === undefined) return fn(list);
  if (!list[head]) notFound("措施");
  return list.map((m, i) => (i === head ? { ...m, children: replaceList(m.children, rest, fn) } : m));
}

/** Replaces the sibling list at an address. */
export function withList(draft: Draft, at: ListAddress, fn: (l: readonly Measure[]) => Measure[]): Draft {
  sectionAt(draft, at.section);
  return withSection(draft, at.section, (s) => ({ ...s, measures: replaceList(s.measures, at.parent, fn) }));
}

/** Heading level of the measures in a list: 2 + depth. */
export function listLevel(at: ListAddress): number {
  return TOP_MEASURE_LEVEL + at.parent.length;
}

/** How many levels a measure occupies (1 for a leaf). */
export function subtreeHeight(m: Measure): number {
  return 1 + Math.max(0, ...m.children.map(subtreeHeight));
}

/** Throws unless a measure fits when its top lands at the given level. */
export function assertFits(m: Measure, level: number): void {
  if (level + subtreeHeight(m) - 1 > MAX_MEASURE_LEVEL) {
    throw new AppError("BAD_INPUT", "标题最多四级（一、（一）1.（1）），不能再向下缩进，请先将下级内容提升一级");
  }
}

/** Inserts an item into a list copy at an index (clamped to the list). */
export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const out = [...list];
  out.splice(Math.max(0, Math.min(index, out.length)), 0, item);
  return out;
}

/** Moves an item inside a list copy from one index to another; throws when `from` is out of range. */
export function moveWithin<T>(list: readonly T[], from: number, to: number, what: string): T[] {
  if (from < 0 || from >= list.length) notFound(what);
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item === undefined) return notFound(what);
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}
