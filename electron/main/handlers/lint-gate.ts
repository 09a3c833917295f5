// The lint side of the review chain: 提交审核 is refused while the linter reports errors, and a warning can be
// acknowledged with a reason that goes into the draft's audit trail (errors cannot be acknowledged away).
import { AppError } from "../../../shared/api/errors";
import { blocking, lintDraft, type Finding } from "../../../shared/lint";
import { ACKNOWLEDGE_ACTION, type AcknowledgementDetails } from "../../../shared/lint/acknowledgement";
import type { Draft } from "../../../shared/model/draft";
import type { Settings } from "../../../shared/model/settings";
import type { AuditEntry } from "../../../shared/workflow/schemas";
import { transition, type Actor } from "../../../shared/workflow/status-machine";
import type { WorkflowService } from "../services/workflow/workflow-service";

/** How many blocking findings the refusal lists before saying how many more there are. */
const LISTED = 8;

/** The errors that block 提交审核 of `draft` on `today` (YYYY-MM-DD), in document order. */
export function submitBlockers(draft: Draft, settings: Settings, today: string): Finding[] {
  return blocking(lintDraft({ draft, settings, today, purpose: "submit" }));
}

/** The Chinese refusal that lists the blocking rules (rule id and message, one per item). */
export function submitBlockersMessage(findings: readonly Finding[]): string {
  const listed = findings.slice(0, LISTED).map((f, i) => `${i + 1}. ${f.rule} ${f.message}`);
  const more = findings.length > LISTED ? `\n……另有 ${findings.length - LISTED} 项。` : "";
  return `格式审查发现 ${findings.length} 处错误，不能提交审核：\n${listed.join("\n")}${more}\n请在“格式审查”中逐条改正后再提交。`;
}

/** Throws INVALID_STATE listing the blocking rules when the linter has errors for 提交审核. */
export function assertSubmitClean(draft: Draft, settings: Settings, today: string): void {
  const findings = submitBlockers(draft, settings, today);
  if (findings.length > 0) throw new AppError("INVALID_STATE", submitBlockersMessage(findings));
}

/**
 * The 提交审核 guard of the handler: when the status machine would allow `actor` to submit draft `id`, the
 * draft must also lint clean. A submit refused anyway (wrong role or status, or a stale baseRevision) is left to
 * the workflow service, so the person sees that reason first rather than format errors they may not fix.
 */
export async function guardSubmit(
  wf: WorkflowService,
  settings: Settings,
  today: string,
  id: string,
  actor: Actor,
  baseRevision?: number,
): Promise<void> {
  const draft = await wf.store.get(id);
  if (baseRevision !== undefined && baseRevision !== draft.revision) return;
  if (!transition(await wf.stateOf(draft), { type: "submit" }, actor).ok) return;
  assertSubmitClean(draft, settings, today);
}

/**
 * Appends an acknowledgement to the draft's audit trail. Refused when the stored draft reports this finding as an
 * error: errors block 提交审核 and must be fixed, not acknowledged. (A warning the stored copy does not show yet,
 * because autosave is a moment behind the editor, is still recorded: it is a person's note, not a state change.)
 */
export async function acknowledgeFinding(
  wf: WorkflowService,
  settings: Settings,
  today: string,
  id: string,
  ack: AcknowledgementDetails,
): Promise<AuditEntry> {
  const draft = await wf.store.get(id);
  const findings = lintDraft({ draft, settings, today });
  const same = findings.filter((f) => f.rule === ack.rule && f.message === ack.message);
  if (same.some((f) => f.severity === "error")) {
    throw new AppError("BAD_INPUT", `${ack.rule} 是错误，不能确认忽略，请改正后再提交。`);
  }
  return wf.record(draft, wf.currentActor(), ACKNOWLEDGE_ACTION, null, {
    rule: ack.rule,
    message: ack.message,
    reason: ack.reason,
  });
}
