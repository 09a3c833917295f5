// Whether a draft may be exported as a formal (sealed, unmarked) copy now, and what stands in the way.
import type { Finding } from "../../../../shared/lint";
import type { Draft, DraftStatus } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";
import { blockingFindingsFor } from "../lint/blocking-findings";

/** Statuses whose letters may be exported formally (signed off), as main enforces. */
export const FORMAL_STATUSES: readonly DraftStatus[] = ["已签发", "已答复"];

/** The gate of 正式导出: allowed, or why not (status and/or lint errors). */
export interface FormalGate {
  readonly allowed: boolean;
  /** Chinese reason when the status does not allow a formal copy yet, else null. */
  readonly statusReason: string | null;
  /** Lint errors (purpose "export") that must be fixed first, in document order. */
  readonly blockers: readonly Finding[];
}

/** Checks the draft as it is in the editor (the export saves pending edits first). */
export function formalGate(draft: Draft, settings: Settings): FormalGate {
  const statusReason = FORMAL_STATUSES.includes(draft.status)
    ? null
    : `当前状态为“${draft.status}”：签发（已签发或已答复）之后才能正式导出。`;
  const blockers = blockingFindingsFor(draft, settings, "export");
  return { allowed: statusReason === null && blockers.length === 0, statusReason, blockers };
}
