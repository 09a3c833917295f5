// Warnings acknowledged with a reason: read from the draft's audit trail, added through api.acknowledgeFinding.
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Finding } from "../../../../shared/lint";
import { acknowledgementOf } from "../../../../shared/lint/acknowledgement";
import type { AuditEntry } from "../../../../shared/workflow/schemas";
import { api, errorMessage } from "../../api";

/** One acknowledgement as the panel shows it. */
export interface Acknowledged {
  readonly reason: string;
  readonly by: string;
  readonly time: string;
}

/** What the panel needs: who acknowledged what, and how to add one. */
export interface Acknowledgements {
  /** By ackKey(rule, message); the newest acknowledgement of a finding wins. */
  readonly byKey: ReadonlyMap<string, Acknowledged>;
  /** Records an acknowledgement; resolves to an error message (Chinese) or null. */
  readonly acknowledge: (f: Finding, reason: string) => Promise<string | null>;
  /** Set when the audit trail could not be read. */
  readonly error: string | null;
}

/** The identity of an acknowledged finding: its rule and message (locations move as the text is edited). */
export function ackKey(rule: string, message: string): string {
  return `${rule}\u0000${message}`;
}

function collect(entries: readonly AuditEntry[]): Map<string, Acknowledged> {
  const out = new Map<string, Acknowledged>();
  for (const e of entries) {
    const ack = acknowledgementOf(e);
    if (ack) out.set(ackKey(ack.rule, ack.message), { reason: ack.reason, by: e.actor.name, time: e.time });
  }
  return out;
}

/** Loads the acknowledgements of draft `id` and lets the panel add more. */
export function useAcknowledgements(id: string): Acknowledgements {
  const [entries, setEntries] = useState<readonly AuditEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.auditTrail({ id }).then(
      (r) => {
        if (live) setEntries(r.entries);
      },
      (err: unknown) => {
        if (live) setError(`无法读取审计记录：${errorMessage(err)}`);
      },
    );
    return () => {
      live = false;
    };
  }, [id]);
  const byKey = useMemo(() => collect(entries), [entries]);
  const acknowledge = useCallback(
    async (f: Finding, reason: string): Promise<string | null> => {
      try {
        const entry = await api.acknowledgeFinding({ id, rule: f.rule, message: f.message, reason });
        setEntries((prev) => [...prev, entry]);
        return null;
      } catch (err) {
        return errorMessage(err);
      }
    },
    [id],
  );
  return useMemo(() => ({ byKey, acknowledge, error }), [byKey, acknowledge, error]);
}
