// Stored workflow records as zod schemas: versions, comments, audit entries and the exchange file.
import { z } from "zod";
import { Draft } from "../model/draft";
import { UserRole } from "../model/settings";

/** Hex SHA-256. */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, "不是有效的 SHA-256 值");

/** Who did something. */
export const ActorSchema = z.object({ name: z.string().max(50), role: UserRole });

/** Why a version was taken. */
export const VersionKind = z.enum(["submit", "sign", "conflict", "import", "restore"]);
/** One kind of version. */
export type VersionKind = z.infer<typeof VersionKind>;

/** An immutable snapshot of a draft (versions/<draftId>/<n>.json). */
export const VersionRecord = z.object({
  n: z.number().int().positive(),
  draftId: z.string().min(1).max(64),
  kind: VersionKind,
  /** SHA-256 of the canonical JSON of record + letter + figures. */
  hash: Sha256,
  createdAt: z.string(),
  actor: ActorSchema,
  /** Free note, e.g. where a conflict version came from. */
  note: z.string().max(500),
  draft: Draft,
});
/** A stored version. */
export type VersionRecord = z.infer<typeof VersionRecord>;

/** A review comment anchored to a block path such as "sections.1.measures.0". */
export const CommentRecord = z.object({
  id: z.string().min(1).max(64),
  anchor: z.string().max(200),
  author: ActorSchema,
  time: z.string(),
  text: z.string().min(1).max(5000),
  /** Version number the comment was written on (null when the draft had no version yet). */
  version: z.number().int().nullable(),
  resolved: z.boolean(),
  resolvedBy: ActorSchema.nullable(),
  resolvedAt: z.string().nullable(),
});
/** A stored comment. */
export type CommentRecord = z.infer<typeof CommentRecord>;

/** The fields of an audit entry (an entry copied from another machine also carries its signed original). */
export const AuditEntryBody = z.object({
  seq: z.number().int().positive(),
  time: z.string(),
  actor: ActorSchema,
  action: z.string().min(1).max(40),
  version: z.number().int().nullable(),
  details: z.record(z.string(), z.unknown()),
  /** Set on entries copied from another machine's chain: the hash the entry had there. */
  importedFrom: Sha256.nullable().default(null),
  /** The person (roster id) who signed the entry; absent on unsigned and old entries. */
  personId: z.string().max(40).optional(),
  /** The draft the entry belongs to (bound by the hash, so an entry cannot be replayed into another draft). */
  draftId: z.string().max(64).optional(),
  prevHash: z.string(),
  hash: Sha256,
  /** Ed25519 signature (base64) of signingMessage("audit", hash) by `personId`'s key. */
  signature: z.string().max(200).optional(),
});

/**
 * One line of audit/<draftId>.jsonl; `hash` covers every field but itself and `signature`, `prevHash` chains the
 * entries. `origin` is the entry as first written and signed on another PC (kept so its signature stays checkable).
 */
export const AuditEntry = AuditEntryBody.extend({ origin: AuditEntryBody.optional() });
/** A stored audit entry. */
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Result of checking an audit chain. */
export const AuditVerification = z.union([
  z.object({ ok: z.literal(true), count: z.number().int() }),
  z.object({ ok: z.literal(false), count: z.number().int(), seq: z.number().int(), message: z.string() }),
]);
/** Result of checking an audit chain. */
export type AuditVerification = z.infer<typeof AuditVerification>;

/** Format tag of .replydesk files. */
export const EXCHANGE_FORMAT = "replydesk-exchange";
/** Current exchange format version (2: signed by the sender, entries signed by the people who acted). */
export const EXCHANGE_FORMAT_VERSION = 2;
/** Largest exchange file we read. */
export const EXCHANGE_MAX_BYTES = 50 * 1024 * 1024;

/** The integrity-covered payload of a .replydesk file. */
export const ExchangePayload = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  exportedAt: z.string(),
  exportedBy: ActorSchema,
  /** The sender's roster id: the file's signature is checked against their key. */
  senderId: z.string().max(40),
  draft: Draft,
  versions: z.array(VersionRecord),
  comments: z.array(CommentRecord),
  audit: z.array(AuditEntry),
});
/** The payload of an exchange file. */
export type ExchangePayload = z.infer<typeof ExchangePayload>;

/** A whole .replydesk file: the payload, the SHA-256 of its canonical JSON, and the sender's signature of it. */
export const ExchangeFile = ExchangePayload.extend({ integrity: Sha256, signature: z.string().min(1).max(200) });
/** A whole exchange file. */
export type ExchangeFile = z.infer<typeof ExchangeFile>;
