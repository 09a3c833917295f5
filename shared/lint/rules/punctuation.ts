// R12 full-width punctuation in Chinese text, R13 paired marks balanced, R17 no 顿号 between paired marks, R18 duplications.
import type { Measure } from "../../model/draft";
import { isBodyField, type ViewField } from "../text-view";
import type { Finding, LintContext, LintRule } from "../types";
import { editsIn, fieldFinding, finding, HAN } from "../util";

const FULL: Readonly<Record<string, string>> = {
  ",": "，",
  ";": "；",
  ":": "：",
  "?": "？",
  "!": "！",
  "(": "（",
  ")": "）",
};
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef“”‘’《》]/;

function cjk(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || CJK_PUNCT.test(ch));
}

interface Swap {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly found: string;
}

/** Half-width marks next to Chinese text, with their full-width replacements. */
export function halfWidthMarks(text: string): Swap[] {
  const out: Swap[] = [];
  let quoteOpen = true;
  let singleOpen = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const prev = text[i - 1];
    const next = text[i + 1];
    // Full-width quotes already there decide whether the next ASCII quote opens or closes.
    if (ch === "“" || ch === "”") quoteOpen = ch === "”";
    if (ch === "‘" || ch === "’") singleOpen = ch === "’";
    if (ch in FULL) {
      let hit = false;
      if (ch === "(") hit = cjk(next) || HAN.test(prev ?? "");
      else if (ch === ")") hit = cjk(prev) || HAN.test(next ?? "");
      else if (ch === ":" && /\d/.test(prev ?? "") && /\d/.test(next ?? "")) hit = false;
      else hit = cjk(prev) || cjk(next);
      // A "(" pairs with its ")": convert the closing one when the opening one was converted.
      if (!hit && ch === ")") {
        const open = text.lastIndexOf("(", i);
        hit = open >= 0 && out.some((s) => s.start === open);
      }
      if (hit) out.push({ start: i, end: i + 1, replacement: FULL[ch] ?? ch, found: ch });
    } else if (ch === '"' || ch === "'") {
      if (!(cjk(prev) || cjk(next))) continue;
      const open = ch === '"' ? quoteOpen : singleOpen;
      const replacement = ch === '"' ? (open ? "“" : "”") : open ? "‘" : "’";
      if (ch === '"') quoteOpen = !quoteOpen;
      else singleOpen = !singleOpen;
      out.push({ start: i, end: i + 1, replacement, found: ch });
    }
  }
  return out;
}

function checkR12(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const f of ctx.view.fields) {
    // The salutation's colon is R03's; the 发文字号's brackets are R07's.
    if (f.kind === "contact" || f.kind === "salutation" || f.path === "record.docNumber") continue;
    const swaps = halfWidthMarks(f.text);
    if (swaps.length === 0) continue;
    if (ctx.imported) {
      const first = swaps[0];
      const last = swaps[swaps.length - 1];
      if (!first || !last) continue;
      out.push(
        finding({
          rule: "R12",
          severity: "hint",
          message: `导入的文本中有${swaps.length}处半角标点（${[...new Set(swaps.map((s) => s.found))].join(" ")}），中文应使用全角标点。可一键全部改为全角。`,
          location: { path: f.path, start: first.start, end: last.end },
          fix: { label: "全部改为全角标点", edits: editsIn(f, swaps) },
        }),
      );
      continue;
    }
    for (const s of swaps) {
      out.push(
        fieldFinding(
          { rule: "R12", severity: "error", message: `中文里应使用全角标点“${s.replacement}”，不用半角“${s.found}”。` },
          f,
          s.start,
          s.end,
          { label: `改为“${s.replacement}”`, replacement: s.replacement },
        ),
      );
    }
  }
  return out;
}

// Paragraph kinds that are running text and end with a sentence mark.
const SENTENCE_KINDS = new Set(["background", "paragraph", "measureText", "closing"]);
const DOUBLED = /([。，、；：！？])\1+/gu;

// Paths of 一是… run measures: their final marks are R15's.
function runPaths(ctx: LintContext): Set<string> {
  const out = new Set<string>();
  const walk = (list: readonly Measure[], path: string): void =>
    list.forEach((m, i) => {
      if (m.style === "run") out.add(`${path}.${i}.text`);
      walk(m.children, `${path}.${i}.children`);
    });
  ctx.draft.letter.sections.forEach((sec, i) => walk(sec.measures, `sections.${i}.measures`));
  return out;
}

