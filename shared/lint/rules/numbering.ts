// R14 heading numbering (一、 （一） 1. （1）: format, no gaps, no skipped level, no 。 after a heading);
// R15 inline 一是…二是 runs (consecutive, each item closed with 。 or ；).
import type { Measure } from "../../model/draft";
import { chineseNumeral } from "../../letter/numbering";
import type { ViewField } from "../text-view";
import type { Finding, LintContext, LintRule } from "../types";
import { fieldFinding, parseChineseNumeral } from "../util";

const CN = "[一二三四五六七八九十]+";
/** An ordinal label typed at the start of a text (the layout prints its own, so this one is a duplicate). */
const LEADING_LABEL = new RegExp(`^\\s*(?:${CN}[、是.．]|[（(](?:${CN}|\\d+)[）)][、.．，,]?|\\d+[.．、](?!\\d))\\s*`);

function duplicateLabel(f: ViewField | undefined, out: Finding[]): void {
  if (!f) return;
  const m = LEADING_LABEL.exec(f.text);
  if (!m) return;
  out.push(
    fieldFinding(
      {
        rule: "R14",
        severity: "warning",
        message: `序号“${m[0].trim()}”由系统按层级自动生成，这里再写一遍会重复编号，请删去。`,
      },
      f,
      0,
      m[0].length,
      { label: "删去手写序号", replacement: "" },
    ),
  );
}

function headingStop(f: ViewField | undefined, out: Finding[]): void {
  if (!f) return;
  const m = /[。；;，,]\s*$/.exec(f.text);
  if (!m) return;
  out.push(
    fieldFinding(
      { rule: "R14", severity: "warning", message: "单独成行的标题末尾不加句号等标点。" },
      f,
      m.index,
      m.index + 1,
      {
        label: "删去末尾标点",
        replacement: "",
      },
    ),
  );
}

function walkMeasures(ctx: LintContext, list: readonly Measure[], base: string, out: Finding[]): void {
  list.forEach((m, i) => {
    const path = `${base}.${i}`;
    const text = ctx.view.byPath.get(`${path}.text`);
    if (m.style === "sub") {
      const head = ctx.view.byPath.get(`${path}.heading`);
      duplicateLabel(head && head.text.trim() !== "" ? head : text, out);
      if (!text || text.text.trim() === "") headingStop(head, out);
    } else duplicateLabel(text, out);
    walkMeasures(ctx, m.children, `${path}.children`, out);
  });
}

type Kind = 1 | 2 | 3 | 4;
const MANUAL: readonly { kind: Kind; re: RegExp; parse: (s: string) => number | null }[] = [
  { kind: 1, re: new RegExp(`^(${CN})([、.．，,])`), parse: parseChineseNumeral },
  { kind: 2, re: new RegExp(`^[（(](${CN})[）)]([、.．，,]?)`), parse: parseChineseNumeral },
  { kind: 3, re: /^(\d+)([.．、])(?!\d)/, parse: Number },
  { kind: 4, re: /^[（(](\d+)[）)]([、.．，,]?)/, parse: Number },
];
const PARENT: Readonly<Record<Kind, Kind>> = { 1: 1, 2: 1, 3: 2, 4: 3 };
const LABEL_OF: Readonly<Record<Kind, (n: number) => string>> = {
  1: (n) => `${chineseNumeral(n)}、`,
  2: (n) => `（${chineseNumeral(n)}）`,
  3: (n) => `${n}.`,
  4: (n) => `（${n}）`,
};

/** Manual numbering in a list of plain paragraphs: label format, gaps and skipped levels. */
function manualNumbering(fields: readonly (ViewField | undefined)[], out: Finding[]): void {
  const last: Partial<Record<Kind, number>> = {};
  for (const f of fields) {
    if (!f) continue;
    const text = f.text.trimStart();
    const lead = f.text.length - text.length;
    for (const { kind, re, parse } of MANUAL) {
      const m = re.exec(text);
      if (!m) continue;
      const n = parse(m[1] ?? "");
      if (n === null || Number.isNaN(n)) break;
      const proper = LABEL_OF[kind](n);
      const warn = (message: string, withFix: boolean): void => {
        out.push(
          fieldFinding(
            { rule: "R14", severity: "warning", message },
            f,
            lead,
            lead + m[0].length,
            withFix ? { label: `改为“${proper}”`, replacement: proper } : undefined,
          ),
        );
      };
      if (m[0] !== proper) warn(`序号“${m[0]}”格式不规范，应写作“${proper}”（一、 （一） 1. （1））。`, true);
      const prev = last[kind];
      if (prev !== undefined ? n !== prev + 1 : n !== 1)
        warn(
          `序号不连续：${prev === undefined ? "应从1开始" : `上一个是${LABEL_OF[kind](prev)}`}，这里是${proper}。`,
          false,
        );
      if (kind > 1 && prev === undefined) {
        const parent = PARENT[kind];
        const higher = ([1, 2, 3] as const).some((k) => k < kind && last[k] !== undefined);
        if (higher && last[parent] === undefined)
          warn(`层级跳过：上级标题下直接用了“${proper}”，缺少“${LABEL_OF[parent](1)}”这一级。`, false);
      }
      last[kind] = n;
      for (const k of [1, 2, 3, 4] as const) if (k > kind) delete last[k];
      break;
    }
  }
}

