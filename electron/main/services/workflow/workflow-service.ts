// Applies review-chain transitions: checks them, then writes version, status (revision-checked) and audit.
import { AppError } from "../../../../shared/api/errors";
import type { Draft, DraftStatus } from "../../../../shared/model/draft";
import { deadlineFor, type DeadlineInfo } from "../../../../shared/workflow/deadline";
import { diffLetters, type PartDiff } from "../../../../shared/workflow/diff";
import type { AuditEntry, CommentRecord, VersionRecord } from "../../../../shared/workflow/schemas";
import {
  isWaitingForMe,
  transition,
  waitingFor,
  type Actor,
  type ReturnReason,
  type WorkflowAction,
  type WorkflowState,
} from "../../../../shared/workflow/status-machine";
import type { DraftStore } from "../draft-store";
import type { SettingsService } from "../settings-service";
import { AuditLog } from "./audit";
import { CommentStore } from "./comments";
import { contentHash } from "./content-hash";
import { DocNumbering } from "./numbering";
import { KeyedQueue } from "./serial-queue";
import { VersionStore } from "./versions";

/** What the workflow service is built from. */
export interface WorkflowDeps {
  readonly store: DraftStore;
  readonly settings: SettingsService;
  readonly dataDir: string;
  readonly now?: () => Date;
}

/** Audit actions that change a draft's status (used when merging exchange files). */
export const STATUS_ACTIONS: ReadonlySet<string> = new Set([
  "submit",
  "return",
  "approve",
  "sign",
  "markReplied",
  "edit",
  "create",
]);

/** The approval a chain of audit entries ends with: hash of the newest approve not followed by an edit/submit. */
export function approvedHashOf(entries: readonly AuditEntry[]): string | null {
  const ordered = [...entries].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.seq - b.seq));
  let hash: string | null = null;
  for (const e of ordered) {
    if (e.action === "approve" && typeof e.details["hash"] === "string") hash = e.details["hash"];
    else if (e.action === "submit" || e.action === "edit") hash = null;
  }
  return hash;
}

/** One row of the deadlines view. */
export interface DeadlineRow extends DeadlineInfo {
  readonly id: string;
  readonly status: DraftStatus;
  readonly waitingFor: Actor["role"] | null;
  readonly waitingForMe: boolean;
}

/** The review chain over one data folder. */
export class WorkflowService {
  readonly queue = new KeyedQueue();
  readonly audit: AuditLog;
  readonly comments: CommentStore;
  readonly numbering: DocNumbering;
  readonly versions: VersionStore;
  readonly store: DraftStore;
  readonly now: () => Date;

  constructor(private readonly deps: WorkflowDeps) {
    this.store = deps.store;
    this.now = deps.now ?? (() => new Date());
    this.audit = new AuditLog(deps.dataDir, this.queue, this.now);
    this.comments = new CommentStore(deps.dataDir, this.queue, this.now);
    this.numbering = new DocNumbering(deps.dataDir, this.now);
    this.versions = new VersionStore(deps.dataDir, this.queue, this.now);
  }

  /** The person at this machine, from settings (an empty name is shown as 未署名). */
  currentActor(): Actor {
    const u = this.deps.settings.get().user;
    return { name: u.name.trim() || "（未署名）", role: u.role };
  }

  /** The machine's view of a draft: status plus the hashes approval and signing are bound to. */
  async stateOf(draft: Draft): Promise<WorkflowState> {
    const versions = await this.versions.list(draft.id);
    const submitted = [...versions].reverse().find((v) => v.kind === "submit") ?? null;
    const { entries } = await this.audit.read(draft.id);
    return {
      status: draft.status,
      submittedHash: submitted?.hash ?? null,
      contentHash: contentHash(draft),
      approvedHash: ["已审核", "已签发", "已答复"].includes(draft.status) ? approvedHashOf(entries) : null,
      letterDate: draft.letter.signOff.date,
    };
  }

  /** 拟稿人 submits for review: snapshot version, status 待审核. */
  async submit(id: string, actor: Actor, baseRevision?: number): Promise<VersionRecord> {
    return this.queue.run(`draft:${id}`, async () => {
      const draft = await this.load(id, baseRevision);
      const status = await this.check(draft, { type: "submit" }, actor);
      const v = await this.versions.add({ kind: "submit", actor, draft });
      await this.store.save(draft, draft.revision, { status });
      await this.record(draft, actor, "submit", v.n, { hash: v.hash, from: draft.status, to: status });
      return v;
    });
  }

