// The lint gate of 正式导出: a formal copy is refused while the linter (purpose "export") reports errors.
import { AppError } from "../../../shared/api/errors";
import { blocking, lintDraft, type Finding } from "../../../shared/lint";
import type { Draft } from "../../../shared/model/draft";
import type { Settings } from "../../../shared/model/settings";

/** How many blocking findings the message lists before saying how many more there are. */
const LISTED = 8;

/** The errors that block a formal export of `draft` on `today` (YYYY-MM-DD), in document order. */
export function formalExportBlockers(draft: Draft, settings: Settings, today: string): Finding[] {
  return blocking(lintDraft({ draft, settings, today, purpose: "export" }));
}

/** The Chinese message that lists the blocking rules (rule id and message, one per item). */
export function blockersMessage(findings: readonly Finding[]): string {
  const listed = findings.slice(0, LISTED).map((f, i) => `${i + 1}. ${f.rule} ${f.message}`);
  const more = findings.length > LISTED ? `\n……另有 ${findings.length - LISTED} 项。` : "";
  return `文稿检查发现 ${findings.length} 处错误，不能正式导出：\n${listed.join("\n")}${more}\n请改正后再正式导出，或先导出草稿。`;
}

/** Throws INVALID_STATE listing the blocking rules when the linter has errors for a formal export. */
export function assertFormalExportClean(draft: Draft, settings: Settings, today: string): void {
  const findings = formalExportBlockers(draft, settings, today);
  if (findings.length > 0) throw new AppError("INVALID_STATE", blockersMessage(findings));
}
