// Cleaning: stray spaces inside Chinese text, and hard line breaks in mid-sentence (seed 003).
import type { CleanResult } from "../types";
import { ExampleList, isChineseChar, makeStep, snippet } from "./step";

/** Normalises line ends, invisible characters and spaces at line ends (not shown as a step). */
export function normaliseLines(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\u00a0\u3000\t]/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}

// A title, salutation and opening flattened onto one line: split before “ 某某委员：” after a title ending.
const FLATTENED =
  /(的答复|答复函|的复函|的回复|会办意见|协办意见)\s+((?:尊敬的)?[\p{Script=Han}·、]{2,40}?(?:等\s*\d*\s*名?)?(?:委员|代表)[：:])\s*/gu;

/** Splits a line where a title, the salutation and the opening were run together (web pages that lost breaks). */
export function splitFlattened(text: string): CleanResult {
  let count = 0;
  const examples = new ExampleList();
  const out = text.replace(FLATTENED, (whole: string, end: string, salutation: string) => {
    count++;
    examples.add(`${end} ${salutation} → 分行`);
    return `${end}\n${salutation}\n`;
  });
  return { text: out, step: makeStep("split-lines", "拆分连成一行的标题、称呼和正文", count, examples) };
}

/** Removes spaces between two Chinese characters (not in table rows, where spaces separate cells). */
export function removeInnerSpaces(text: string): CleanResult {
  let count = 0;
  const examples = new ExampleList();
  const lines = text.split("\n").map((line) => {
    if (line.includes("|")) return line;
    return line.replace(/ +/g, (spaces: string, offset: number) => {
      if (!isChineseChar(line[offset - 1]) || !isChineseChar(line[offset + spaces.length])) return spaces;
      count++;
      examples.add(snippet(line, offset, offset + spaces.length, 4));
      return "";
    });
  });
  return { text: lines.join("\n"), step: makeStep("spaces", "删除中文之间的多余空格", count, examples) };
}

// A line that starts a heading, a run or a sign-off element never continues the previous line.
const STARTS_NEW =
  /^(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|附|抄[送报]|联系|\d{4}年)/u;
// Marks after which a sentence cannot have ended.
const SOFT_END = /[，、“《（]$/u;

/** Joins a line that ends in the middle of a sentence (，、“《（) with the next line. */
export function joinBrokenLines(text: string): CleanResult {
  const lines = text.split("\n");
  const out: string[] = [];
  let count = 0;
  const examples = new ExampleList();
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      line !== "" &&
      !prev.includes("|") &&
      !line.includes("|") &&
      SOFT_END.test(prev) &&
      prev.length >= 10 &&
      !STARTS_NEW.test(line)
    ) {
      out[out.length - 1] = prev + line;
      count++;
      examples.add(`${prev.slice(-6)}⏎${line.slice(0, 6)} → ${prev.slice(-6)}${line.slice(0, 6)}`);
      continue;
    }
    out.push(line);
  }
  return { text: out.join("\n"), step: makeStep("line-join", "合并句中断行", count, examples) };
}
