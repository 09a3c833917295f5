// Cleaning: ASCII punctuation in Chinese context back to full width (undoes NFKC, DOMAIN.md data caveat).
import type { CleanResult } from "../types";
import { ExampleList, HAN, isChineseChar, makeStep } from "./step";

const SIMPLE: Readonly<Record<string, string>> = { ",": "，", ";": "；", ":": "：", "?": "？", "!": "！" };

function nextNonSpace(chars: readonly string[], i: number, dir: 1 | -1): string | undefined {
  let j = i + dir;
  while (j >= 0 && j < chars.length && (chars[j] === " " || chars[j] === "\u3000")) j += dir;
  return chars[j];
}

// Brackets: converted as a pair when the pair touches or contains Chinese text; strays when they touch it.
function convertBrackets(chars: string[]): number {
  let count = 0;
  const open: number[] = [];
  const convert = (i: number, to: string): void => {
    chars[i] = to;
    count++;
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "\n") open.length = 0;
    if (c === "(") open.push(i);
    else if (c === ")") {
      const o = open.pop();
      if (o === undefined) {
        if (isChineseChar(chars[i - 1]) || isChineseChar(chars[i + 1])) convert(i, "）");
        continue;
      }
      const inner = chars.slice(o + 1, i).join("");
      if (HAN.test(inner) || isChineseChar(chars[o - 1]) || isChineseChar(chars[i + 1])) {
        convert(o, "（");
        convert(i, "）");
      }
    }
  }
  for (const o of open) if (isChineseChar(chars[o - 1]) || isChineseChar(chars[o + 1])) convert(o, "（");
  return count;
}

// Straight double quotes alternate open/close within a line; a pair with Chinese inside or around becomes “”.
function convertQuotes(chars: string[], quote: string, left: string, right: string): number {
  let count = 0;
  let openAt = -1;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === "\n") openAt = -1;
    if (chars[i] !== quote) continue;
    if (openAt < 0) {
      openAt = i;
      continue;
    }
    const inner = chars.slice(openAt + 1, i).join("");
    if (HAN.test(inner) || isChineseChar(chars[openAt - 1]) || isChineseChar(chars[i + 1])) {
      chars[openAt] = left;
      chars[i] = right;
      count += 2;
    }
    openAt = -1;
  }
  return count;
}

/** Turns , ; : ? ! ( ) and straight quotes that sit in Chinese text into their full-width forms. */
export function fullWidthPunctuation(text: string): CleanResult {
  const chars = Array.from(text);
  let count = convertBrackets(chars);
  count += convertQuotes(chars, '"', "“", "”");
  count += convertQuotes(chars, "'", "‘", "’");
  for (let i = 0; i < chars.length; i++) {
    const to = SIMPLE[chars[i] ?? ""];
    if (to === undefined) continue;
    if (isChineseChar(nextNonSpace(chars, i, -1)) || isChineseChar(nextNonSpace(chars, i, 1))) {
      chars[i] = to;
      count++;
    }
  }
  const out = chars.join("");
  const examples = new ExampleList();
  // Examples: compare code points of input and output (same length, one-for-one replacements).
  const before = Array.from(text);
  for (let i = 0; i < before.length; i++) {
    if (before[i] !== chars[i]) {
      const b = before.slice(Math.max(0, i - 4), i + 5).join("");
      const a = chars.slice(Math.max(0, i - 4), i + 5).join("");
      examples.add(`${b} → ${a}`.replace(/\n/g, "⏎"));
      i += 4;
    }
  }
  return { text: out, step: makeStep("punctuation", "中文标点恢复为全角", count, examples) };
}
