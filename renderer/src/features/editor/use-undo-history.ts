// Undo/redo over draft content snapshots (record, letter, figures), with typing bursts coalesced into one step.
// The history observes every change of the draft it is given (from the editor or the record form alike), so
// saves (which only bump revision/updatedAt) are not steps, and undo restores content without touching them.
import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
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

/** What useUndoHistory gives the editor. */
export interface UndoHistory {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undo: () => void;
  readonly redo: () => void;
  /** Call before a change so a typing burst in one field coalesces (keys starting "type:" coalesce). */
  readonly noteEdit: (key: string) => void;
}

/**
 * Undo/redo for a draft. `restore` receives the draft to show (current revision and timestamps, older content)
 * and must pass it on like any edit; `onRestored` runs after an undo or redo (the editor resyncs focused fields).
 */
export function useUndoHistory(
  draft: Draft,
  latest: () => Draft,
  restore: (next: Draft) => void,
  onRestored: () => void,
): UndoHistory {
  const stack = useMemo(() => new UndoStack(), []);
  useSyncExternalStore(stack.subscribe, stack.getVersion);
  useEffect(() => {
    stack.observe(draft, Date.now());
  }, [draft, stack]);

  const apply = useCallback(
    (snap: ContentSnapshot | null) => {
      if (!snap) return;
      const current = latest();
      restore({ ...current, record: snap.record, letter: snap.letter, figures: snap.figures });
      onRestored();
    },
    [latest, restore, onRestored],
  );
  const undo = useCallback(() => apply(stack.undo()), [apply, stack]);
  const redo = useCallback(() => apply(stack.redo()), [apply, stack]);
  const noteEdit = useCallback((key: string) => stack.noteEdit(key), [stack]);
  return { canUndo: stack.canUndo, canRedo: stack.canRedo, undo, redo, noteEdit };
}
