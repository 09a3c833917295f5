// R10 result category mark (present, in the bureau's scheme, consistent with the text); R20 next steps for B/C/D.
import { isBodyField } from "../text-view";
import type { Finding, LintContext, LintRule } from "../types";
import { finding } from "../util";

const DONE = /已[经]?|完成|建成|累计|实现|出台|印发|共计|达到|获批|落地|开展了|办结|解决了/g;
const FUTURE = /将|拟|计划|争取|待.{0,12}后/g;
const REASON = /因|受.{0,12}限制|暂不具备|暂时不能|由于|鉴于|尚不具备|条件不成熟|超出/;
const TIMELINE = /\d{4}年|年底|年内|年末|月底|[上下]半年|\d{1,2}月|季度|期间|之前|前完成|十[四五六]五/;
const LOC = { path: "record.category", start: 0, end: 0 } as const;

function count(text: string, re: RegExp): number {
  return [...text.matchAll(re)].length;
}

function checkR10(ctx: LintContext): Finding[] {
  const { record } = ctx.draft;
  if (record.handling !== "主办") return [];
  const scheme = ctx.settings.bureau.categoryScheme;
  const allowed = scheme === "ABC" ? ["A", "B", "C"] : ["A", "B", "C", "D"];
  const cat = record.category;
  if (cat === null) {
    return [
      finding({
        rule: "R10",
        severity: ctx.imported ? "hint" : "error",
        message: `未标注办理结果分类（${allowed.join("/")}），主办答复须在首页右上角标注，请在登记信息中选择。`,
        location: LOC,
      }),
    ];
  }
  if (!allowed.includes(cat))
    return [
      finding({
        rule: "R10",
        severity: "error",
        message: `本单位使用${allowed.join("、")}${allowed.length}类分类，没有“${cat}”类，请重新选择。`,
        location: LOC,
      }),
    ];
  const body = ctx.view.bodyText;
  const warn = (message: string): Finding[] => [finding({ rule: "R10", severity: "warning", message, location: LOC })];
  if (cat === "A" && count(body, DONE) === 0 && count(body, FUTURE) > 0)
    return warn(
      "标为A类（已解决或基本解决），但正文只有“将、拟、计划”等打算，没有已完成的事实。请核对分类或补充已办成的情况。",
    );
  const referenceOnly = cat === "D" || (scheme === "ABC" && cat === "C");
  if ((cat === "C" || cat === "D") && !REASON.test(body))
    return warn(
      `标为${cat}类（${referenceOnly ? "留作参考" : "需待以后解决"}），但正文没有说明原因（如“因……限制”“暂不具备条件”）。请写明不能解决或暂缓的原因。`,
    );
  if (cat === "B" && !TIMELINE.test(body))
    return warn("标为B类（正在解决或列入计划），但正文没有时间安排（如“2024年底前”“年内”）。请写明计划和时限。");
  return [];
}

/** R10: a 主办 reply carries a category mark of the bureau's scheme, consistent with what the text says. */
export const R10: LintRule = {
  id: "R10",
  severity: "error",
  describe: "办理结果分类：主办答复须标注，属本单位分类方案，并与正文相符",
  check: checkR10,
};

function checkR20(ctx: LintContext): Finding[] {
  const cat = ctx.draft.record.category;
  if (ctx.draft.record.handling !== "主办" || cat === null || cat === "A") return [];
  if (ctx.draft.letter.sections.some((s) => s.role === "nextSteps")) return [];
  // Opening and closing do not count: "欢迎今后多提宝贵意见" is not a plan.
  const body = ctx.view.fields
    .filter((f) => f.kind !== "opening" && f.kind !== "closing" && isBodyField(f))
    .map((f) => f.text)
    .join("\n");
  if (/下一步|下步|今后|将/.test(body)) return [];
  return [
    finding({
      rule: "R20",
      severity: "warning",
      message: `标为${cat}类，但没有“下一步工作”内容。请增加“下一步工作打算”部分，写明后续措施和时限。`,
      location: { path: "sections", start: 0, end: 0 },
    }),
  ];
}

/** R20: B/C/D replies say what happens next (下一步/今后/将…). */
export const R20: LintRule = {
  id: "R20",
  severity: "warning",
  describe: "B、C、D类答复须有“下一步”工作打算",
  check: checkR20,
};
