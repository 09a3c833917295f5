// Undo/redo over draft content snapshots (record, letter, figures), with typing bursts coalesced into one step.
// The history observes every change of the draft it is given (from the editor or the record form alike), so
// saves (which only bump revision/updatedAt) are not steps, and undo restores content without touching them.
import { useCallback, useEffect, useMemo, useSyncExternalStore } from "react";
import type { Draft } from "../../../../shared/model/draft";
import { UndoStack, type ContentSnapshot } from "./undo-stack";

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
