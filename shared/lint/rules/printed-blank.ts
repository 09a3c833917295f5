// Part of R09: the 发文机关 must not print blank. The red 版头 (信函格式) with no 单位全称 in the settings would go
// out as an empty red header: 正式导出 is refused. (An empty 署名 is R09's own first check; a variable in the 署名
// never prints empty: it prints 【未填写：…】, which R09 and R27 refuse.)
import type { Finding, LintContext } from "../types";
import { finding } from "../util";

/** Findings for a 版头 that the exported letter would print empty (judged on the layout it prints). */
export function printedBlankFindings(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const letterhead = ctx.layout.blocks.find((b) => b.kind === "letterhead");
  if (letterhead && letterhead.unitName.trim() === "") {
    out.push(
      finding({
        rule: "R09",
        // Settings, not the draft: an error only where it would print (正式导出); a warning while writing.
        severity: ctx.purpose === "export" ? "error" : "warning",
        message:
          "已开启信函格式版头，但“设置”中的单位全称为空：版头会印成没有机关名称的红头。请填写单位全称，或关闭版头。",
        location: null,
      }),
    );
  }
  return out;
}
