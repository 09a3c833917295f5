// A warning acknowledged with a reason: how it is stored in the draft's audit trail (main writes, the panel reads).
import type { AuditEntry } from "../workflow/schemas";

/** The audit action of an acknowledgement. */
export const ACKNOWLEDGE_ACTION = "acknowledgeFinding";

/** What an acknowledgement entry carries besides actor and time. */
export interface AcknowledgementDetails {
  readonly rule: string;
  readonly message: string;
  readonly reason: string;
}

/** The details of an acknowledgement entry, or null for any other entry (or a malformed one). */
export function acknowledgementOf(entry: AuditEntry): AcknowledgementDetails | null {
  if (entry.action !== ACKNOWLEDGE_ACTION) return null;
  const { rule, message, reason } = entry.details;
  if (typeof rule !== "string" || typeof message !== "string" || typeof reason !== "string") return null;
  return { rule, message, reason };
}