function checkR14(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { letter } = ctx.draft;
  const v = ctx.view.byPath;
  manualNumbering(
    letter.background.map((_, i) => v.get(`background.${i}`)),
    out,
  );
  letter.sections.forEach((s, si) => {
    const heading = v.get(`sections.${si}.heading`);
    duplicateLabel(heading, out);
    headingStop(heading, out);
    manualNumbering(
      s.paragraphs.map((_, pi) => v.get(`sections.${si}.paragraphs.${pi}`)),
      out,
    );
    walkMeasures(ctx, s.measures, `sections.${si}.measures`, out);
  });
  return out;
}

/** R14: heading numbering is 一、（一）1.（1）, consecutive, without skipped levels or a 。 after a heading line. */
export const R14: LintRule = {
  id: "R14",
  severity: "warning",
  describe: "层级序号：一、（一）1.（1），连续不跳号、不跳级，标题行末不加句号",
  check: checkR14,
};

const RUN = new RegExp(`(${CN})是`, "g");
const CLOSED = /[。；;！？!?]/;

/** Problems of inline 一是…二是 runs inside one text. */
function inlineRuns(f: ViewField, out: Finding[]): void {
  let expected = 0;
  for (const m of f.text.matchAll(RUN)) {
    const n = parseChineseNumeral(m[1] ?? "");
    if (n === null) continue;
    const before = f.text[m.index - 1];
    if (n === 1) {
      if (m.index === 0 || /[。；;：:，,\s“"（(]/.test(before ?? "")) expected = 2;
      continue;
    }
    if (expected === 0) continue;
    const label = `${chineseNumeral(n)}是`;
    if (n === expected || (n > expected && n <= expected + 2)) {
      if (n > expected)
        out.push(
          fieldFinding(
            {
              rule: "R15",
              severity: "warning",
              message: `“${chineseNumeral(expected - 1)}是”之后直接是“${label}”，缺少“${chineseNumeral(expected)}是”，请检查序号。`,
            },
            f,
            m.index,
            m.index + m[0].length,
          ),
        );
      if (!CLOSED.test(before ?? "")) {
        const comma = before === "，" || before === ",";
        out.push(
          fieldFinding(
            {
              rule: "R15",
              severity: "warning",
              message: `“${label}”前一项没有以句号或分号结束，请在“${label}”前加“。”。`,
            },
            f,
            m.index,
            m.index + m[0].length,
            comma
              ? { label: "改为句号", replacement: "。", start: m.index - 1, end: m.index }
              : { label: "加句号", replacement: "。", start: m.index, end: m.index },
          ),
        );
      }
      expected = n + 1;
    }
  }
}

function structuredRuns(ctx: LintContext, list: readonly Measure[], base: string, out: Finding[]): void {
  list.forEach((m, i) => {
    const path = `${base}.${i}`;
    const next = list[i + 1];
    const f = ctx.view.byPath.get(`${path}.text`);
    if (m.style === "run" && next?.style === "run" && m.children.length === 0 && f) {
      const trimmed = f.text.trimEnd();
      if (trimmed !== "" && !CLOSED.test(trimmed[trimmed.length - 1] ?? "")) {
        out.push(
          fieldFinding(
            {
              rule: "R15",
              severity: "warning",
              message: `这一项后面紧接“${chineseNumeral(i + 2)}是”，末尾应以“。”或“；”结束。`,
            },
            f,
            Math.max(0, trimmed.length - 1),
            trimmed.length,
            { label: "末尾加句号", replacement: "。", start: trimmed.length, end: trimmed.length },
          ),
        );
      }
    }
    structuredRuns(ctx, m.children, `${path}.children`, out);
  });
}

function checkR15(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const f of ctx.view.fields) {
    if (f.kind === "record" || f.kind === "contact" || f.kind === "cc") continue;
    inlineRuns(f, out);
  }
  ctx.draft.letter.sections.forEach((s, si) => structuredRuns(ctx, s.measures, `sections.${si}.measures`, out));
  return out;
}

/** R15: 一是…二是 runs count up without gaps and each item ends with 。 or ； before the next. */
export const R15: LintRule = {
  id: "R15",
  severity: "warning",
  describe: "“一是……二是……”连续不缺项，每项以句号或分号结束",
  check: checkR15,
};
