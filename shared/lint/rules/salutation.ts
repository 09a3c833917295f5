// R03 salutation form: `(尊敬的)?姓名(、姓名)*(等N名)?(代表|委员|同志)：`, or an organisation name + `：`.
import type { Finding, LintContext, LintRule } from "../types";
import { fieldFinding, finding, roleOf } from "../util";

// Words that end an organisation's name: a salutation ending in one of them needs no role word.
const ORG_END =
  /(局|委|会|部|党|盟|社|团|院|所|室|办|厅|处|组|联|中心|公司|政府|单位|大学|学校|医院|协会|商会|联合会|委员会|支部|小组|集团)$/;
const FORM = /^(尊敬的)?[\p{Script=Han}、·]+(等\d*名?)?(代表|委员|同志)?：$/u;

function checkR03(ctx: LintContext): Finding[] {
  const { record } = ctx.draft;
  const field = ctx.view.byPath.get("salutation");
  const expectsPerson = record.handling === "主办" && (record.proposerOrg?.trim() ?? "") === "";
  if (!field || field.text.trim() === "") {
    if (!ctx.imported) return [];
    return [
      finding({
        rule: "R03",
        severity: "error",
        message: "没有称呼（主送）。请在标题下一行顶格写“XX委员：”或“XX代表：”。",
        location: null,
      }),
    ];
  }
  const out: Finding[] = [];
  const raw = field.text;
  const text = raw.trim();
  const lead = raw.length - raw.trimStart().length;
  const end = lead + text.length;
  const err = (message: string, fix?: { label: string; replacement: string; start: number; end: number }): Finding =>
    fieldFinding({ rule: "R03", severity: "error", message }, field, lead, end, fix);
  const bare = text.replace(/[：:]$/, "");
  const role = roleOf(record.channel);
  if (text.endsWith(":")) {
    out.push(err("称呼末尾应为全角冒号“：”。", { label: "改为全角冒号", replacement: "：", start: end - 1, end }));
  } else if (!text.endsWith("：")) {
    out.push(err("称呼末尾缺少全角冒号“：”。", { label: "加上“：”", replacement: "：", start: end, end }));
  }
  const withoutRole = !/(代表|委员|同志)$/.test(bare);
  const core = bare.replace(/^尊敬的/, "");
  const names = core.split("、");
  const looksPersonal =
    record.proposers.some((p) => names.includes(p.trim())) ||
    (names.every((n) => /^[\p{Script=Han}·]{2,4}$/u.test(n)) && !ORG_END.test(core));
  if (expectsPerson && withoutRole && looksPersonal) {
    out.push(
      err(`称呼“${bare}”缺少称谓，应写作“${bare}${role}：”。`, {
        label: `补上“${role}”`,
        replacement: role,
        start: lead + bare.length,
        end: lead + bare.length,
      }),
    );
  } else if (/[，,。；;！!]/.test(bare) || (!FORM.test(bare + "：") && !ORG_END.test(core))) {
    out.push(err(`称呼“${text}”格式不规范，应为“姓名+委员/代表：”或“单位名称：”，不含其他标点。`));
  }
  return out;
}

/** R03: salutation is names (+等N名) + role word + full-width colon, or an organisation name + colon. */
export const R03: LintRule = {
  id: "R03",
  severity: "error",
  describe: "称呼格式：姓名+称谓+全角冒号，或单位名称+全角冒号",
  check: checkR03,
};
