// Trusting an audit chain: who signed each entry, whether they held the role then, and the workflow state that
// follows from the trusted entries alone. A status, a number or an approval is believed only from here.
import type { DraftStatus } from "../model/draft";
import { rolesAt, signingMessage, type Roster, type SignatureCheck } from "../people/roster";
import { canonicalJson } from "./canonical-json";
import type { AuditEntry } from "./schemas";
import { TRANSITION_RULES, type WorkflowActionType } from "./status-machine";

type Body = Omit<AuditEntry, "origin">;

/** The hash an audit entry must carry, with the hash function passed in (every field but hash and signature). */
export function auditHashWith(sha256: (text: string) => string, entry: Omit<AuditEntry, "hash" | "signature">): string {
  const { seq, time, actor, action, version, details, importedFrom, personId, draftId, origin, prevHash } = entry;
  // Fields absent on old entries stay absent (canonicalJson drops undefined), so their hashes are unchanged.
  return sha256(
    canonicalJson({ seq, time, actor, action, version, details, importedFrom, personId, draftId, origin, prevHash }),
  );
}

/** Actions whose entries may be unsigned: they cannot raise a status or authorise anything. */
export const UNSIGNED_OK: ReadonlySet<string> = new Set([
  "create",
  "edit",
  "exchangeExport",
  "acknowledge",
  "restore",
  "import",
]);

/** How far an entry is trusted. */
export type EntryTrust = "signed" | "legacy" | "unsigned";

/** An entry with its trust and, when signed, the person's name from the roster. */
export interface TrustedEntry {
  readonly entry: AuditEntry;
  readonly trust: EntryTrust;
  /** Key fingerprint source: the signer's roster id (signed entries). */
  readonly personId: string | null;
}

/** Result of checking the signatures of a (hash-verified) chain. */
export interface ChainTrust {
  readonly entries: readonly TrustedEntry[];
  /** The first entry that may not be trusted, and why (null when all are). */
  readonly problem: { readonly seq: number; readonly message: string } | null;
}

function sameAct(copy: AuditEntry, origin: Body): boolean {
  return (
    copy.time === origin.time &&
    copy.action === origin.action &&
    copy.version === origin.version &&
    copy.personId === origin.personId &&
    canonicalJson(copy.actor) === canonicalJson(origin.actor) &&
    canonicalJson(copy.details) === canonicalJson(origin.details)
  );
}

/** Why a signed entry (or the signed original of a copy) is not valid for this draft and roster, or null. */
function signatureProblem(check: SignatureCheck, draftId: string, body: Body, roster: Roster | null): string | null {
  if (!body.signature || !body.personId) return "缺少签名";
  if (body.draftId !== draftId) return "签名属于另一份文稿（从其他文稿搬来的记录）";
  const person = roster?.people.get(body.personId);
  if (!person) return "签名人不在本单位人员名册中（未知密钥）";
  const { signature, ...rest } = body;
  if (auditHashWith(check.sha256, rest) !== body.hash) return "内容与签名不符（被改动）";
  if (!check.verify(person.publicKey, signingMessage("audit", body.hash), signature)) return "签名无效（被伪造或改动）";
  if (body.actor.name !== person.name) return `记录的姓名「${body.actor.name}」与签名人「${person.name}」不符`;
  const held = rolesAt(person, body.time);
  if (person.revokedAt !== null && body.time >= person.revokedAt) return `${person.name} 当时已从名册注销`;
  if (!held.includes(body.actor.role)) return `${person.name} 当时不具有「${body.actor.role}」角色`;
  const rule = (TRANSITION_RULES as Partial<Record<string, { roles: readonly string[] }>>)[actionType(body.action)];
  if (rule && rule.roles.length > 0 && !rule.roles.includes(body.actor.role)) {
    return `「${body.actor.role}」不能做此操作`;
  }
  return null;
}

/** The rulebook's action type of an audit action name. */
function actionType(action: string): WorkflowActionType | string {
  if (action === "export") return "formalExport";
  return action;
}

/**
 * Classifies each entry of a hash-verified chain: signed (signature, key, draft and role at that time all check),
 * legacy (unsigned, written before the bureau had a roster) or unsigned (an action that needs no signature).
 * Anything else is a problem: the first one is reported and nothing after it is trusted.
 */
