// R16 figures and units: money needs 元, ranges use ～ and years —, figures that agree (repeated statements,
// 其中 parts within their total, percentages against a target), stale figures and missing figure references.
import { daysBetween, formatChineseDate } from "../../letter/dates";
import { FIGURE_MISSING, figureIdsIn } from "../../letter/variables";
import { isBodyField, type ViewField } from "../text-view";
import type { Finding, LintContext, LintRule } from "../types";
import { fieldFinding, finding, quoted, sentenceAround } from "../util";

const W = { rule: "R16", severity: "warning" } as const;
const NUM = String.raw`\d+(?:\.\d+)?`;
const MONEY_CONTEXT =
  /资金|投入|投资|补助|补贴|奖励|贷款|金额|收入|经费|费用|产值|营收|税收|融资|兑付|拨付|基金|预算|销售额/;
// 万/亿 followed by something that is not a unit or a counted noun: 近7000万。 / 7000万，
const BARE_WAN = new RegExp(`(${NUM})(余|多)?(万|亿)(?![\\p{Script=Han}\\d])`, "gu");
const MEASURE = String.raw`(?:亿元|万元|元|家|个|项|名|人|户|次|件|份|亩|平方米|平方公里|吨|辆|套|台|所|座|条|篇|期|场|批|天|余家|余人|余个|余项|余次|余份|余名)`;
// Ordinals (第3批) and digits inside longer numbers are not quantities.
const QTY = new RegExp(`(?<![第\\d.])(${NUM})(${MEASURE})`, "g");

function moneyUnits(f: ViewField, out: Finding[]): void {
  for (const m of f.text.matchAll(BARE_WAN)) {
    const end = m.index + m[0].length;
    const before = f.text.slice(Math.max(0, m.index - 16), m.index);
    const money = MONEY_CONTEXT.test(before);
    out.push(
      fieldFinding(
        {
          ...W,
          message: `“${m[0]}”缺少计量单位${money ? "，金额应写作“" + m[0] + "元”" : "（如“万元”“万人”）"}。`,
        },
        f,
        m.index,
        end,
        money ? { label: `改为“${m[0]}元”`, replacement: "元", start: end, end } : undefined,
      ),
    );
  }
}

function ranges(f: ViewField, out: Finding[]): void {
  for (const m of f.text.matchAll(/(?<!\d)((?:19|20)\d{2})\s*[-－~～]\s*((?:19|20)\d{2})(?!\d)/g)) {
    const fixed = `${m[1]}—${m[2]}`;
    out.push(
      fieldFinding({ ...W, message: `年份范围应使用一字线“—”，写作“${fixed}”。` }, f, m.index, m.index + m[0].length, {
        label: `改为“${fixed}”`,
        replacement: fixed,
      }),
    );
  }
  for (const m of f.text.matchAll(/(?<![\d.\-/—])(\d{1,3})[-—–－](\d{1,3})(?=[\p{Script=Han}%])/gu)) {
    if (/^(?:19|20)\d{2}$/.test(m[1] ?? "")) continue;
    const fixed = `${m[1]}～${m[2]}`;
    out.push(
      fieldFinding({ ...W, message: `数值范围应使用浪纹线“～”，写作“${fixed}”。` }, f, m.index, m.index + m[0].length, {
        label: `改为“${fixed}”`,
        replacement: fixed,
      }),
    );
  }
  for (const m of f.text.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)([~～])(\d+(?:\.\d+)?%)/g)) {
    const fixed = `${m[1]}%${m[2]}${m[3]}`;
    out.push(
      fieldFinding(
        { ...W, message: `百分数范围的两个数都要带“%”，写作“${fixed}”。` },
        f,
        m.index,
        m.index + m[0].length,
        {
          label: `改为“${fixed}”`,
          replacement: fixed,
        },
      ),
    );
  }
  for (const m of f.text.matchAll(/(?<![\d年])(\d{2})年(?=\d{1,2}月)/g)) {
    out.push(
      fieldFinding(
        { ...W, message: `年份应写全，如“20${m[1]}年”，不省略为“${m[0]}”。` },
        f,
        m.index,
        m.index + m[0].length,
        {
          label: `改为“20${m[1]}年”`,
          replacement: `20${m[1]}年`,
        },
      ),
    );
  }
  for (const m of f.text.matchAll(
    new RegExp(
      FIGURE_MISSING.replace(/[[\]【】]/g, (c) => `\\${c}`),
      "g",
    ),
  )) {
    out.push(
      fieldFinding(
        {
          rule: "R16",
          severity: "error",
          message: "引用的数据在数据表中不存在（可能已被删除），请重新插入数据或直接填写数字。",
        },
        f,
        m.index,
        m.index + m[0].length,
      ),
    );
  }
}