/** Doubled marks (。。 ，，) anywhere in the body, and running-text paragraphs without a final mark. */
function sentenceMarks(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const runs = runPaths(ctx);
  for (const f of ctx.view.fields) {
    if (!isBodyField(f)) continue;
    for (const m of f.text.matchAll(DOUBLED)) {
      out.push(
        fieldFinding(
          { rule: "R12", severity: "warning", message: `标点“${m[0]}”重复，只保留一个“${m[1]}”。` },
          f,
          m.index,
          m.index + m[0].length,
          { label: `改为“${m[1]}”`, replacement: m[1] ?? "" },
        ),
      );
    }
    const text = f.text.trimEnd();
    if (
      SENTENCE_KINDS.has(f.kind) &&
      !runs.has(f.path) &&
      text.length >= 8 &&
      /[\p{Script=Han}\dA-Za-z%）)]$/u.test(text)
    ) {
      out.push(
        fieldFinding(
          { rule: "R12", severity: "warning", message: "段末缺少句号，请补上“。”。" },
          f,
          text.length,
          text.length,
          { label: "补上“。”", replacement: "。" },
        ),
      );
    }
  }
  return out;
}

/** R12: no half-width ,;:?!()"' next to Chinese text (on imported text: one auto-fix hint per paragraph), no doubled marks, a final mark on every paragraph. */
export const R12: LintRule = {
  id: "R12",
  severity: "error",
  describe: "中文标点用全角：，；：？！（）“”‘’；标点不重复，段末有句号",
  check: (ctx) => [...checkR12(ctx), ...sentenceMarks(ctx)],
};

const OPENERS: Readonly<Record<string, string>> = { "“": "”", "‘": "’", "《": "》", "（": "）", "(": "）", "〔": "〕" };
const CLOSERS: ReadonlySet<string> = new Set(["”", "’", "》", "）", ")", "〕"]);
const NAME: Readonly<Record<string, string>> = {
  "”": "引号",
  "’": "单引号",
  "》": "书名号",
  "）": "括号",
  "〕": "六角括号",
};

function norm(ch: string): string {
  return ch === ")" ? "）" : ch;
}

/** The first unbalanced paired mark of a text: its position and a message, or null. */
export function unbalancedMark(text: string): { at: number; message: string } | null {
  const stack: { ch: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    const closer = OPENERS[ch];
    if (closer) {
      stack.push({ ch: closer, at: i });
      continue;
    }
    if (!CLOSERS.has(ch)) continue;
    const top = stack.pop();
    if (!top) return { at: i, message: `多了一个右${NAME[norm(ch)] ?? "标号"}“${ch}”，找不到与之配对的左半边。` };
    if (top.ch !== norm(ch))
      return { at: i, message: `“${ch}”与前面的“${text[top.at] ?? ""}”不配对，标号交叉或缺少一半，请检查。` };
  }
  const open = stack.pop();
  if (open) return { at: open.at, message: `“${text[open.at] ?? ""}”没有配对的右半边“${open.ch}”，请补全。` };
  const quotes = [...text.matchAll(/"/g)];
  if (quotes.length % 2 === 1) {
    const q = quotes[quotes.length - 1];
    if (q) return { at: q.index, message: "引号数量为单数，缺少一半，请检查。" };
  }
  return null;
}

function checkR13(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const f of ctx.view.fields) {
    if (f.kind === "contact") continue;
    const bad = unbalancedMark(f.text);
    if (bad) out.push(fieldFinding({ rule: "R13", severity: "error", message: bad.message }, f, bad.at, bad.at + 1));
  }
  return out;
}

/** R13: “” ‘’ 《》 （） 〔〕 are balanced and properly nested within each paragraph. */
export const R13: LintRule = {
  id: "R13",
  severity: "error",
  describe: "成对标号（引号、书名号、括号、六角括号）在段内配对",
  check: checkR13,
};

// The paired stretch ending at `end` (exclusive) or starting at `start`, shortened to `max` characters inside.
const OPENER: Readonly<Record<string, string>> = { "》": "《", "”": "“", '"': '"' };
const CLOSER: Readonly<Record<string, string>> = { "《": "》", "“": "”", '"': '"' };
function pairedBefore(text: string, end: number, max = 12): string {
  const close = text[end - 1] ?? "";
  const open = text.lastIndexOf(OPENER[close] ?? close, end - 2);
  if (open < 0) return close;
  const inner = text.slice(open + 1, end - 1);
  return `${text[open] ?? ""}${inner.length > max ? `…${inner.slice(-max)}` : inner}${close}`;
}
function pairedAfter(text: string, start: number, max = 12): string {
  const open = text[start] ?? "";
  const close = text.indexOf(CLOSER[open] ?? open, start + 1);
  if (close < 0) return open;
  const inner = text.slice(start + 1, close);
  return `${open}${inner.length > max ? `${inner.slice(0, max)}…` : inner}${text[close] ?? ""}`;
}

function checkR17(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const f of ctx.view.fields) {
    // Only the 顿号: a comma between quotations (“甲”，“乙”) is ordinary punctuation (GB/T 15834 4.5.3.5).
    for (const m of f.text.matchAll(/(?:》|”|")、(?:《|“|")/g)) {
      const at = m.index + 1;
      const before = pairedBefore(f.text, at);
      const after = pairedAfter(f.text, at + 1);
      const kind = m[0].startsWith("》") ? "书名号" : "引号";
      out.push(
        fieldFinding(
          {
            rule: "R17",
            severity: "warning",
            message: `并列的${kind}之间不加顿号：${before}、${after}应写作${before}${after}。`,
          },
          f,
          at,
          at + 1,
          { label: "删去顿号", replacement: "" },
        ),
      );
    }
  }
  return out;
}

