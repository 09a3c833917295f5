// R08 成文日期 (form, collapsed dates, order), R25 deadline, R26 approval trail (签发人, 签发日期).
import { daysBetween, dueDate, formatChineseDate } from "../../letter/dates";
import type { Finding, LintContext, LintRule } from "../types";
import { fieldFinding, finding, isCalendarDate } from "../util";

const SIGNED: ReadonlySet<string> = new Set(["已审核", "已签发", "已答复"]);

// 2022720, 20230915, 2022720日 — a full date with the 年/月/日 left out.
const COLLAPSED = /(?<![\d.])((?:19|20)\d{2})(\d{1,2})(\d{1,2})(日?)(?![\d.%％元万亿个家人户项名次件])/g;
// 720日 after something other than 年 or a digit; durations (120日内) are excluded.
const SHORT_COLLAPSED = /(?<![年\d.])(\d)(\d{2})日(?!内|以|之|左右|起|后|前|止)/g;
const PADDED = /(\d{4}年)?(0\d)月(0?\d{1,2})日|(\d{1,2})月(0\d)日/g;

function collapsedParts(y: string, digits: string): { m: number; d: number } | null {
  // Try month of one digit first for 7 digits (2022720 → 7-20), then two digits.
  const options =
    digits.length === 3
      ? [
          [digits.slice(0, 1), digits.slice(1)],
          [digits.slice(0, 2), digits.slice(2)],
        ]
      : digits.length === 4
        ? [[digits.slice(0, 2), digits.slice(2)]]
        : [];
  for (const [mm, dd] of options) {
    const m = Number(mm);
    const d = Number(dd);
    if (isCalendarDate(Number(y), m, d)) return { m, d };
  }
  return null;
}

function checkR08(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const { record, letter, status } = ctx.draft;
  const date = letter.signOff.date;
  const late = SIGNED.has(status) || ctx.purpose === "export" || ctx.imported;
  const loc = { path: "signOff.date", start: 0, end: 0 };
  if (date === null) {
    out.push(
      finding({
        rule: "R08",
        severity: late ? "error" : "hint",
        message: late
          ? "缺少成文日期。请在署名下写明日期，如“2024年5月28日”。"
          : "尚未填写成文日期，签发前须填写（格式如“2024年5月28日”）。",
        location: loc,
      }),
    );
  } else {
    if (record.assignedDate && date < record.assignedDate)
      out.push(
        finding({
          rule: "R08",
          severity: "error",
          message: `成文日期${formatChineseDate(date)}早于交办日期${formatChineseDate(record.assignedDate)}，请核对。`,
          location: loc,
        }),
      );
    if (date > ctx.today)
      out.push(
        finding({
          rule: "R08",
          severity: "warning",
          message: `成文日期${formatChineseDate(date)}晚于今天，请确认是否有误。`,
          location: loc,
        }),
      );
  }
  for (const f of ctx.view.fields) {
    if (f.kind === "record" || f.kind === "contact") continue;
    const text = f.text;
    for (const m of text.matchAll(COLLAPSED)) {
      const y = m[1] ?? "";
      const rest = (m[2] ?? "") + (m[3] ?? "");
      const parts = collapsedParts(y, rest);
      if (!parts) continue;
      const fixed = `${y}年${parts.m}月${parts.d}日`;
      out.push(
        fieldFinding(
          { rule: "R08", severity: "error", message: `日期“${m[0]}”缺少年月日，应写作“${fixed}”。` },
          f,
          m.index,
          m.index + m[0].length,
          { label: `改为“${fixed}”`, replacement: fixed },
        ),
      );
    }
    for (const m of text.matchAll(SHORT_COLLAPSED)) {
      const mo = Number(m[1]);
      const d = Number(m[2]);
      if (!isCalendarDate(2000, mo, d)) continue;
      const fixed = `${mo}月${d}日`;
      out.push(
        fieldFinding(
          { rule: "R08", severity: "error", message: `日期“${m[0]}”缺少“月”字，应写作“${fixed}”。` },
          f,
          m.index,
          m.index + m[0].length,
          { label: `改为“${fixed}”`, replacement: fixed },
        ),
      );
    }
    for (const m of text.matchAll(PADDED)) {
      const fixed = m[0].replace(/(?<!\d)0(\d)(?=[月日])/g, "$1");
      if (fixed === m[0]) continue;
      out.push(
        fieldFinding(
          { rule: "R08", severity: "error", message: `日期“${m[0]}”中的月、日不补零，应写作“${fixed}”。` },
          f,
          m.index,
          m.index + m[0].length,
          { label: `改为“${fixed}”`, replacement: fixed },
        ),
      );
    }
  }
  return out;
}

