// Ids for sections, measures and figures: short, unique within one draft, made without randomness.
import type { Draft, Measure } from "../model/draft";

/** Every id used inside a draft's letter and figures table. */
export function usedIds(draft: Pick<Draft, "letter" | "figures">): Set<string> {
  const ids = new Set<string>();
  const walk = (ms: readonly Measure[]): void => {
    for (const m of ms) {
      ids.add(m.id);
      walk(m.children);
    }
  };
  for (const s of draft.letter.sections) {
    ids.add(s.id);
    walk(s.measures);
  }
  for (const f of draft.figures) ids.add(f.id);
  return ids;
}

/** A fresh id `<prefix><n>` whose n is one more than the largest used with that prefix. */
export function nextId(prefix: string, used: ReadonlySet<string>): string {
  let max = 0;
  for (const id of used) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return `${prefix}${max + 1}`;
}

/** A counter that hands out prefix1, prefix2… for building a new draft from a template. */
export function idCounter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}
