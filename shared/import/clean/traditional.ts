// Cleaning: Traditional → Simplified script with OpenCC (opencc-js, pure JS), when the text is Traditional.
import { Converter } from "opencc-js/t2cn";
import type { CleanResult } from "../types";
import { ExampleList, HAN, makeStep } from "./step";

type ConvertFn = (text: string) => string;
let converter: ConvertFn | null = null;

// Built on first use: loading the dictionaries takes a few milliseconds.
function toCn(text: string): string {
  converter ??= Converter({ from: "tw", to: "cn" });
  return converter(text);
}

/** Share of Han characters that must change before a text counts as Traditional (a stray 乾 does not). */
const TRADITIONAL_SHARE = 0.02;

/** Converts Traditional text to Simplified; Simplified text (few or no changes) is left untouched. */
export function toSimplified(text: string): CleanResult {
  const converted = toCn(text);
  const before = Array.from(text);
  const after = Array.from(converted);
  let han = 0;
  for (const ch of before) if (HAN.test(ch)) han++;
  const examples = new ExampleList();
  let count = 0;
  if (before.length === after.length) {
    for (let i = 0; i < before.length; i++) {
      if (before[i] === after[i]) continue;
      count++;
      examples.add(`${before[i]} → ${after[i]}`);
    }
  } else {
    count = Math.abs(before.length - after.length) + 1;
  }
  const isTraditional = han > 0 && count / han >= TRADITIONAL_SHARE;
  const label = "繁体转简体";
  if (!isTraditional) return { text, step: makeStep("traditional", label, 0, new ExampleList()) };
  return { text: converted, step: makeStep("traditional", label, count, examples) };
}
