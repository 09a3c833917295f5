// The bureau roster (单位人员名册): a hash-chained, signed log of who works here, with which roles and keys.
//
// Trust model: the first entry ("create") is signed by the first 管理员 with their own key; its hash is the
// roster's identity (every PC of the bureau must hold a roster with the same first entry). Every later entry
// is signed by a person who is an active 管理员 at that point of the log. Replaying the log gives the people,
// their roles over time and the bureau's policy. Pure: hashing and signature checks are passed in.
import { z } from "zod";
import { UserRole } from "../model/settings";
import { canonicalJson } from "../workflow/canonical-json";

/** Hex SHA-256. */
const Hash = z.string().regex(/^[0-9a-f]{64}$/, "不是有效的校验值");

/** A person's id in the roster (random, stable for life). */
export const PersonId = z.string().regex(/^p[0-9a-f]{16}$/, "人员编号格式不对");
/** A person's id. */
export type PersonId = z.infer<typeof PersonId>;

/** What one roster entry does. */
export const RosterEntryKind = z.enum(["create", "addPerson", "setRoles", "revokePerson", "setPolicy"]);
/** One kind of roster entry. */
export type RosterEntryKind = z.infer<typeof RosterEntryKind>;

/** One signed line of roster.jsonl; `hash` covers every field but itself and `signature`. */
export const RosterEntry = z.object({
  seq: z.number().int().positive(),
  time: z.string().min(10).max(40),
  kind: RosterEntryKind,
  /** The person the entry is about. */
  subject: PersonId,
  /** Name (create/addPerson). */
  name: z.string().max(50).nullable(),
  /** Ed25519 public key, base64 of its SPKI DER (create/addPerson). */
  publicKey: z.string().max(200).nullable(),
  /** The full set of roles from this entry on (create/addPerson/setRoles). */
  roles: z.array(UserRole).max(5).nullable(),
  /** Separation of duties (create/setPolicy): the drafter may not approve their own draft. */
  separationOfDuties: z.boolean().nullable(),
  /** 单位全称 (create). */
  bureau: z.string().max(100).nullable(),
  /** Who signed this entry. */
  by: PersonId,
  prevHash: z.string().max(64),
  hash: Hash,
  /** Ed25519 signature (base64) of `signingMessage("roster", hash)` by `by`. */
  signature: z.string().min(1).max(200),
});
/** One roster entry. */
export type RosterEntry = z.infer<typeof RosterEntry>;

/** What the caller supplies to hash and check signatures (node:crypto in main, nothing in the renderer). */
export interface SignatureCheck {
  /** Hex SHA-256 of a UTF-8 string. */
  readonly sha256: (text: string) => string;
  /** True when `signature` (base64) is `publicKey`'s Ed25519 signature of `message`. */
  readonly verify: (publicKey: string, message: string, signature: string) => boolean;
}

/** prevHash of the first entry of a chain. */
export const GENESIS_HASH = "0".repeat(64);

/** The message a signature covers: a purpose tag (so a roster signature is never valid as an audit one) and a hash. */
export function signingMessage(purpose: "roster" | "audit" | "exchange" | "join", hash: string): string {
  return `replydesk:${purpose}:${hash}`;
}

/** The hash a roster entry must carry. */
export function rosterEntryHash(
  check: Pick<SignatureCheck, "sha256">,
  entry: Omit<RosterEntry, "hash" | "signature">,
): string {
  const { seq, time, kind, subject, name, publicKey, roles, separationOfDuties, bureau, by, prevHash } = entry;
  return check.sha256(
    canonicalJson({ seq, time, kind, subject, name, publicKey, roles, separationOfDuties, bureau, by, prevHash }),
  );
}

/** A person as the roster knows them now, with the history needed to judge past actions. */
export interface Person {
  readonly id: PersonId;
  readonly name: string;
  readonly publicKey: string;
  readonly roles: readonly UserRole[];
  readonly addedAt: string;
  /** Set once the person was revoked (left the bureau): later actions by their key are refused. */
  readonly revokedAt: string | null;
  /** Roles held from each time on, oldest first. */
  readonly history: readonly { readonly from: string; readonly roles: readonly UserRole[] }[];
}

/** A verified roster. */
export interface Roster {
  /** Hash of the first entry: the roster's identity across PCs. */
  readonly genesis: string;
  readonly bureau: string;
  readonly people: ReadonlyMap<PersonId, Person>;
  readonly separationOfDuties: boolean;
  /** Time separation of duties was last switched, and by whom (shown in the audit view). */
  readonly policyChanges: readonly { readonly time: string; readonly by: PersonId; readonly enabled: boolean }[];
  readonly entries: readonly RosterEntry[];
}

/** Result of replaying a roster log. */
export type RosterCheck =
  | { readonly ok: true; readonly roster: Roster }
  | { readonly ok: false; readonly seq: number; readonly message: string };

/** Roles a person held at a time (ISO string), or none if not yet added or already revoked then. */
export function rolesAt(person: Person | undefined, time: string): readonly UserRole[] {
  if (!person) return [];
  if (time < person.addedAt) return [];
  if (person.revokedAt !== null && time >= person.revokedAt) return [];
  let roles: readonly UserRole[] = [];
  for (const h of person.history) if (h.from <= time) roles = h.roles;
  return roles;
}