  /** 审核人 returns the draft with structured reasons and free text. */
  async returnDraft(id: string, actor: Actor, reasons: readonly ReturnReason[], text: string): Promise<void> {
    await this.queue.run(`draft:${id}`, async () => {
      const draft = await this.load(id);
      const status = await this.check(draft, { type: "return", reasons, text }, actor);
      const latest = await this.versions.latest(id);
      await this.store.save(draft, draft.revision, { status });
      await this.record(draft, actor, "return", latest?.n ?? null, {
        reasons: [...reasons],
        text,
        from: draft.status,
        to: status,
      });
    });
  }

  /** 审核人 approves the version they reviewed (identified by its content hash). */
  async approve(id: string, actor: Actor, versionHash: string): Promise<void> {
    await this.queue.run(`draft:${id}`, async () => {
      const draft = await this.load(id);
      const status = await this.check(draft, { type: "approve", versionHash }, actor);
      const latest = await this.versions.latest(id);
      await this.store.save(draft, draft.revision, { status });
      await this.record(draft, actor, "approve", latest?.n ?? null, {
        hash: versionHash,
        from: draft.status,
        to: status,
      });
    });
  }

  /** 文书 allocates the 发文字号 for an approved draft (the same number again if one is already held). */
  async allocateDocNumber(id: string, actor: Actor): Promise<{ number: string; reused: boolean }> {
    const draft = await this.store.get(id);
    if (actor.role !== "文书")
      throw new AppError("FORBIDDEN", `只有文书可以分配发文字号，您当前的身份是${actor.role}。`);
    if (draft.status !== "已审核") {
      throw new AppError("INVALID_STATE", `文稿当前为「${draft.status}」，审核通过（已审核）后才能分配发文字号。`);
    }
    const { allocation, reused } = await this.numbering.allocate(id, this.deps.settings.get().bureau.docCode, actor);
    if (!reused) await this.record(draft, actor, "allocateNumber", null, { number: allocation.number });
    return { number: allocation.number, reused };
  }

  /** 文书 cancels (作废) a number; it is never handed out again. */
  async cancelDocNumber(number: string, actor: Actor, reason: string): Promise<void> {
    if (actor.role !== "文书")
      throw new AppError("FORBIDDEN", `只有文书可以作废发文字号，您当前的身份是${actor.role}。`);
    const a = await this.numbering.cancel(number, reason);
    const draft = await this.store.get(a.draftId).catch(() => null);
    if (draft) await this.record(draft, actor, "cancelNumber", null, { number, reason });
  }

  /** 文书 signs: checks number, 签发人, dates and the approval binding; snapshots the signed version. */
  async sign(
    id: string,
    actor: Actor,
    input: { docNumber: string; signer: string; signDate: string },
  ): Promise<VersionRecord> {
    return this.queue.run(`draft:${id}`, async () => {
      const draft = await this.load(id);
      const status = await this.check(draft, { type: "sign", ...input }, actor);
      const held = await this.numbering.find(input.docNumber);
      if (!held || held.state !== "allocated" || held.draftId !== id) {
        throw new AppError(
          "INVALID_STATE",
          `发文字号「${input.docNumber}」不是为本文稿分配的有效字号（或已作废），请重新分配。`,
        );
      }
      const signed: Draft = {
        ...draft,
        record: { ...draft.record, docNumber: input.docNumber, signer: input.signer, signDate: input.signDate },
      };
      const v = await this.versions.add({ kind: "sign", actor, draft: { ...signed, status } });
      await this.store.save(signed, draft.revision, { status });
      await this.record(signed, actor, "sign", v.n, { ...input, hash: v.hash, from: draft.status, to: status });
      return v;
    });
  }

  /** 文书 marks the reply sent, recording the 答复日期. */
  async markReplied(id: string, actor: Actor, replyDate: string): Promise<void> {
    await this.queue.run(`draft:${id}`, async () => {
      const draft = await this.load(id);
      const status = await this.check(draft, { type: "markReplied", replyDate }, actor);
      await this.store.save(draft, draft.revision, { status });
      await this.record(draft, actor, "markReplied", null, { replyDate, from: draft.status, to: status });
    });
  }

  /** Records a final export (called by the export handler): the file's SHA-256, path and time. */
  async recordExport(
    id: string,
    sha256: string,
    path: string,
    actor: Actor = this.currentActor(),
  ): Promise<AuditEntry> {
    const draft = await this.store.get(id);
    return this.record(draft, actor, "export", null, { sha256, path, status: draft.status });
  }

