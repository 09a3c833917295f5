// The lint gates of 提交审核 and 正式导出: the errors that block each action, the Chinese refusal that lists them,
// and the assert the handlers and the CLI call before acting.
import { AppError } from "../api/errors";
import type { Draft } from "../model/draft";
import type { Settings } from "../model/settings";
import { blocking, lintDraft } from "./index";
import type { Finding } from "./types";

/** The actions guarded by the linter: "submit" is 提交审核, "export" is 正式导出. */
export type GatedAction = "submit" | "export";

/** How many blocking findings a refusal lists before saying how many more there are. */
const LISTED = 8;

/** Each gate's wording: the checker's name, the refused action, and the advice that ends the refusal. */
const WORDING: Record<GatedAction, { readonly checker: string; readonly action: string; readonly advice: string }> = {
  submit: { checker: "格式审查", action: "提交审核", advice: "请在“格式审查”中逐条改正后再提交。" },
  export: { checker: "文稿检查", action: "正式导出", advice: "请改正后再正式导出，或先导出草稿。" },
};

/** The errors that block `action` on `draft` on `today` (YYYY-MM-DD), in document order. */
export function gateBlockers(action: GatedAction, draft: Draft, settings: Settings, today: string): Finding[] {
  return blocking(lintDraft({ draft, settings, today, purpose: action }));
}

/** The Chinese refusal of `action` that lists the blocking rules (rule id and message, one per item). */
export function gateMessage(action: GatedAction, findings: readonly Finding[]): string {
  const { checker, action: name, advice } = WORDING[action];
  const listed = findings.slice(0, LISTED).map((f, i) => `${i + 1}. ${f.rule} ${f.message}`);
  const more = findings.length > LISTED ? `\n……另有 ${findings.length - LISTED} 项。` : "";
  return `${checker}发现 ${findings.length} 处错误，不能${name}：\n${listed.join("\n")}${more}\n${advice}`;
}

/** Throws INVALID_STATE listing the blocking rules when the linter has errors that block `action`. */
export function assertGateClean(action: GatedAction, draft: Draft, settings: Settings, today: string): void {
  const findings = gateBlockers(action, draft, settings, today);
  if (findings.length > 0) throw new AppError("INVALID_STATE", gateMessage(action, findings));
}
