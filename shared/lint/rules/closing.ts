// R21 closing: a thanks sentence (warning if missing) and the feedback-form sentence (hint).
import type { Finding, LintContext, LintRule } from "../types";
import { finding } from "../util";

function checkR21(ctx: LintContext): Finding[] {
  if (ctx.draft.record.handling !== "主办") return [];
  const body = ctx.view.bodyText;
  const out: Finding[] = [];
  const loc = { path: ctx.draft.letter.closing.length > 0 ? "closing.0" : "closing", start: 0, end: 0 };
  if (!/感谢.{0,20}(关心|支持)/.test(body))
    out.push(
      finding({
        rule: "R21",
        severity: "warning",
        message: "缺少致谢语。请在结尾写“感谢您对……工作的关心和支持”。",
        location: loc,
      }),
    );
  if (!/征询意见表|反馈意见表|意见反馈表|回执|满意度/.test(body))
    out.push(
      finding({
        rule: "R21",
        severity: "hint",
        message: `可在结尾请${ctx.draft.record.channel === "提案" ? "委员" : "代表"}填写征询意见表，反馈至${ctx.draft.record.channel === "提案" ? "政协提案委员会" : "人大常委会选联工委"}。`,
        location: loc,
      }),
    );
  return out;
}

/** R21: the reply thanks the proposer and points to the feedback form. */
export const R21: LintRule = {
  id: "R21",
  severity: "warning",
  describe: "结尾：有致谢语，并请填写征询意见表",
  check: checkR21,
};
