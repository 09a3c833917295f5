// Applies review-chain transitions: checks them, then writes version, status (revision-checked) and audit.
import { AppError } from "../../../../shared/api/errors";
import type { Draft, DraftStatus } from "../../../../shared/model/draft";
import { deadlineFor, type DeadlineInfo } from "../../../../shared/workflow/deadline";
import { diffLetters, type PartDiff } from "../../../../shared/workflow/diff";
import type { AuditEntry, AuditVerification, CommentRecord, VersionRecord } from "../../../../shared/workflow/schemas";
import {
  isWaitingForMe,
  transition,
  waitingFor,
  type Actor,
  type ReturnReason,
  type TransitionResult,
  type WorkflowAction,
  type WorkflowState,
} from "../../../../shared/workflow/status-machine";
import {
  deriveWorkflow,
  trustChain,
  type DerivedWorkflow,
  type TrustedEntry,
} from "../../../../shared/workflow/audit-trust";
import { nodeSignatureCheck } from "../people/keys";
import type { PeopleService } from "../people/people-service";
import { reconcileRegister } from "./register-check";
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
  readonly people: PeopleService;
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
  return deriveWorkflow(entries.map((entry) => ({ entry, trust: "legacy", personId: null }))).approvedHash;
}

/** One row of the deadlines view. */
export interface DeadlineRow extends DeadlineInfo {
  readonly id: string;
  readonly status: DraftStatus;
  readonly waitingFor: Actor["role"] | null;
  readonly waitingForMe: boolean;
}

/** A draft's audit chain as trusted: entries with their trust, the first problem, and the state they lead to. */
export interface TrustedTrail {
  readonly entries: readonly TrustedEntry[];
  readonly verification: AuditVerification;
  readonly derived: DerivedWorkflow;
}

/** Who appears on unsigned entries written while nobody is signed in. */
const NOBODY: Actor = { name: "（未登录）", role: "拟稿人" };

/** The review chain over one data folder. */
export class WorkflowService {
  readonly queue = new KeyedQueue();
  readonly audit: AuditLog;
  readonly comments: CommentStore;
  readonly numbering: DocNumbering;
  readonly versions: VersionStore;
  readonly store: DraftStore;
  readonly people: PeopleService;
  readonly now: () => Date;
  private registerChecked = false;

  constructor(private readonly deps: WorkflowDeps) {
    this.store = deps.store;
    this.people = deps.people;
    this.now = deps.now ?? (() => new Date());
    this.audit = new AuditLog(deps.dataDir, this.queue, this.now);
    // Damaged comment files and registers are moved aside and reported, never reset.
    const onCorrupt = (message: string): Promise<void> => deps.store.reportNotice("error", message);
    this.comments = new CommentStore(deps.dataDir, this.queue, this.now, onCorrupt);
    this.numbering = new DocNumbering(deps.dataDir, this.now, onCorrupt);
    this.versions = new VersionStore(deps.dataDir, this.queue, this.now);
  }

  /** The signed-in person (every role they hold), or null when nobody is signed in. */
  currentActor(): Actor | null {
    return this.people.actor();
  }

  /** The signed-in person, or the placeholder recorded on unsigned entries. */
  actorOrNobody(): Actor {
    return this.people.actor() ?? NOBODY;
  }

  /** The audit chain of a draft checked end to end: hashes, head, signatures and roles against the roster. */
  async trail(draftId: string): Promise<TrustedTrail> {
    const { entries, verification } = await this.audit.read(draftId);
    const trust = trustChain(nodeSignatureCheck, draftId, entries, this.people.current());
    const derived = deriveWorkflow(trust.entries);
    if (!verification.ok) return { entries: trust.entries, verification, derived };
    if (trust.problem) {
      return {
        entries: trust.entries,
        verification: { ok: false, count: entries.length, seq: trust.problem.seq, message: trust.problem.message },
        derived,
      };
    }
    return { entries: trust.entries, verification, derived };
  }

