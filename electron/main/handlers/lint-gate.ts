// The lint side of the review chain: 提交审核 is refused while the linter reports errors, and a warning can be
// acknowledged with a reason that goes into the draft's audit trail (errors cannot be acknowledged away).
import { AppError } from "../../../shared/api/errors";
import { lintDraft } from "../../../shared/lint";
import { ACKNOWLEDGE_ACTION, type AcknowledgementDetails } from "../../../shared/lint/acknowledgement";
import { assertGateClean } from "../../../shared/lint/gate";
import type { Settings } from "../../../shared/model/settings";
import type { AuditEntry } from "../../../shared/workflow/schemas";
import { transition, type Actor } from "../../../shared/workflow/status-machine";
import type { WorkflowService } from "../services/workflow/workflow-service";

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
  actor: Actor | null,
  baseRevision?: number,
): Promise<void> {
  const draft = await wf.store.get(id);
  if (baseRevision !== undefined && baseRevision !== draft.revision) return;
  if (!transition(await wf.stateOf(draft), { type: "submit" }, actor).ok) return;
  assertGateClean("submit", draft, settings, today);
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
  return wf.record(draft, wf.actorOrNobody(), ACKNOWLEDGE_ACTION, null, {
    rule: ack.rule,
    message: ack.message,
    reason: ack.reason,
  });
}