interface Qty {
  readonly field: ViewField;
  readonly at: number;
  readonly len: number;
  readonly value: number;
  readonly unit: string;
  /** The words just before the number (from the last punctuation or number), used as the quantity's name. */
  readonly key: string;
}

function quantities(f: ViewField): Qty[] {
  const out: Qty[] = [];
  for (const m of f.text.matchAll(QTY)) {
    const before = f.text.slice(Math.max(0, m.index - 24), m.index);
    const key = /[\p{Script=Han}“”《》]*$/u.exec(before)?.[0] ?? "";
    out.push({
      field: f,
      at: m.index,
      len: m[0].length,
      value: Number(m[1]),
      unit: (m[2] ?? "").replace(/^余/, ""),
      key,
    });
  }
  return out;
}

/** The same quantity (same words before it, same unit) stated twice with different numbers. */
function repeated(all: readonly Qty[], out: Finding[]): void {
  const seen = new Map<string, Qty>();
  const reported = new Set<string>();
  for (const q of all) {
    // Parts after 其中 depend on their total, so the same words may carry different numbers.
    if (Array.from(q.key).length < 4 || q.key.startsWith("其中")) continue;
    const id = `${q.key}|${q.unit}`;
    const first = seen.get(id);
    if (!first) {
      seen.set(id, q);
      continue;
    }
    // One finding per quantity: a list of differing values is one problem, not many.
    if (first.value !== q.value && !reported.has(id)) {
      reported.add(id);
      out.push(
        fieldFinding(
          {
            ...W,
            message: `${quoted(q.key)}前文为${first.value}${first.unit}，此处为${q.value}${q.unit}，同一数据前后不一致，请核对。`,
          },
          q.field,
          q.at,
          q.at + q.len,
        ),
      );
    }
  }
}

/** 其中 parts must not exceed their total (same unit, same sentence). */
function partsWithinTotal(f: ViewField, qs: readonly Qty[], out: Finding[]): void {
  for (const m of f.text.matchAll(/其中/g)) {
    const sent = sentenceAround(f.text, m.index);
    const total = [...qs].reverse().find((q) => q.at >= sent.start && q.at + q.len <= m.index);
    if (!total) continue;
    for (const part of qs) {
      if (part.at < m.index || part.at >= sent.end || part.unit !== total.unit) continue;
      if (part.value > total.value)
        out.push(
          fieldFinding(
            { ...W, message: `“其中”部分为${part.value}${part.unit}，超过了总数${total.value}${total.unit}，请核对。` },
            f,
            part.at,
            part.at + part.len,
          ),
        );
    }
  }
}

/** Whether a shown percentage is the ratio, truncated or rounded at the shown precision. */
export function percentAgrees(shown: string, ratio: number): boolean {
  const decimals = shown.includes(".") ? (shown.split(".")[1] ?? "").length : 0;
  const scale = 10 ** decimals;
  const value = Number(shown);
  const eps = 1e-9;
  return (
    Math.abs(Math.round(ratio * scale) / scale - value) < eps ||
    Math.abs(Math.floor(ratio * scale + eps) / scale - value) < eps
  );
}

/** 完成…8家目标任务的187%: the percentage equals the stated result over the target. */
function percentOfTarget(f: ViewField, qs: readonly Qty[], out: Finding[]): void {
  for (const m of f.text.matchAll(/目标(?:任务)?的(\d+(?:\.\d+)?)%/g)) {
    const sent = sentenceAround(f.text, m.index);
    const before = qs.filter((q) => q.at >= sent.start && q.at < m.index);
    const target = before[before.length - 1];
    if (!target) continue;
    const actual = [...before.slice(0, -1)].reverse().find((q) => q.unit === target.unit);
    if (!actual || target.value === 0) continue;
    const ratio = (actual.value / target.value) * 100;
    const shown = m[1] ?? "";
    if (percentAgrees(shown, ratio)) continue;
    const at = m.index + m[0].length - shown.length - 1;
    out.push(
      fieldFinding(
        {
          ...W,
          message: `${actual.value}${actual.unit}对目标${target.value}${target.unit}应为${Math.round(ratio * 10) / 10}%，此处写${shown}%，请核对。`,
        },
        f,
        at,
        at + shown.length + 1,
      ),
    );
  }
}