  /** The rulebook's view of a draft: status and bindings derived from its trusted entries, never from the file. */
  async stateOf(draft: Draft): Promise<WorkflowState> {
    const { derived } = await this.trail(draft.id);
    const held = await this.numbering.heldBy(draft.id).catch(() => null);
    return {
      status: derived.status,
      submittedHash: derived.submittedHash,
      contentHash: contentHash(draft),
      approvedHash: ["已审核", "已签发", "已答复"].includes(derived.status) ? derived.approvedHash : null,
      letterDate: draft.letter.signOff.date,
      submittedBy: derived.submittedBy,
      separationOfDuties: this.people.current()?.separationOfDuties ?? true,
      signedHash: derived.signedHash,
      heldNumber: held?.number ?? null,
    };
  }

  /**
   * Loads a draft with the status its audit chain proves. A status edited by hand in the file (or left stale by a
   * crash) is corrected on disk and the user is told; nothing else in the draft is touched.
   */
  async verifiedDraft(id: string): Promise<Draft> {
    return this.queue.run(`draft:${id}`, async () => {
      const draft = await this.store.get(id);
      const { derived } = await this.trail(id);
      if (derived.status === draft.status) return draft;
      const saved = await this.store.save(draft, draft.revision, { status: derived.status });
      await this.store.reportNotice(
        "warning",
        `文稿「${draft.letter.title || draft.record.proposalTitle || id}」文件中的状态「${draft.status}」与审计记录不符，已按审计记录更正为「${derived.status}」。`,
      );
      return { ...draft, status: derived.status, revision: saved.revision, updatedAt: saved.updatedAt };
    });
  }

  /** Asks the rulebook; throws its refusal as an AppError. Returns the transition (status, role, effects). */
  async decide(draft: Draft, action: WorkflowAction, actor: Actor | null): Promise<TransitionResult & { ok: true }> {
    return decideOn(await this.stateOf(draft), action, actor);
  }

  /** 拟稿人 submits for review: snapshot version, status 待审核. */
  async submit(id: string, actor: Actor | null, baseRevision?: number): Promise<VersionRecord> {
    return this.queue.run(`draft:${id}`, async () => {
      const draft = await this.load(id, baseRevision);
      const t = await this.decide(draft, { type: "submit" }, actor);
      const who = acting(actor, t);
      const v = await this.versions.add({ kind: "submit", actor: who, draft });
      await this.store.save(draft, draft.revision, { status: t.status });
      await this.record(draft, who, "submit", v.n, { hash: v.hash, from: draft.status, to: t.status });
      return v;
    });
  }

  /** 审核人 returns the draft with structured reasons and free text. */
  async returnDraft(id: string, actor: Actor | null, reasons: readonly ReturnReason[], text: string): Promise<void> {
    await this.queue.run(`draft:${id}`, async () => {
      const draft = await this.load(id);
      const t = await this.decide(draft, { type: "return", reasons, text }, actor);
      const latest = await this.versions.latest(id);
      await this.store.save(draft, draft.revision, { status: t.status });
      await this.record(draft, acting(actor, t), "return", latest?.n ?? null, {
        reasons: [...reasons],
        text,
        from: draft.status,
        to: t.status,
      });
    });
  }

  /** 审核人 approves the version they reviewed (identified by its content hash). */
  async approve(id: string, actor: Actor | null, versionHash: string): Promise<void> {
    await this.queue.run(`draft:${id}`, async () => {
      const draft = await this.load(id);
      const t = await this.decide(draft, { type: "approve", versionHash }, actor);
      const latest = await this.versions.latest(id);
      await this.store.save(draft, draft.revision, { status: t.status });
      await this.record(draft, acting(actor, t), "approve", latest?.n ?? null, {
        hash: versionHash,
        from: draft.status,
        to: t.status,
      });
    });
  }

  /** 文书 allocates the 发文字号 for an approved draft (the same number again if one is already held). */
  async allocateDocNumber(id: string, actor: Actor | null): Promise<{ number: string; reused: boolean }> {
    return this.queue.run(`draft:${id}`, async () => {
      const draft = await this.load(id);
      const t = await this.decide(draft, { type: "allocateNumber" }, actor);
      await this.reconcileRegisterOnce();
      const who = acting(actor, t);
      const { allocation, reused } = await this.numbering.allocate(id, this.deps.settings.get().bureau.docCode, who);
      if (!reused) await this.record(draft, who, "allocateNumber", null, { number: allocation.number });
      return { number: allocation.number, reused };
    });
  }

