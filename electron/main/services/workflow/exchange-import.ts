// Importing a verified .replydesk file: recognise an unchanged file, merge newer work, keep both sides on conflict.
//
// Audit merge choice: our chain is never rewritten. If our chain is a prefix of the incoming one, the new
// entries are appended verbatim (both machines then hold the identical chain). Otherwise each incoming
// entry we do not know is re-appended to our chain as an "imported" entry: same actor, action, time and
// details, plus `importedFrom` = the hash it had on the other machine. An entry's identity across machines
// is `importedFrom ?? hash`, so a file bounced back and forth never duplicates entries, and both chains
// stay valid on their own.
import { AppError } from "../../../../shared/api/errors";
import type { Draft, DraftStatus } from "../../../../shared/model/draft";
import type { AuditEntry, CommentRecord, ExchangeFile, VersionRecord } from "../../../../shared/workflow/schemas";
import type { Actor } from "../../../../shared/workflow/status-machine";
import { auditIdentity } from "./audit";
import { mergeComments } from "./comments";
import { contentHash } from "./content-hash";
import { verifyExchangeBytes } from "./exchange-file";
import { trustChain } from "../../../../shared/workflow/audit-trust";
import { nodeSignatureCheck } from "../people/keys";
import { STATUS_ACTIONS, decideOn, type WorkflowService } from "./workflow-service";

/** What an import did. */
export interface ImportResult {
  readonly outcome: "unchanged" | "created" | "merged";
  /** Chinese summary for the UI and the CLI. */
  readonly message: string;
  readonly draftId: string;
  /** Whose text the draft now holds. */
  readonly taken: "same" | "local" | "incoming";
  readonly status: DraftStatus;
  /** Set when both sides changed the text: the incoming text is kept as this version. */
  readonly conflict: { readonly version: number; readonly hash: string; readonly from: string } | null;
  readonly added: { readonly versions: number; readonly comments: number; readonly auditEntries: number };
}

/** Content hashes a side has seen: its versions and every contentHash its audit entries recorded. */
function knownHashes(versions: readonly VersionRecord[], audit: readonly AuditEntry[]): Set<string> {
  const out = new Set(versions.map((v) => v.hash));
  for (const e of audit) {
    for (const key of ["contentHash", "hash"]) {
      const h = e.details[key];
      if (typeof h === "string") out.add(h);
    }
  }
  return out;
}

/** Newest time of a status-changing entry among those the other side lacks. */
function newestStatusChange(entries: readonly AuditEntry[], otherIds: ReadonlySet<string>): string {
  return entries
    .filter((e) => STATUS_ACTIONS.has(e.action) && !otherIds.has(auditIdentity(e)))
    .reduce((max, e) => (e.time > max ? e.time : max), "");
}

function sameComments(a: readonly CommentRecord[], b: readonly CommentRecord[]): boolean {
  return a.length === b.length && a.every((c, i) => c.id === b[i]?.id && c.resolved === b[i]?.resolved);
}

/** Verifies and imports exchange-file bytes. A refused file throws AppError CORRUPT and writes nothing. */
export async function importExchange(
  wf: WorkflowService,
  bytes: Uint8Array,
  actor: Actor | null,
): Promise<ImportResult> {
  const t = decideOn(
    { status: "草稿", submittedHash: null, contentHash: "", approvedHash: null, letterDate: null },
    { type: "importExchange" },
    actor,
  );
  const who: Actor = actor ? { ...actor, role: t.role ?? actor.role } : wf.actorOrNobody();
  const verified = verifyExchangeBytes(bytes, wf.people.current());
  if (!verified.ok) throw new AppError("CORRUPT", verified.message);
  const file = verified.file;
  const id = file.draft.id;
  await refuseUnknownLegacy(wf, file);
  if (wf.store.list({ trashed: true }).some((s) => s.id === id)) {
    throw new AppError("INVALID_STATE", "本机回收站中有这份文稿，请先从回收站恢复后再导入。本机数据未做任何改动。");
  }
  const exists = wf.store.list({}).some((s) => s.id === id);
  const result = exists ? await mergeInto(wf, file, who) : await importNew(wf, file, who);
  // The stored status is only a cache of what the verified entries prove.
  const settled = await wf.verifiedDraft(id);
  return { ...result, status: settled.status };
}

/**
 * Unsigned workflow entries from before the bureau had a roster are kept where they already are, but never
 * accepted from a file: anyone could have written them.
 */
