// IME-safe text fields: local state while focused, commits outside composition, never rewritten under the cursor.
import { useRef, useState, type ChangeEvent, type CompositionEvent } from "react";

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/** The props useImeField gives an <input> or <textarea>. */
export interface ImeFieldProps<E extends TextElement> {
  readonly value: string;
  readonly onFocus: () => void;
  readonly onBlur: (e: { currentTarget: E }) => void;
  readonly onChange: (e: ChangeEvent<E>) => void;
  readonly onCompositionStart: () => void;
  readonly onCompositionEnd: (e: CompositionEvent<E>) => void;
}

/**
 * Binds a text field to `value` without ever fighting an input method:
 * - while the field has focus it shows its own local text, so a re-render or a save never replaces it;
 * - keystrokes are committed (onCommit) at once, except during composition, which commits at compositionend;
 * - when the field is not focused it shows `value` (so a reload or another editor's change appears).
 */
export function useImeField<E extends TextElement>(value: string, onCommit: (text: string) => void): ImeFieldProps<E> {
  const [focused, setFocused] = useState(false);
  const [local, setLocal] = useState(value);
  const composing = useRef(false);

  return {
    value: focused ? local : value,
    onFocus: () => {
      setLocal(value);
      setFocused(true);
    },
    onBlur: (e) => {
      setFocused(false);
      // A composition cancelled by leaving the field: keep what is in the box.
      if (composing.current) {
        composing.current = false;
        onCommit(e.currentTarget.value);
      }
    },
    onChange: (e) => {
      const text = e.currentTarget.value;
      setLocal(text);
      if (!composing.current) onCommit(text);
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (e) => {
      composing.current = false;
      const text = e.currentTarget.value;
      setLocal(text);
      onCommit(text);
    },
  };
}
