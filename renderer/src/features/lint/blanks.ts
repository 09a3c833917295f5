// Template blanks (【请填写…】) among lint findings: a to-do for the officer, not an error to be ashamed of.
import type { Finding } from "../../../../shared/lint";

const BLANK_MESSAGE = /^(?:模板占位内容)?“(【[^】]+】)”/u;

/** The template blank (【请填写…】) a finding asks to fill, or null when it is another kind of problem. */
export function blankOf(finding: Finding): string | null {
  if (finding.rule !== "R27" || finding.location === null) return null;
  return BLANK_MESSAGE.exec(finding.message)?.[1] ?? null;
}