/** R17: no 顿号 between parallel titles or quotations (》、《 and ”、“). */
export const R17: LintRule = {
  id: "R17",
  severity: "warning",
  describe: "并列的书名号、引号之间不加顿号",
  check: checkR17,
};

function duplicates(f: ViewField, out: Finding[]): void {
  const warn = (
    message: string,
    s: number,
    e: number,
    fix?: { label: string; replacement: string; start: number; end: number },
  ): void => {
    out.push(fieldFinding({ rule: "R18", severity: "warning", message }, f, s, e, fix));
  };
  for (const m of f.text.matchAll(/关于[“《"]关于/g))
    warn("“关于”重复：引用的标题已以“关于”开头，前面不必再写“关于”。", m.index, m.index + 2, {
      label: "删去前一个“关于”",
      replacement: "",
      start: m.index,
      end: m.index + 2,
    });
  for (const m of f.text.matchAll(/(提案|建议)》第\d+号\1/g))
    warn(`“${m[0]}”重复：书名号内的标题已有“${m[1]}”，写作“《…》（第N号）”即可。`, m.index, m.index + m[0].length);
  for (const m of f.text.matchAll(/(\p{Script=Han}{2,8})\1/gu)) {
    const unit = m[1] ?? "";
    // Two-character repeats are often ABAC words (企业创业创新): only flag them at the start of a clause.
    const prev = f.text[m.index - 1];
    if (unit.startsWith("一") || /^(.)\1$/u.test(unit)) continue;
    if (unit.length === 2 && prev !== undefined && HAN.test(prev)) continue;
    const at = m.index + unit.length;
    warn(`“${unit}”连续出现两次，疑为重复，请检查。`, at, at + unit.length, {
      label: "删去重复部分",
      replacement: "",
      start: at,
      end: at + unit.length,
    });
  }
}

function checkR18(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const f of ctx.view.fields) {
    // A generated title is not the writer's text (its source, record.session, is checked itself).
    if (f.kind === "contact" || !f.editable) continue;
    duplicates(f, out);
    if (f.kind === "title" || f.path === "record.session") {
      const m = /政协.*?政协/.exec(f.text);
      if (m) {
        const at = m.index + m[0].length - 2;
        out.push(
          fieldFinding(
            { rule: "R18", severity: "warning", message: "届次中“政协”重复出现，请删去多余的“政协”。" },
            f,
            at,
            at + 2,
            {
              label: "删去重复的“政协”",
              replacement: "",
            },
          ),
        );
      }
    }
  }
  return out;
}

/** R18: duplicated words: 关于“关于, 提案》第N号提案, 政协…政协, a word written twice in a row. */
export const R18: LintRule = {
  id: "R18",
  severity: "warning",
  describe: "重复用语：“关于”套“关于”、“政协”重复、词语连写两遍",
  check: checkR18,
};
