// R11 公开属性: one of 主动公开/依申请公开/不予公开; a 主动公开 letter shows no mobile numbers or home addresses.
import type { Finding, LintContext, LintRule } from "../types";
import { fieldFinding, finding } from "../util";

const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const ADDRESS = /\p{Script=Han}{2,}(?:路|街|巷|弄|大道)\d+号(?:院)?\d*(?:栋|幢|单元|号楼|室)/gu;

function checkR11(ctx: LintContext): Finding[] {
  const { record } = ctx.draft;
  if (record.handling !== "主办") return [];
  if (record.disclosure === null) {
    return [
      finding({
        rule: "R11",
        severity: ctx.imported ? "hint" : "error",
        message: "未选择公开属性（主动公开、依申请公开或不予公开），请在登记信息中选择。",
        location: { path: "record.disclosure", start: 0, end: 0 },
      }),
    ];
  }
  if (record.disclosure !== "主动公开") return [];
  const out: Finding[] = [];
  for (const f of ctx.view.fields) {
    if (f.kind === "record") continue;
    const staff = f.kind === "contact";
    for (const m of f.text.matchAll(MOBILE)) {
      out.push(
        fieldFinding(
          {
            rule: "R11",
            severity: staff ? "warning" : "error",
            message: staff
              ? "本件主动公开，附注中的手机号会随答复公开，建议改用办公电话。"
              : "本件主动公开，正文不得出现手机号码（代表、委员的联系方式须删除）。",
          },
          f,
          m.index,
          m.index + m[0].length,
        ),
      );
    }
    if (staff) continue;
    for (const m of f.text.matchAll(ADDRESS)) {
      out.push(
        fieldFinding(
          { rule: "R11", severity: "warning", message: "本件主动公开，此处疑似个人住址，公开前请删除。" },
          f,
          m.index,
          m.index + m[0].length,
        ),
      );
    }
  }
  return out;
}

/** R11: the disclosure attribute is set; a published letter carries no personal contact details. */
export const R11: LintRule = {
  id: "R11",
  severity: "error",
  describe: "公开属性：须选定；主动公开的答复不含手机号、住址等个人信息",
  check: checkR11,
};