function staleFigures(ctx: LintContext, out: Finding[]): void {
  for (const fig of ctx.draft.figures) {
    if (!fig.asOf) continue;
    const age = daysBetween(fig.asOf, ctx.today);
    if (age === null || age <= ctx.staleFigureDays) continue;
    const use = ctx.view.fields.find((f) => f.editable && figureIdsIn(sourceOf(ctx, f.path)).includes(fig.id));
    if (!use) continue;
    const token = `{{fig:${fig.id}}}`;
    const src = sourceOf(ctx, use.path);
    const at = Math.max(0, src.indexOf(token));
    out.push(
      finding({
        ...W,
        message: `数据${quoted(fig.label || fig.value)}的统计时间是${formatChineseDate(fig.asOf)}，已超过${ctx.staleFigureDays}天，请更新为最新数据或注明统计时间。`,
        location: { path: use.path, start: at, end: at + (src.includes(token) ? token.length : 0) },
      }),
    );
  }
}

/** The stored text at a path (letter fields, record.* and figures.*). */
function sourceOf(ctx: LintContext, path: string): string {
  let node: unknown = path.startsWith("record.") ? ctx.draft : ctx.draft.letter;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object") return "";
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === "string" ? node : "";
}

function thousands(ctx: LintContext, fields: readonly ViewField[], out: Finding[]): void {
  if (ctx.imported) return;
  let grouped: ViewField | null = null;
  let plain = false;
  for (const f of fields) {
    if (!grouped && /\d{1,3}(?:,\d{3})+(?!\d)/.test(f.text)) grouped = f;
    if (/(?<![\d,.])\d{5,}(?![\d,])/.test(f.text.replace(/(?:19|20)\d{2}年/g, ""))) plain = true;
  }
  if (grouped && plain)
    out.push(
      finding({
        ...W,
        message: "千分位写法不统一：有的数字用逗号分节，有的不用，请统一。",
        location: { path: grouped.path, start: 0, end: 0 },
      }),
    );
}

// A date written with dots, slashes or hyphens in the text: 2026.3.5 → 2026年3月5日.
const DOTTED_DATE = /(?<![\d.．/-])((?:19|20)\d{2})([.．/-])(\d{1,2})\2(\d{1,2})(?![\d.．/-]|%)/gu;

function dottedDates(f: ViewField, out: Finding[]): void {
  for (const m of f.text.matchAll(DOTTED_DATE)) {
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const fixed = `${m[1]}年${month}月${day}日`;
    out.push(
      fieldFinding(
        { ...W, message: `日期“${m[0]}”应写作“${fixed}”（年月日用汉字，不用点号或横线分隔）。` },
        f,
        m.index,
        m.index + m[0].length,
        { label: `改为“${fixed}”`, replacement: fixed },
      ),
    );
  }
}

function checkR16(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const body = ctx.view.fields.filter(isBodyField);
  const all: Qty[] = [];
  for (const f of body) {
    moneyUnits(f, out);
    ranges(f, out);
    dottedDates(f, out);
    const qs = quantities(f);
    all.push(...qs);
    partsWithinTotal(f, qs, out);
    percentOfTarget(f, qs, out);
  }
  repeated(all, out);
  thousands(ctx, body, out);
  staleFigures(ctx, out);
  return out;
}

/** R16: figures carry units, ranges are written right, figures agree with each other and are not stale. */
export const R16: LintRule = {
  id: "R16",
  severity: "warning",
  describe:
    "数字与单位：金额带“元”，范围号规范，正文日期写作“2026年3月5日”，同一数据前后一致，“其中”不超总数，百分比与数字相符，数据不过期",
  check: checkR16,
};
