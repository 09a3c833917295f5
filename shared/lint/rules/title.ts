// R24 title: 关于…第N号建议/提案的答复 (复函, 会办意见, …答复的函), no punctuation but 《》 and quotes.
import type { Finding, LintContext, LintRule } from "../types";
import { fieldFinding } from "../util";

const NUMBERED = /关于.*第\d+号(建议|提案)(的(答复|复函|答复函|会办意见)|答复的函|办理情况的答复)$/;
const UNNUMBERED = /关于.*(《.+》|建议|提案).*(的(答复|复函|答复函|会办意见)|答复的函|办理情况的答复)$/;

function checkR24(ctx: LintContext): Finding[] {
  const f = ctx.view.byPath.get("title");
  if (!f || f.text.trim() === "") return [];
  const out: Finding[] = [];
  const text = f.text.trim();
  const numbered = ctx.draft.record.proposalNumber !== null || /第\d+号/.test(text);
  const ok = numbered ? NUMBERED.test(text) : UNNUMBERED.test(text);
  if (!ok)
    out.push(
      fieldFinding(
        {
          rule: "R24",
          severity: "warning",
          message: `标题不规范，应为“（单位）关于${ctx.draft.record.session || "XX会议"}第N号${ctx.draft.record.channel}的${ctx.draft.record.handling === "会办" ? "会办意见" : "答复"}”。`,
        },
        f,
        0,
        f.text.length,
      ),
    );
  for (const m of f.text.matchAll(/[，,。.、；;：:！!？?（）()【】]/g)) {
    out.push(
      fieldFinding(
        { rule: "R24", severity: "warning", message: `标题中除书名号、引号外不用标点，请删去“${m[0]}”。` },
        f,
        m.index,
        m.index + 1,
      ),
    );
  }
  return out;
}

/** R24: the title follows the 关于…第N号提案的答复 pattern and carries no punctuation but 《》“”. */
export const R24: LintRule = {
  id: "R24",
  severity: "warning",
  describe: "标题：“关于……第N号建议/提案的答复”，除书名号、引号外不用标点",
  check: checkR24,
};