export function trustChain(
  check: SignatureCheck,
  draftId: string,
  entries: readonly AuditEntry[],
  roster: Roster | null,
): ChainTrust {
  const out: TrustedEntry[] = [];
  const rosterSince = roster?.entries[0]?.time ?? null;
  let seenSigned = false;
  for (const e of entries) {
    const fail = (message: string): ChainTrust => ({
      entries: out,
      problem: { seq: e.seq, message: `第 ${e.seq} 条审计记录${message}。` },
    });
    const body: Body | null = e.origin ?? (e.signature ? e : null);
    if (e.origin) {
      const { signature: _s, ...rest } = e.origin;
      void _s;
      if (auditHashWith(check.sha256, rest) !== e.origin.hash || e.importedFrom !== e.origin.hash) {
        return fail("的原始记录与其校验值不符（被改动）");
      }
      if (!sameAct(e, e.origin)) return fail("与其签名的原始记录内容不符（被改动）");
    }
    if (body && body.signature) {
      const problem = signatureProblem(check, draftId, body, roster);
      if (problem) return fail(`：${problem}`);
      seenSigned = true;
      out.push({ entry: e, trust: "signed", personId: body.personId ?? null });
      continue;
    }
    if (UNSIGNED_OK.has(e.action) || e.action.startsWith("acknowledge")) {
      out.push({ entry: e, trust: "unsigned", personId: null });
      continue;
    }
    if (seenSigned || (rosterSince !== null && e.time >= rosterSince)) {
      return fail(`（${e.action}）没有签名：建立人员名册后的流程操作都必须由本人签名，此记录可能是伪造的`);
    }
    out.push({ entry: e, trust: "legacy", personId: null });
  }
  return { entries: out, problem: null };
}

/** The workflow facts that follow from trusted entries. */
export interface DerivedWorkflow {
  readonly status: DraftStatus;
  /** Hash bound by the newest approval not followed by a submit or an edit. */
  readonly approvedHash: string | null;
  /** Hash and submitter of the newest submit. */
  readonly submittedHash: string | null;
  readonly submittedBy: string | null;
  /** Hash bound by a signed 签发 by a person holding 签发人 (legacy entries never count here). */
  readonly signedHash: string | null;
  /** 发文字号, 签发人 and 签发日期 of that 签发. */
  readonly signOff: { readonly docNumber: string; readonly signer: string; readonly signDate: string } | null;
}

const TO_STATUS: Readonly<Record<string, DraftStatus>> = {
  submit: "待审核",
  return: "退回修改",
  approve: "已审核",
  sign: "已签发",
  markReplied: "已答复",
};

function str(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}

/** Replays trusted entries in time order: status, approval, submission and the signed 签发. */
export function deriveWorkflow(entries: readonly TrustedEntry[]): DerivedWorkflow {
  const ordered = [...entries].sort((a, b) =>
    a.entry.time < b.entry.time ? -1 : a.entry.time > b.entry.time ? 1 : a.entry.seq - b.entry.seq,
  );
  let status: DraftStatus = "草稿";
  let approvedHash: string | null = null;
  let submittedHash: string | null = null;
  let submittedBy: string | null = null;
  let signedHash: string | null = null;
  let signOff: DerivedWorkflow["signOff"] = null;
  for (const { entry: e, trust, personId } of ordered) {
    const to = TO_STATUS[e.action];
    if (e.action === "edit") {
      // An edit only ever drops a draft back to 草稿 (or leaves it where it was).
      if (str(e.details["to"]) === "草稿") status = "草稿";
      approvedHash = null;
      continue;
    }
    if (!to) continue;
    status = to;
    if (e.action === "submit") {
      submittedHash = str(e.details["hash"]);
      submittedBy = personId;
      approvedHash = null;
    } else if (e.action === "approve") {
      approvedHash = str(e.details["hash"]);
    } else if (e.action === "return") {
      approvedHash = null;
    } else if (e.action === "sign" && trust === "signed" && e.actor.role === "签发人") {
      signedHash = str(e.details["contentHash"]);
      const docNumber = str(e.details["docNumber"]);
      const signDate = str(e.details["signDate"]);
      signOff = docNumber && signDate ? { docNumber, signer: e.actor.name, signDate } : null;
    }
  }
  return { status, approvedHash, submittedHash, submittedBy, signedHash, signOff };
}