async function refuseUnknownLegacy(wf: WorkflowService, file: ExchangeFile): Promise<void> {
  const trust = trustChain(nodeSignatureCheck, file.draft.id, file.audit, wf.people.current());
  const known = new Set((await wf.audit.read(file.draft.id)).entries.map(auditIdentity));
  const foreign = trust.entries.find((t) => t.trust === "legacy" && !known.has(auditIdentity(t.entry)));
  if (foreign) {
    throw new AppError(
      "CORRUPT",
      `交换文件中第 ${foreign.entry.seq} 条流程记录（${foreign.entry.action}）没有签名，本机无法核实，已拒绝导入。本机数据未做任何改动。`,
    );
  }
}

async function importNew(wf: WorkflowService, file: ExchangeFile, actor: Actor): Promise<ImportResult> {
  const id = file.draft.id;
  // Leftovers of an emptied 回收站 may still hold versions or audit entries of this id: merge, never clobber.
  const added = await unionVersions(wf, id, file.versions);
  const comments = mergeComments(await wf.comments.list(id), file.comments);
  await wf.comments.replace(id, comments);
  // The draft file is written after its entries: a crash in between leaves entries that a re-import completes.
  const auditAdded = await mergeAudit(wf, id, (await wf.audit.read(id)).entries, file.audit);
  const created = await wf.store.create(file.draft);
  await wf.record(created, actor, "exchangeImport", null, importDetails(file, "created"));
  return {
    outcome: "created",
    message: `已导入新文稿（来自 ${file.exportedBy.name}，${file.exportedBy.role}）。`,
    draftId: id,
    taken: "incoming",
    status: created.status,
    conflict: null,
    added: { versions: added, comments: file.comments.length, auditEntries: auditAdded },
  };
}

/** Adds the incoming versions whose content hash is new here; returns how many. */
async function unionVersions(wf: WorkflowService, id: string, incoming: readonly VersionRecord[]): Promise<number> {
  const have = new Set((await wf.versions.list(id)).map((v) => v.hash));
  let added = 0;
  for (const v of incoming) {
    if (have.has(v.hash)) continue;
    have.add(v.hash);
    await wf.versions.add({ kind: v.kind, actor: v.actor, draft: v.draft, note: v.note, createdAt: v.createdAt });
    added += 1;
  }
  return added;
}

/** Merges an incoming chain into ours (see the note at the top); returns how many entries were added. */
async function mergeAudit(
  wf: WorkflowService,
  id: string,
  local: readonly AuditEntry[],
  incoming: readonly AuditEntry[],
): Promise<number> {
  const fastForward = local.length <= incoming.length && local.every((e, i) => e.hash === incoming[i]?.hash);
  if (fastForward) {
    await wf.audit.appendVerbatim(id, incoming.slice(local.length));
    return incoming.length - local.length;
  }
  const known = new Set(local.map(auditIdentity));
  const missing = incoming.filter((e) => !known.has(auditIdentity(e)));
  for (const e of missing) {
    // A copy keeps the signed original, so its signature stays checkable here.
    const origin = e.origin ?? (e.signature ? stripOrigin(e) : undefined);
    await wf.audit.append(id, {
      actor: e.actor,
      action: e.action,
      version: e.version,
      details: e.details,
      time: e.time,
      importedFrom: auditIdentity(e),
      ...(origin ? { origin } : {}),
      ...(e.personId ? { personId: e.personId } : {}),
    });
  }
  return missing.length;
}

function stripOrigin(e: AuditEntry): NonNullable<AuditEntry["origin"]> {
  const { origin: _origin, ...body } = e;
  void _origin;
  return body;
}

function importDetails(file: ExchangeFile, outcome: string): Record<string, unknown> {
  return { from: file.exportedBy, exportedAt: file.exportedAt, integrity: file.integrity, outcome };
}