  /** 文书 cancels (作废) a number; it is never handed out again. */
  async cancelDocNumber(number: string, actor: Actor | null, reason: string): Promise<void> {
    const held = await this.numbering.find(number);
    if (!held) throw new AppError("NOT_FOUND", `登记簿中没有发文字号 ${number}。`);
    const draft = await this.store.get(held.draftId).catch(() => null);
    const state: WorkflowState = draft
      ? await this.stateOf(draft)
      : { status: "草稿", submittedHash: null, contentHash: "", approvedHash: null, letterDate: null };
    const t = decideOn(state, { type: "cancelNumber" }, actor);
    await this.numbering.cancel(number, reason);
    if (draft) await this.record(draft, acting(actor, t), "cancelNumber", null, { number, reason });
  }

  /** 签发人 signs off (签发): binds the number, the date and the exact text; snapshots the signed version. */
  async sign(
    id: string,
    actor: Actor | null,
    input: { docNumber: string; signer?: string; signDate: string },
  ): Promise<VersionRecord> {
    return this.queue.run(`draft:${id}`, async () => {
      const draft = await this.load(id);
      // The 签发人 is the signed-in person: a name typed into a form is never taken for a signature.
      const signer = actor?.name ?? "";
      const t = await this.decide(
        draft,
        { type: "sign", docNumber: input.docNumber, signer, signDate: input.signDate },
        actor,
      );
      const held = await this.numbering.find(input.docNumber);
      if (!held || held.state !== "allocated" || held.draftId !== id) {
        throw new AppError(
          "INVALID_STATE",
          `发文字号「${input.docNumber}」不是为本文稿分配的有效字号（或已作废），请重新分配。`,
        );
      }
      const signed: Draft = {
        ...draft,
        record: { ...draft.record, docNumber: input.docNumber, signer, signDate: input.signDate },
      };
      const who = acting(actor, t);
      const v = await this.versions.add({ kind: "sign", actor: who, draft: { ...signed, status: t.status } });
      await this.store.save(signed, draft.revision, { status: t.status });
      await this.record(signed, who, "sign", v.n, {
        docNumber: input.docNumber,
        signer,
        signDate: input.signDate,
        hash: v.hash,
        from: draft.status,
        to: t.status,
      });
      return v;
    });
  }

  /** 文书 marks the reply sent, recording the 答复日期. */
  async markReplied(id: string, actor: Actor | null, replyDate: string): Promise<void> {
    await this.queue.run(`draft:${id}`, async () => {
      const draft = await this.load(id);
      const t = await this.decide(draft, { type: "markReplied", replyDate }, actor);
      await this.store.save(draft, draft.revision, { status: t.status });
      await this.record(draft, acting(actor, t), "markReplied", null, { replyDate, from: draft.status, to: t.status });
    });
  }

  /**
   * The gate of a formal (sealed) export: a signed-in 文书, and a verified 签发 by a 签发人 bound to exactly this
   * text. Returns the draft to export; refuses with the rulebook's reason.
   */
  async authoriseFormalExport(id: string, actor: Actor | null): Promise<{ draft: Draft; actor: Actor }> {
    const draft = await this.verifiedDraft(id);
    const t = await this.decide(draft, { type: "formalExport" }, actor);
    return { draft, actor: acting(actor, t) };
  }

  /** Records a formal export (after `authoriseFormalExport`): the file's SHA-256, path and time, signed. */
  async recordExport(id: string, sha256: string, path: string, actor: Actor): Promise<AuditEntry> {
    const draft = await this.store.get(id);
    return this.record(draft, actor, "export", null, { sha256, path, status: draft.status });
  }

  /**
   * Saves an edit through the rulebook: an edit of a 待审核/已审核 draft drops it to 草稿 (the UI warned
   * first, see editWarning), a 已签发/已答复 draft is refused. Unchanged content saves as a plain save.
   */
  async saveEdited(
    draft: Draft,
    baseRevision: number,
    actor: Actor | null,
  ): Promise<{ revision: number; updatedAt: string; status: DraftStatus }> {
    return this.queue.run(`draft:${draft.id}`, async () => {
      const stored = await this.store.get(draft.id);
      const state = await this.stateOf(stored);
      if (contentHash(stored) === contentHash(draft)) {
        const r = await this.store.save({ ...draft, status: state.status }, baseRevision, { status: state.status });
        return { ...r, status: state.status };
      }
      const t = decideOn(state, { type: "edit" }, actor);
      const r = await this.store.save(draft, baseRevision, { status: t.status });
      if (t.status !== state.status) {
        await this.record(draft, actor ?? NOBODY, "edit", null, { from: state.status, to: t.status });
      }
      return { ...r, status: t.status };
    });
  }

