/**
 * useDraftDocument(id): the one place a draft page (record form, letter editor, preview) gets and changes a draft.
 *
 *   const doc = useDraftDocument(id);
 *   doc.status      "loading" | "ready" | "error"   (doc.error: Chinese message when "error")
 *   doc.draft       Draft | null                    the current content, including unsaved edits
 *   doc.update(fn)  apply a pure change: update((d) => ({ ...d, record: { ...d.record, session } }))
 *                   schedules an autosave ~800 ms after the last change (paused while an IME composes)
 *   doc.saveState   SaveState: saved | pending | saving | error(message) | conflict(message)
 *   doc.saveNow()   save at once (Ctrl+S); resolves when that save has finished
 *   doc.reload()    drop local edits and load the file again (the way out of a conflict)
 *
 * IME safety: compositionstart/compositionend anywhere in the document pause and resume autosave, and a
 * save never replaces draft content — it only bumps revision/updatedAt — so inputs are never rewritten
 * under the user's cursor. Undo/redo (editor) is built on top of update().
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Draft } from "../../../../shared/model/draft";
import { api, ApiError, errorMessage } from "../../api";
import { AutosaveController, type SaveFailure, type SaveState } from "./autosave";

/** How long autosave waits after the last change. */
export const AUTOSAVE_DELAY_MS = 800;

/** What useDraftDocument returns (see the comment at the top of this file). */
export interface DraftDocument {
  readonly status: "loading" | "ready" | "error";
  readonly error: string | null;
  readonly draft: Draft | null;
  readonly saveState: SaveState;
  readonly update: (fn: (draft: Draft) => Draft) => void;
  readonly saveNow: () => Promise<void>;
  readonly reload: () => void;
}

function describeSaveError(err: unknown): SaveFailure {
  if (err instanceof ApiError && err.code === "CONFLICT") {
    return { conflict: true, message: "这份文稿已在别处修改并保存。为避免覆盖，自动保存已暂停；请重新加载后再编辑。" };
  }
  return { conflict: false, message: errorMessage(err) };
}

/** Loads draft `id`, keeps its edits and autosaves them (see the comment at the top of this file). */
export function useDraftDocument(id: string): DraftDocument {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadState, setLoadState] = useState<{ id: string; error: string | null; done: boolean }>({
    id,
    error: null,
    done: false,
  });
  const [saveState, setSaveState] = useState<SaveState>({ kind: "saved" });
  const [nonce, setNonce] = useState(0);
  const controller = useRef<AutosaveController | null>(null);

  useEffect(() => {
    let live = true;
    api.getDraft({ id }).then(
      (loaded) => {
        if (!live) return;
        controller.current = new AutosaveController(loaded, {
          save: (d, baseRevision) => api.saveDraft({ draft: d, baseRevision }),
          describeError: describeSaveError,
          onState: setSaveState,
          onSaved: () => {
            const c = controller.current;
            if (c) setDraft(c.current);
          },
          delayMs: AUTOSAVE_DELAY_MS,
        });
        setDraft(loaded);
        setSaveState({ kind: "saved" });
        setLoadState({ id, error: null, done: true });
      },
      (err: unknown) => {
        if (live) setLoadState({ id, error: errorMessage(err), done: true });
      },
    );
    return () => {
      live = false;
      controller.current?.dispose();
      controller.current = null;
    };
  }, [id, nonce]);

  // Pause autosave while any input method composes (covers every input on the page, editor included).
  useEffect(() => {
    const start = (): void => controller.current?.setComposing(true);
    const end = (): void => controller.current?.setComposing(false);
    document.addEventListener("compositionstart", start, true);
    document.addEventListener("compositionend", end, true);
    return () => {
      document.removeEventListener("compositionstart", start, true);
      document.removeEventListener("compositionend", end, true);
    };
  }, []);

  // Warn before closing the window with unsaved edits.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent): void => {
      if (controller.current?.dirty) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  const update = useCallback((fn: (d: Draft) => Draft) => {
    const c = controller.current;
    if (!c) return;
    const next = fn(c.current);
    if (next === c.current) return;
    c.edit(next);
    setDraft(next);
  }, []);

  const saveNow = useCallback(async () => controller.current?.saveNow(), []);
  const reload = useCallback(() => setNonce((n) => n + 1), []);

  const current = loadState.id === id && loadState.done ? draft : null;
  const status = loadState.id !== id || !loadState.done ? "loading" : loadState.error ? "error" : "ready";
  return { status, error: loadState.error, draft: current, saveState, update, saveNow, reload };
}
