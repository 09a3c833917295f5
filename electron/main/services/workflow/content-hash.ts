// SHA-256 helpers: of bytes, of canonical JSON, and the content hash of a draft.
import { createHash } from "node:crypto";
import type { Draft } from "../../../../shared/model/draft";
import { canonicalJson } from "../../../../shared/workflow/canonical-json";

/** Hex SHA-256 of text (UTF-8) or bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Hex SHA-256 of a value's canonical JSON. */
export function hashCanonical(value: unknown): string {
  return sha256(canonicalJson(value));
}

/** The content hash of a draft: record + letter + figures (not status, revision or timestamps). */
export function contentHash(draft: Pick<Draft, "record" | "letter" | "figures">): string {
  return hashCanonical({ record: draft.record, letter: draft.letter, figures: draft.figures });
}
