// An IME-safe single-line text input (see use-ime-field.ts).
import type { InputHTMLAttributes } from "react";
import { useImeField } from "./use-ime-field";

type Passed = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "value" | "defaultValue" | "onChange" | "onFocus" | "onBlur" | "onCompositionStart" | "onCompositionEnd"
>;

/** Props: the committed value, what to do with new text, and ordinary input attributes. */
export interface TextInputProps extends Passed {
  readonly value: string;
  readonly onCommit: (text: string) => void;
}

/** A text <input> that never loses or interrupts characters typed through an input method. */
export function TextInput({ value, onCommit, ...rest }: TextInputProps) {
  const field = useImeField<HTMLInputElement>(value, onCommit);
  return <input type="text" {...rest} {...field} />;
}
