// Ctrl+S / Cmd+S → save now (and never the browser's "save page as").
import { useEffect, useRef } from "react";

/** Calls `save` on Ctrl+S or Cmd+S anywhere in the window, except while an input method composes. */
export function useSaveShortcut(save: () => void): void {
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        if (!e.isComposing) saveRef.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
