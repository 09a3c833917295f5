// Undo/redo bookkeeping over draft content snapshots (record, letter, figures), typing bursts coalesced into one
// step. Pure, no React: useUndoHistory (use-undo-history.ts) wraps it for the editor.
import type { Draft } from "../../../../shared/model/draft";

/** The part of a draft that undo restores. */
export interface ContentSnapshot {
  readonly record: Draft["record"];
  readonly letter: Draft["letter"];
  readonly figures: Draft["figures"];
}

/** Changes with the same edit key within this many ms of each other form one undo step. */
export const COALESCE_MS = 1200;
/** The oldest steps are forgotten beyond this. */
export const HISTORY_LIMIT = 200;

function snapshotOf(d: Draft): ContentSnapshot {
  return { record: d.record, letter: d.letter, figures: d.figures };
}

function sameContent(a: ContentSnapshot, b: ContentSnapshot): boolean {
  return a.record === b.record && a.letter === b.letter && a.figures === b.figures;
}

/** The undo/redo stacks; pure bookkeeping, no React (so it is easy to reason about and to test). */
export class UndoStack {
  private past: ContentSnapshot[] = [];
  private future: ContentSnapshot[] = [];
  private last: ContentSnapshot | null = null;
  private lastKey: string | null = null;
  private lastTime = 0;
  private pendingKey: string | null = null;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  /** Names the next observed change (e.g. the field being typed in), so a burst in one field coalesces. */
  noteEdit(key: string): void {
    this.pendingKey = key;
  }

  /** Records a draft as the current state; a content change becomes (or extends) an undo step. */
  observe(draft: Draft, now: number): void {
    const snap = snapshotOf(draft);
    if (this.last === null) {
      this.last = snap;
      return;
    }
    if (sameContent(this.last, snap)) return;
    const key = this.pendingKey ?? "external";
    this.pendingKey = null;
    const coalesce = key === this.lastKey && now - this.lastTime < COALESCE_MS && key.startsWith("type:");
    if (!coalesce) {
      this.past.push(this.last);
      if (this.past.length > HISTORY_LIMIT) this.past.shift();
    }
    this.future = [];
    this.last = snap;
    this.lastKey = key;
    this.lastTime = now;
    this.emit();
  }

  /** The snapshot to go back to, or null; the caller applies it (observe() then sees it as current). */
  undo(): ContentSnapshot | null {
    const prev = this.past.pop();
    if (!prev || !this.last) return null;
    this.future.push(this.last);
    this.last = prev;
    this.lastKey = null;
    this.emit();
    return prev;
  }

  /** The snapshot to go forward to, or null. */
  redo(): ContentSnapshot | null {
    const next = this.future.pop();
    if (!next || !this.last) return null;
    this.past.push(this.last);
    this.last = next;
    this.lastKey = null;
    this.emit();
    return next;
  }

  /** Whether there is something to undo / redo. */
  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** For useSyncExternalStore. */
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  getVersion = (): number => this.version;

  private emit(): void {
    this.version++;
    for (const fn of this.listeners) fn();
  }
}
