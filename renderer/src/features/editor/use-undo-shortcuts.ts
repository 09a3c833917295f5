// Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z (⌘ on macOS) for the editor's undo history. Never while an input method is
// composing (the IME owns those keys then), and text fields outside the editor keep their native undo.
import { useEffect, type RefObject } from "react";

function isTextField(el: EventTarget | null): el is HTMLElement {
  return (
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "date"].includes(el.type)) ||
    (el instanceof HTMLElement && el.isContentEditable)
  );
}

/** Binds the undo/redo shortcuts on the window while the editor is mounted. */
export function useUndoShortcuts(root: RefObject<HTMLElement | null>, undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.isComposing || e.keyCode === 229) return;
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const isUndo = key === "z" && !e.shiftKey;
      const isRedo = key === "y" || (key === "z" && e.shiftKey);
      if (!isUndo && !isRedo) return;
      // Inside a dialog, or in a text field that is not part of the letter editor: leave the native behaviour.
      const target = e.target;
      if (target instanceof Element && target.closest("dialog")) return;
      if (isTextField(target) && !root.current?.contains(target)) return;
      e.preventDefault();
      if (isUndo) undo();
      else redo();
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [root, undo, redo]);
}
