// The rulebook's state of a draft as the page knows it: from the audit trail main verified (entries + trust).
import type { DraftStatus } from "../../../../shared/model/draft";
import { deriveWorkflow, type TrustedEntry } from "../../../../shared/workflow/audit-trust";
import type { AuditEntry } from "../../../../shared/workflow/schemas";
import type { WorkflowState } from "../../../../shared/workflow/status-machine";

/** What the auditTrail call returns that the page needs. */
export interface PageTrail {
  readonly entries: readonly AuditEntry[];
  readonly trust: readonly { readonly seq: number; readonly trust: "signed" | "legacy" | "unsigned" | "invalid" }[];
}

/**
 * The state the page asks the rulebook with. The page cannot hash the text, so it assumes the text is the one the
 * chain bound (main re-checks every action with the real hash and the verified chain before acting).
 */
export function pageStateOf(status: DraftStatus, trail: PageTrail | null): WorkflowState {
  const trustOf = new Map(trail?.trust.map((t) => [t.seq, t.trust]) ?? []);
  const trusted: TrustedEntry[] = (trail?.entries ?? []).flatMap((entry) => {
    const t = trustOf.get(entry.seq);
    return t && t !== "invalid"
      ? [{ entry, trust: t, personId: entry.personId ?? entry.origin?.personId ?? null }]
      : [];
  });
  const d = deriveWorkflow(trusted);
  return {
    status,
    submittedHash: d.submittedHash,
    contentHash: d.signedHash ?? d.approvedHash ?? d.submittedHash ?? "",
    approvedHash: d.approvedHash,
    letterDate: null,
    submittedBy: d.submittedBy,
    signedHash: d.signedHash,
  };
}
