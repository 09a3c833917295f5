// What every letter text field needs from the editor: the figures (for its legend), where to register as the
// caret target for 插入到光标处, the undo coalescing hook, and the resync epoch bumped by undo/redo.
import { createContext, useContext } from "react";
import type { Draft, Figure } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";

/** A focused text field the figures panel can insert into. */
export interface CaretTarget {
  readonly element: HTMLInputElement | HTMLTextAreaElement;
  /** Replaces the field's whole text (committing it) and puts the caret at `caret`. */
  readonly replace: (text: string, caret: number) => void;
}

/** The editor services shared with fields. */
export interface EditorServices {
  readonly draft: Draft;
  readonly settings: Settings;
  readonly figures: readonly Figure[];
  /** Bumped after undo/redo: focused fields take the committed value again. */
  readonly epoch: number;
  readonly setCaretTarget: (target: CaretTarget | null) => void;
  readonly noteEdit: (key: string) => void;
  /** Applies a pure change to the latest draft. */
  readonly apply: (fn: (d: Draft) => Draft, editKey?: string) => void;
  /** Shows a message (Chinese) in the editor's status line. */
  readonly notify: (message: string) => void;
  /** Asks before a destructive action. */
  readonly confirm: (title: string, message: string, action: () => void) => void;
}

/** React context carrying EditorServices (provided by LetterEditor). */
export const EditorContext = createContext<EditorServices | null>(null);

/** The editor services; throws when used outside LetterEditor. */
export function useEditor(): EditorServices {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error("useEditor() must be used inside <LetterEditor>");
  return ctx;
}
