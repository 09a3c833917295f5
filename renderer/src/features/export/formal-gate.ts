// Whether a draft may be exported as a formal (sealed, unmarked) copy now, and what stands in the way.
import type { Finding } from "../../../../shared/lint";
import type { Draft } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";
import { blockingFindingsFor } from "../lint/blocking-findings";

/** The gate of 正式导出: allowed, or why not (the rulebook's reason and/or lint errors). */
export interface FormalGate {
  readonly allowed: boolean;
  /** The rulebook's Chinese reason when this person may not export formally now, else null. */
  readonly statusReason: string | null;
  /** Lint errors (purpose "export") that must be fixed first, in document order. */
  readonly blockers: readonly Finding[];
}

/**
 * Checks the draft as it is in the editor (the export saves pending edits first). `refusal` is the rulebook's
 * answer for 正式导出 by the signed-in person (main asks the same rulebook again with the verified chain).
 */
export function formalGate(draft: Draft, settings: Settings, refusal: string | null): FormalGate {
  const blockers = blockingFindingsFor(draft, settings, "export");
  return { allowed: refusal === null && blockers.length === 0, statusReason: refusal, blockers };
}