/** The fingerprint people compare by phone: SHA-256 of the key, first 20 hex digits in groups of four. */
export function keyFingerprint(check: Pick<SignatureCheck, "sha256">, publicKey: string): string {
  return check.sha256(publicKey).slice(0, 20).toUpperCase().match(/.{4}/g)?.join(" ") ?? "";
}

interface MutablePerson {
  id: PersonId;
  name: string;
  publicKey: string;
  roles: UserRole[];
  addedAt: string;
  revokedAt: string | null;
  history: { from: string; roles: UserRole[] }[];
}

/** Replays and verifies a roster log: chain, hashes, signatures, and that each signer was an active 管理员. */
export function replayRoster(check: SignatureCheck, raw: readonly unknown[]): RosterCheck {
  const people = new Map<PersonId, MutablePerson>();
  const policyChanges: { time: string; by: PersonId; enabled: boolean }[] = [];
  const entries: RosterEntry[] = [];
  let prev = GENESIS_HASH;
  let separation = true;
  let bureau = "";
  let lastTime = "";
  const bad = (seq: number, message: string): RosterCheck => ({
    ok: false,
    seq,
    message: `名册第 ${seq} 条${message}`,
  });
  if (raw.length === 0) return { ok: false, seq: 0, message: "名册是空的。" };
  for (const [i, item] of raw.entries()) {
    const pos = i + 1;
    const parsed = RosterEntry.safeParse(item);
    if (!parsed.success) return bad(pos, "格式不对或缺少字段（被改动）。");
    const e = parsed.data;
    if (e.seq !== pos) return bad(pos, `的序号是 ${e.seq}：有记录被删除、插入或调换了顺序。`);
    if (e.prevHash !== prev) return bad(pos, "与上一条不衔接：前面的记录被删除、插入或替换。");
    if (rosterEntryHash(check, e) !== e.hash) return bad(pos, "的内容被修改过（校验值不符）。");
    if (e.time < lastTime) return bad(pos, "的时间早于上一条（被改动）。");
    // The signer's key: the subject's own new key for "create", else an active 管理员 already in the roster.
    let signerKey: string | null;
    if (pos === 1) {
      if (e.kind !== "create" || e.by !== e.subject || !e.publicKey || !e.name || !e.roles?.includes("管理员")) {
        return bad(pos, "不是有效的名册开头（应由第一位管理员创建并签名）。");
      }
      signerKey = e.publicKey;
    } else {
      if (e.kind === "create") return bad(pos, "重复创建名册。");
      const signer = people.get(e.by);
      if (!signer || signer.revokedAt !== null || !signer.roles.includes("管理员")) {
        return bad(pos, "的签名人不是当时在册的管理员。");
      }
      signerKey = signer.publicKey;
    }
    if (!check.verify(signerKey, signingMessage("roster", e.hash), e.signature)) {
      return bad(pos, "的签名无效（被伪造或改动）。");
    }
    const subject = people.get(e.subject);
    switch (e.kind) {
      case "create":
      case "addPerson": {
        if (subject) return bad(pos, `重复添加人员 ${subject.name}。`);
        if (!e.name || !e.publicKey || !e.roles) return bad(pos, "缺少姓名、公钥或角色。");
        if ([...people.values()].some((p) => p.publicKey === e.publicKey)) return bad(pos, "的公钥已属于他人。");
        people.set(e.subject, {
          id: e.subject,
          name: e.name,
          publicKey: e.publicKey,
          roles: [...e.roles],
          addedAt: e.time,
          revokedAt: null,
          history: [{ from: e.time, roles: [...e.roles] }],
        });
        if (e.kind === "create") {
          bureau = e.bureau ?? "";
          separation = e.separationOfDuties ?? true;
        }
        break;
      }
      case "setRoles": {
        if (!subject || subject.revokedAt !== null) return bad(pos, "修改的人员不在册。");
        if (!e.roles) return bad(pos, "缺少角色。");
        subject.roles = [...e.roles];
        subject.history.push({ from: e.time, roles: [...e.roles] });
        break;
      }
      case "revokePerson": {
        if (!subject || subject.revokedAt !== null) return bad(pos, "注销的人员不在册。");
        subject.revokedAt = e.time;
        break;
      }
      case "setPolicy": {
        if (e.separationOfDuties === null) return bad(pos, "缺少设置内容。");
        separation = e.separationOfDuties;
        policyChanges.push({ time: e.time, by: e.by, enabled: separation });
        break;
      }
    }
    if (![...people.values()].some((p) => p.revokedAt === null && p.roles.includes("管理员"))) {
      return bad(pos, "之后名册中已没有管理员。");
    }
    entries.push(e);
    prev = e.hash;
    lastTime = e.time;
  }
  const first = entries[0];
  return {
    ok: true,
    roster: {
      genesis: first ? first.hash : GENESIS_HASH,
      bureau,
      people,
      separationOfDuties: separation,
      policyChanges,
      entries,
    },
  };
}
