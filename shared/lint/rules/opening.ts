// R04 opening anchors: 收悉 (warning if absent) and 答复如下： (error if absent).
import { isBodyField } from "../text-view";
import type { Finding, LintContext, LintRule } from "../types";
import { fieldFinding, finding, wholeField } from "../util";

const ANCHOR = /(答复|函告|意见|说明)如下|如下答复/;

function checkR04(ctx: LintContext): Finding[] {
  const opening = ctx.view.byPath.get("opening");
  // Imported letters may keep the opening in the first body paragraph.
  let field = opening;
  if (ctx.imported && (!field || field.text.trim() === ""))
    field = ctx.view.fields.find((f) => isBodyField(f) && f.text.trim() !== "");
  if (!field) return [];
  const out: Finding[] = [];
  const isMain = ctx.draft.record.handling === "主办";
  const where = field.text.trim() === "" ? null : wholeField(field);
  if (!ANCHOR.test(field.text)) {
    out.push(
      finding({
        rule: "R04",
        severity: "error",
        message: isMain
          ? "开头缺少“现答复如下：”，请在开头段末写明，例如“经认真研究，现答复如下：”。"
          : "开头缺少“现将会办意见函告如下：”一类的引出语，请补上。",
        location: where ?? { path: "opening", start: 0, end: 0 },
      }),
    );
  }
  const period = /(?:答复|回复|函告|意见|说明)如下(。)/.exec(field.text);
  if (period && field.text.trim().endsWith(period[0])) {
    const at = period.index + period[0].length - 1;
    out.push(
      fieldFinding(
        { rule: "R04", severity: "warning", message: "“现答复如下”引出下文，后面应用冒号“：”，不用句号。" },
        field,
        at,
        at + 1,
        { label: "改为“：”", replacement: "：" },
      ),
    );
  }
  if (!field.text.includes("收悉")) {
    out.push(
      finding({
        rule: "R04",
        severity: "warning",
        message: `开头未写“收悉”。一般写作“您提出的《……》（第N号）收悉”，表明已收到${ctx.draft.record.channel}。`,
        location: where ?? { path: "opening", start: 0, end: 0 },
      }),
    );
  }
  return out;
}

/** R04: the opening says 收悉 and leads into the answer with 答复如下. */
export const R04: LintRule = {
  id: "R04",
  severity: "error",
  describe: "开头要素：有“收悉”，并以“现答复如下：”引出正文",
  check: checkR04,
};