/** R08: the 成文日期 exists, is not before 交办 nor after today, and no date in the text is collapsed or padded. */
export const R08: LintRule = {
  id: "R08",
  severity: "error",
  describe: "成文日期：阿拉伯数字、年份写全、月日不补零，不写成“2022720”，不早于交办日期",
  check: checkR08,
};

/** The due date of a draft: the explicit one, else 交办日期 + the bureau's months (+ extension). */
export function draftDueDate(ctx: LintContext): string | null {
  const { record } = ctx.draft;
  if (record.dueDate) return record.dueDate;
  const b = ctx.settings.bureau;
  return dueDate(record.assignedDate, b.deadlineMonths, record.extensionApproved ? b.extensionMonths : 0);
}

function checkR25(ctx: LintContext): Finding[] {
  const due = draftDueDate(ctx);
  if (!due) return [];
  const date = ctx.draft.letter.signOff.date;
  const b = ctx.settings.bureau;
  const limit = ctx.draft.record.extensionApproved
    ? `${b.deadlineMonths}个月（已批准延期${b.extensionMonths}个月）`
    : `${b.deadlineMonths}个月`;
  if (date !== null) {
    if (date <= due) return [];
    return [
      finding({
        rule: "R25",
        severity: "warning",
        message: `成文日期${formatChineseDate(date)}已超过办理期限${formatChineseDate(due)}（交办后${limit}）。如已批准延期，请在登记信息中勾选。`,
        location: { path: "signOff.date", start: 0, end: 0 },
      }),
    ];
  }
  if (ctx.draft.status === "已答复") return [];
  const left = daysBetween(ctx.today, due);
  if (left === null || left >= 0) return [];
  return [
    finding({
      rule: "R25",
      severity: "warning",
      message: `办理期限${formatChineseDate(due)}已过${-left}天（交办后${limit}），请尽快答复或办理延期。`,
      location: { path: "record.dueDate", start: 0, end: 0 },
    }),
  ];
}

/** R25: the reply is dated within the deadline (交办日期 + configured months, more with an extension). */
export const R25: LintRule = {
  id: "R25",
  severity: "warning",
  describe: "办理期限：成文日期不晚于交办日期加规定月数（延期另计）",
  check: checkR25,
};

function checkR26(ctx: LintContext): Finding[] {
  const { record, letter, status } = ctx.draft;
  const out: Finding[] = [];
  const strict = ctx.purpose === "export" || status === "已签发" || status === "已答复";
  if (record.signer === null || record.signer.trim() === "") {
    if (ctx.imported) return out;
    out.push(
      finding({
        rule: "R26",
        severity: strict ? "error" : "hint",
        message: strict ? "尚未登记签发人，不能正式导出。请由签发领导签发后登记。" : "签发前须登记签发人和签发日期。",
        location: { path: "record.signer", start: 0, end: 0 },
      }),
    );
  } else if (record.signDate === null) {
    if (strict)
      out.push(
        finding({
          rule: "R26",
          severity: "error",
          message: "已登记签发人，但缺少签发日期，请补登。",
          location: { path: "record.signDate", start: 0, end: 0 },
        }),
      );
  } else if (letter.signOff.date !== null && record.signDate > letter.signOff.date) {
    out.push(
      finding({
        rule: "R26",
        severity: "error",
        message: `签发日期${formatChineseDate(record.signDate)}晚于成文日期${formatChineseDate(letter.signOff.date)}。成文日期应为签发当日或之后，请核对。`,
        location: { path: "record.signDate", start: 0, end: 0 },
      }),
    );
  }
  return out;
}

/** R26: before export a 签发人 is recorded and the 签发日期 is not after the 成文日期. */
export const R26: LintRule = {
  id: "R26",
  severity: "error",
  describe: "签发记录：正式导出前须登记签发人，签发日期不晚于成文日期",
  check: checkR26,
};