async function mergeInto(wf: WorkflowService, file: ExchangeFile, actor: Actor): Promise<ImportResult> {
  const id = file.draft.id;
  const local = await wf.store.get(id);
  const localVersions = await wf.versions.list(id);
  const localAudit = (await wf.audit.read(id)).entries;
  const localComments = await wf.comments.list(id);

  const localHashesOfVersions = new Set(localVersions.map((v) => v.hash));
  const newVersions = file.versions.filter((v) => !localHashesOfVersions.has(v.hash));
  const mergedComments = mergeComments(localComments, file.comments);
  const localIds = new Set(localAudit.map(auditIdentity));
  const missingAudit = file.audit.filter((e) => !localIds.has(auditIdentity(e)));
  const foreignIds = new Set(file.audit.map(auditIdentity));

  // The text: whichever side changed since what the other has seen; both changed → conflict.
  const lh = contentHash(local);
  const fh = contentHash(file.draft);
  const localKnown = knownHashes(localVersions, localAudit);
  const foreignKnown = knownHashes(file.versions, file.audit);
  let taken: ImportResult["taken"] = "same";
  let conflicted = false;
  if (lh !== fh) {
    if (localKnown.has(fh) && !foreignKnown.has(lh)) taken = "local";
    else if (foreignKnown.has(lh) && !localKnown.has(fh)) taken = "incoming";
    else {
      taken = "local";
      conflicted = true;
    }
  }

  // The status: with the incoming text, or from the side with the newer status change.
  let status: DraftStatus = local.status;
  if (taken === "incoming") status = file.draft.status;
  else if (!conflicted && newestStatusChange(file.audit, localIds) > newestStatusChange(localAudit, foreignIds)) {
    status = file.draft.status;
  }
  const text = taken === "incoming" ? file.draft : local;

  // Unchanged: their text is ours or one we have already seen, and nothing else is new.
  const unchanged =
    taken !== "incoming" &&
    !conflicted &&
    status === local.status &&
    newVersions.length === 0 &&
    missingAudit.length === 0 &&
    sameComments(localComments, mergedComments);
  if (unchanged) {
    return {
      outcome: "unchanged",
      message: "已是最新，无需导入。",
      draftId: id,
      taken: "same",
      status,
      conflict: null,
      added: { versions: 0, comments: 0, auditEntries: 0 },
    };
  }

  await unionVersions(wf, id, newVersions);
  let conflict: ImportResult["conflict"] = null;
  if (conflicted) {
    const v = await wf.versions.add({
      kind: "conflict",
      actor: file.exportedBy,
      draft: file.draft,
      note: `导入时发现双方都修改了正文：这是 ${file.exportedBy.name}（${file.exportedBy.role}）的版本`,
    });
    conflict = { version: v.n, hash: v.hash, from: file.exportedBy.name };
  }
  if (!sameComments(localComments, mergedComments)) await wf.comments.replace(id, mergedComments);
  // Text first, entries last: the entries are the commit point. A crash before them leaves a file that a
  // re-import completes (the text is then already ours, the entries still missing).
  const next: Draft = { ...text, id, revision: local.revision, createdAt: local.createdAt, status: local.status };
  await wf.store.save(next, local.revision, { status: local.status });
  await mergeAudit(wf, id, localAudit, file.audit);
  await wf.record(next, actor, "exchangeImport", null, importDetails(file, conflict ? "conflict" : "merged"));
  // An approval of other text no longer holds: the merged draft goes back to 草稿 (an unsigned edit entry may
  // only ever lower a status).
  const merged = (await wf.trail(id)).derived;
  if (merged.status === "已审核" && merged.approvedHash !== contentHash(next)) {
    await wf.record(next, wf.actorOrNobody(), "edit", null, { from: "已审核", to: "草稿", reason: "merge" });
  }
  status = (await wf.trail(id)).derived.status;

  const parts = [
    taken === "incoming" && file.versions.some((v) => v.kind === "conflict" && v.hash === lh)
      ? "对方已收到本机的修改（在对方保存为冲突版本）并给出了较新的正文，已采用对方正文；本机原正文仍保留在版本中"
      : taken === "incoming"
        ? "已采用对方修改后的正文"
        : taken === "local" && !conflict
          ? "保留本机较新的正文"
          : "",
    conflict ? `双方都修改了正文：本机正文保留为当前文稿，对方的正文另存为第 ${conflict.version} 版，请对照后合并` : "",
    newVersions.length > 0 ? `新增 ${newVersions.length} 个版本` : "",
    missingAudit.length > 0 ? `合并 ${missingAudit.length} 条审计记录` : "",
    status !== local.status ? `状态由「${local.status}」变为「${status}」` : "",
  ].filter(Boolean);
  return {
    outcome: "merged",
    message: `已合并来自 ${file.exportedBy.name} 的交换文件：${parts.join("；")}。`,
    draftId: id,
    taken,
    status,
    conflict,
    added: {
      versions: newVersions.length,
      comments: mergedComments.length - localComments.length,
      auditEntries: missingAudit.length,
    },
  };
}