  /**
   * Saves an edit through the machine: an edit of a 待审核/已审核 draft drops it to 草稿 (the UI warned
   * first, see editWarning), a 已签发/已答复 draft is refused. Unchanged content saves as a plain save.
   */
  async saveEdited(
    draft: Draft,
    baseRevision: number,
    actor: Actor,
  ): Promise<{ revision: number; updatedAt: string; status: DraftStatus }> {
    return this.queue.run(`draft:${draft.id}`, async () => {
      const stored = await this.store.get(draft.id);
      if (contentHash(stored) === contentHash(draft)) {
        const r = await this.store.save(draft, baseRevision);
        return { ...r, status: stored.status };
      }
      const t = transition(await this.stateOf(stored), { type: "edit" }, actor);
      if (!t.ok) throw new AppError("INVALID_STATE", t.message);
      const r = await this.store.save(draft, baseRevision, { status: t.status });
      if (t.status !== stored.status) {
        await this.record(draft, actor, "edit", null, { from: stored.status, to: t.status });
      }
      return { ...r, status: t.status };
    });
  }

  /** Adds a review comment anchored to a block path (e.g. "sections.1.measures.0"), on the latest version. */
  async addComment(id: string, anchor: string, text: string, actor: Actor): Promise<CommentRecord> {
    const draft = await this.store.get(id);
    const latest = await this.versions.latest(id);
    const c = await this.comments.add(id, anchor, text, actor, latest?.n ?? null);
    await this.record(draft, actor, "comment", latest?.n ?? null, { commentId: c.id, anchor });
    return c;
  }

  /** Marks a comment resolved by the actor. */
  async resolveComment(id: string, commentId: string, actor: Actor): Promise<CommentRecord> {
    const draft = await this.store.get(id);
    const before = (await this.comments.list(id)).find((c) => c.id === commentId);
    const c = await this.comments.resolve(id, commentId, actor);
    if (before && !before.resolved) await this.record(draft, actor, "resolveComment", null, { commentId });
    return c;
  }

  /** Changes since the last reviewed version (or `fromVersion`), block by block. */
  async diffSinceReview(id: string, fromVersion?: number): Promise<{ base: VersionRecord | null; parts: PartDiff[] }> {
    const draft = await this.store.get(id);
    let n = fromVersion ?? null;
    if (n === null) {
      const { entries } = await this.audit.read(id);
      const reviewed = [...entries]
        .reverse()
        .find((e) => (e.action === "return" || e.action === "approve") && e.version !== null);
      n = reviewed?.version ?? null;
    }
    if (n === null) return { base: null, parts: [] };
    const base = await this.versions.read(id, n);
    return { base, parts: diffLetters(base.draft.letter, draft.letter) };
  }

  /** Due date, urgency and whose turn it is, for every draft in the list (not the 回收站). */
  async deadlines(today: string): Promise<DeadlineRow[]> {
    const { bureau, user } = this.deps.settings.get();
    const rows: DeadlineRow[] = [];
    for (const s of this.store.list({})) {
      const record = { assignedDate: s.assignedDate, dueDate: s.dueDate, extensionApproved: s.extensionApproved };
      rows.push({
        id: s.id,
        status: s.status,
        ...deadlineFor(record, s.status, bureau, today),
        waitingFor: waitingFor(s.status),
        waitingForMe: isWaitingForMe(s, user.role),
      });
    }
    return rows;
  }

  /** Appends an audit entry carrying the draft's content hash (exchange merges use it). */
  async record(
    draft: Draft,
    actor: Actor,
    action: string,
    version: number | null,
    details: Record<string, unknown>,
  ): Promise<AuditEntry> {
    return this.audit.append(draft.id, {
      actor,
      action,
      version,
      details: { ...details, contentHash: contentHash(draft) },
    });
  }

  private async load(id: string, baseRevision?: number): Promise<Draft> {
    const draft = await this.store.get(id);
    if (baseRevision !== undefined && baseRevision !== draft.revision) {
      throw new AppError(
        "CONFLICT",
        `文稿已被修改（当前修订 ${draft.revision}，您看到的是修订 ${baseRevision}），请刷新后再操作。`,
      );
    }
    return draft;
  }

  private async check(draft: Draft, action: WorkflowAction, actor: Actor): Promise<DraftStatus> {
    const t = transition(await this.stateOf(draft), action, actor);
    if (!t.ok)
      throw new AppError(
        t.refusal === "role" ? "FORBIDDEN" : t.refusal === "status" ? "INVALID_STATE" : "BAD_INPUT",
        t.message,
      );
    return t.status;
  }
}
