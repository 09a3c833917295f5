// Storage ports: what services need from storage, whatever holds it (a data folder on one PC, or PostgreSQL).
import type { Draft, DraftStatus, DraftSummary } from "../../../shared/model/draft";
import type { Settings, SettingsPatch } from "../../../shared/model/settings";
import type { UserTemplate } from "../../../shared/letter";
import type { AuditEntry, CommentRecord, VersionRecord } from "../../../shared/workflow/schemas";
import type { Actor } from "../../../shared/workflow/status-machine";
import type { Allocation } from "../services/workflow/numbering";
import type { NewVersion } from "../services/workflow/versions";

/** How a list of drafts is filtered (as in the contract's listDrafts). */
export interface DraftQuery {
  readonly text?: string;
  readonly status?: DraftStatus | null;
  readonly trashed?: boolean;
}

/** Drafts: every save names the revision it was based on; a stale one is a CONFLICT and writes nothing. */
export interface DraftRepository {
  /** Summaries matching the query, newest change first. */
  list(q?: DraftQuery): Promise<DraftSummary[]>;
  /** One draft (also from the 回收站); NOT_FOUND when unknown. */
  get(id: string): Promise<Draft>;
  /** Stores a new draft as revision 1; CONFLICT when the id exists. */
  create(draft: Draft): Promise<Draft>;
  /** Saves based on `baseRevision`; `status` is only given by the workflow. */
  save(
    draft: Draft,
    baseRevision: number,
    opts?: { readonly status?: DraftStatus },
  ): Promise<{ revision: number; updatedAt: string }>;
  /** Moves a draft to the 回收站 (idempotent). */
  trash(id: string): Promise<void>;
  /** Brings a draft back from the 回收站 (idempotent). */
  restore(id: string): Promise<void>;
}

/** Immutable snapshots: numbers are never reused, a stored version is never rewritten. */
export interface VersionRepository {
  /** Every version of a draft, oldest first. */
  list(draftId: string): Promise<VersionRecord[]>;
  /** One version; NOT_FOUND when absent. */
  read(draftId: string, n: number): Promise<VersionRecord>;
  /** Stores the next version of `v.draft`. */
  add(v: NewVersion): Promise<VersionRecord>;
}

/** Review comments of a draft. */
export interface CommentRepository {
  /** Comments in the order they were written. */
  list(draftId: string): Promise<CommentRecord[]>;
  /** Adds a comment anchored to a block path. */
  add(draftId: string, anchor: string, text: string, author: Actor, version: number | null): Promise<CommentRecord>;
  /** Marks a comment resolved (idempotent); NOT_FOUND when unknown. */
  resolve(draftId: string, commentId: string, by: Actor): Promise<CommentRecord>;
}

/** The end of a draft's audit chain. */
export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/**
 * The audit trail: append-only, one hash chain per draft. The caller builds the entry from the current head
 * (so signed entries fit without a schema change); the repository refuses an entry that does not extend the head.
 */
export interface AuditRepository {
  /** Appends `build(head)` atomically with respect to other appends of the same draft. */
  append(draftId: string, build: (head: AuditHead | null) => AuditEntry): Promise<AuditEntry>;
  /** Every entry of a draft, oldest first. */
  read(draftId: string): Promise<AuditEntry[]>;
  /** The last entry's seq and hash, or null when the draft has none. */
  head(draftId: string): Promise<AuditHead | null>;
}

/** The 发文字号 register: one number is never handed out twice, a cancelled one never again. */
export interface NumberRegister {
  /** Next number for a draft (or the one it already holds for this 代字 and year: reused). */
  allocate(draftId: string, code: string, actor: Actor): Promise<{ allocation: Allocation; reused: boolean }>;
  /** Marks a number 作废. */
  cancel(number: string, reason: string): Promise<Allocation>;
  /** The allocation of a number, or null. */
  find(number: string): Promise<Allocation | null>;
  /** Every allocation, oldest first. */
  list(): Promise<Allocation[]>;
}

/** User templates (names unique). */
export interface TemplateRepository {
  /** All templates, oldest first. */
  list(): Promise<readonly UserTemplate[]>;
  /** One template; NOT_FOUND when unknown. */
  get(id: string): Promise<UserTemplate>;
  /** Adds a template; CONFLICT on a taken name. */
  add(template: UserTemplate): Promise<void>;
  /** Deletes a template; NOT_FOUND when unknown. */
  remove(id: string): Promise<void>;
}

/** Settings, always complete and valid. */
export interface SettingsRepository {
  /** Current settings. */
  get(): Promise<Settings>;
  /** Validates and applies a partial update; bad input changes nothing. */
  update(patch: SettingsPatch): Promise<Settings>;
}

/** Every repository of one store. */
export interface Repositories {
  readonly drafts: DraftRepository;
  readonly versions: VersionRepository;
  readonly comments: CommentRepository;
  readonly audit: AuditRepository;
  readonly register: NumberRegister;
  readonly templates: TemplateRepository;
  readonly settings: SettingsRepository;
  /** Releases the store (data folder lock, database pool). */
  readonly close: () => Promise<void>;
}
