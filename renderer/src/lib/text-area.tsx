// An IME-safe multi-line text area (see use-ime-field.ts).
import type { TextareaHTMLAttributes } from "react";
import { useImeField } from "./use-ime-field";

type Passed = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "value" | "defaultValue" | "onChange" | "onFocus" | "onBlur" | "onCompositionStart" | "onCompositionEnd"
>;

/** Props: the committed value, what to do with new text, and ordinary textarea attributes. */
export interface TextAreaProps extends Passed {
  readonly value: string;
  readonly onCommit: (text: string) => void;
}

/** A <textarea> that never loses or interrupts characters typed through an input method. */
export function TextArea({ value, onCommit, ...rest }: TextAreaProps) {
  const field = useImeField<HTMLTextAreaElement>(value, onCommit);
  return <textarea {...rest} {...field} />;
}