  /** Adds a review comment anchored to a block path (e.g. "sections.1.measures.0"), on the latest version. */
  async addComment(id: string, anchor: string, text: string, actor: Actor | null): Promise<CommentRecord> {
    const draft = await this.store.get(id);
    const t = await this.decide(draft, { type: "comment" }, actor);
    const who = acting(actor, t);
    const latest = await this.versions.latest(id);
    const c = await this.comments.add(id, anchor, text, who, latest?.n ?? null);
    await this.record(draft, who, "comment", latest?.n ?? null, { commentId: c.id, anchor });
    return c;
  }

  /** Marks a comment resolved by the actor. */
  async resolveComment(id: string, commentId: string, actor: Actor | null): Promise<CommentRecord> {
    const draft = await this.store.get(id);
    const t = await this.decide(draft, { type: "comment" }, actor);
    const who = acting(actor, t);
    const before = (await this.comments.list(id)).find((c) => c.id === commentId);
    const c = await this.comments.resolve(id, commentId, who);
    if (before && !before.resolved) await this.record(draft, who, "resolveComment", null, { commentId });
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
    const { bureau } = this.deps.settings.get();
    const mine = this.people.actor()?.roles ?? [];
    const rows: DeadlineRow[] = [];
    for (const s of this.store.list({})) {
      const record = { assignedDate: s.assignedDate, dueDate: s.dueDate, extensionApproved: s.extensionApproved };
      rows.push({
        id: s.id,
        status: s.status,
        ...deadlineFor(record, s.status, bureau, today),
        waitingFor: waitingFor(s.status),
        waitingForMe: isWaitingForMe(s, mine),
      });
    }
    return rows;
  }

  /**
   * Appends an audit entry carrying the draft's content hash (exchange merges use it), signed by the signed-in
   * person when the actor is that person.
   */
  async record(
    draft: Draft,
    actor: Actor,
    action: string,
    version: number | null,
    details: Record<string, unknown>,
  ): Promise<AuditEntry> {
    const signer = this.people.signer();
    const signs = signer !== null && actor.personId === signer.personId;
    return this.audit.append(draft.id, {
      actor,
      action,
      version,
      details: { ...details, contentHash: contentHash(draft) },
      signer: signs ? signer : null,
    });
  }

  /** Records an unsigned note-like entry (create, export of an exchange file) for whoever is at the PC. */
  async recordNote(draft: Draft, action: string, details: Record<string, unknown>): Promise<AuditEntry> {
    return this.record(draft, this.currentActor() ?? NOBODY, action, null, details);
  }

  /**
   * Checks the 发文字号 register against the signed allocation entries and signed drafts once per process (before
   * the first allocation): a lost, rolled-back or restored numbering.json is raised to the highest number ever
   * issued, never below.
   */
  async reconcileRegisterOnce(): Promise<void> {
    if (this.registerChecked) return;
    const report = await reconcileRegister(this);
    if (report.raised.length > 0) {
      await this.store.reportNotice(
        "warning",
        `发文字号登记簿落后于已签名的分配记录（可能被删除或从旧备份恢复），已按审计记录补齐：${report.raised.join("；")}。`,
      );
    }
    this.registerChecked = true;
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
}

/** The rulebook's answer as an AppError (FORBIDDEN for who, INVALID_STATE for when, BAD_INPUT for what). */
export function decideOn(
  state: WorkflowState,
  action: WorkflowAction,
  actor: Actor | null,
): TransitionResult & { ok: true } {
  const t = transition(state, action, actor);
  if (t.ok) return t;
  const code =
    t.refusal === "role" || t.refusal === "signin" || t.refusal === "policy"
      ? "FORBIDDEN"
      : t.refusal === "status"
        ? "INVALID_STATE"
        : "BAD_INPUT";
  throw new AppError(code, t.message);
}

/** The actor as recorded: acting in the role the rulebook chose. */
function acting(actor: Actor | null, t: TransitionResult & { ok: true }): Actor {
  if (!actor) return NOBODY;
  return { ...actor, role: t.role ?? actor.role };
}
