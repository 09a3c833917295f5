// People of the bureau on this PC: the signed roster (roster.json), the sealed personal keys of the people who
// work here (keys/<id>.json), sign-in with lock-out and idle timeout, and the roster's own administration.
import { randomBytes, type KeyObject } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppError } from "../../../../shared/api/errors";
import type { UserRole } from "../../../../shared/model/settings";
import type { RosterEntry } from "../../../../shared/people/roster";
import {
  GENESIS_HASH,
  PersonId,
  keyFingerprint,
  replayRoster,
  rosterEntryHash,
  signingMessage,
  type Person,
  type Roster,
  type RosterEntryKind,
} from "../../../../shared/people/roster";
import { canonicalJson } from "../../../../shared/workflow/canonical-json";
import type { Actor } from "../../../../shared/workflow/status-machine";
import { writeFileAtomic } from "../atomic-file";
import { quarantineFile } from "../draft-files";
import {
  SealedKey,
  generatePersonKey,
  nodeSignatureCheck,
  openPrivateKey,
  publicKeyOf,
  sealPrivateKey,
  signMessage,
  verifyMessage,
} from "./keys";

/** Format tag of roster files (roster.json and the exported .replydesk-roster). */
export const ROSTER_FORMAT = "replydesk-roster";
/** Format tag of join requests (加入申请). */
export const JOIN_FORMAT = "replydesk-join";

const RosterFile = z.object({ format: z.literal(ROSTER_FORMAT), entries: z.array(z.unknown()).max(10_000) });

/** A person's key on this PC and the state of their local sign-in. */
const KeyFile = z.object({
  personId: PersonId,
  name: z.string().max(50),
  publicKey: z.string().max(200),
  sealed: SealedKey,
  /** The first password was set by the 管理员: it must be changed at the first sign-in. */
  mustChangePassword: z.boolean(),
  failures: z.number().int().nonnegative(),
  lockedUntil: z.string().nullable(),
});
type KeyFile = z.infer<typeof KeyFile>;

/** A join request: a new person's name and public key, signed with that key (proof they hold it). */
export const JoinRequest = z.object({
  format: z.literal(JOIN_FORMAT),
  personId: PersonId,
  name: z.string().min(1).max(50),
  publicKey: z.string().max(200),
  time: z.string().max(40),
  signature: z.string().max(200),
});
/** A join request. */
export type JoinRequest = z.infer<typeof JoinRequest>;

/** Failed sign-ins before the account is locked, and for how long. */
export const MAX_FAILURES = 5;
/** Lock-out after too many failed sign-ins. */
export const LOCK_MINUTES = 15;
/** Default idle time before the session locks. */
export const DEFAULT_IDLE_MINUTES = 15;

/** The person signed in now, with their unlocked key (kept in memory only). */
interface Session {
  readonly personId: string;
  readonly privateKey: KeyObject;
  lastActivity: number;
}

/** One person as the UI shows them. */
export interface PersonView {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly UserRole[];
  readonly fingerprint: string;
  readonly active: boolean;
  /** This PC holds the person's (sealed) key, so they can sign in here. */
  readonly canSignInHere: boolean;
  readonly mustChangePassword: boolean;
}

/** Who signs an audit entry: their roster id and a function that signs a message with their key. */
export interface Signer {
  readonly personId: string;
  readonly sign: (message: string) => string;
}

function newPersonId(): string {
  return `p${randomBytes(8).toString("hex")}`;
}

function checkPassword(password: string): void {
  if (password.length < 8) throw new AppError("BAD_INPUT", "密码至少 8 位。");
  if (password.length > 200) throw new AppError("BAD_INPUT", "密码过长（最多 200 位）。");
}

function normaliseRoles(roles: readonly UserRole[]): UserRole[] {
  const set = [...new Set(roles)];
  if (set.length === 0) throw new AppError("BAD_INPUT", "请至少选择一个角色。");
  return set;
}

/** The people of one data folder. */
export class PeopleService {
  private roster: Roster | null = null;
  private problem: string | null = null;
  private session: Session | null = null;
  private idleMs = DEFAULT_IDLE_MINUTES * 60_000;

  private constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
    private readonly report: (message: string) => Promise<void>,
  ) {}

  /** Opens (and verifies) the roster of a data folder; a damaged roster is quarantined with a notice, never reset. */
  static async open(
    dataDir: string,
    now: () => Date,
    report: (message: string) => Promise<void>,
  ): Promise<PeopleService> {
    const svc = new PeopleService(dataDir, now, report);
    await svc.load();
    return svc;
  }

  private get rosterPath(): string {
    return path.join(this.dataDir, "roster.json");
  }

  private keyPath(personId: string): string {
    return path.join(this.dataDir, "keys", `${PersonId.parse(personId)}.json`);
  }

  private async load(): Promise<void> {
    let text: string;
    try {
      text = await fs.readFile(this.rosterPath, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
      throw new AppError("IO", `读取人员名册失败：${(err as Error).message}`);
    }
    const result = parseRosterText(text);
    if (result.ok) {
      this.roster = result.roster;
      return;
    }
    const moved = await quarantineFile(this.rosterPath, this.now());
    this.problem = `人员名册已损坏（${result.message}），已隔离为 ${moved}。请从备份恢复或重新导入本单位名册；在此之前不能进行需要签名的操作。`;
    await this.report(this.problem);
  }

  /** Sets the idle time after which the session locks. */
  setIdleMinutes(minutes: number): void {
    this.idleMs = Math.max(1, minutes) * 60_000;
  }

  /** The verified roster, or null when the bureau has none yet (or it was quarantined). */
  current(): Roster | null {
    return this.roster;
  }

  /** Why the roster is unusable (damaged), or null. */
  rosterProblem(): string | null {
    return this.problem;
  }

  /** The people for the UI, with their fingerprints and whether they can sign in on this PC. */
  async list(): Promise<PersonView[]> {
    const out: PersonView[] = [];
    for (const p of this.roster?.people.values() ?? []) {
      const key = await this.readKey(p.id);
      out.push({
        id: p.id,
        name: p.name,
        roles: p.roles,
        fingerprint: keyFingerprint(nodeSignatureCheck, p.publicKey),
        active: p.revokedAt === null,
        canSignInHere: key !== null && key.publicKey === p.publicKey,
        mustChangePassword: key?.mustChangePassword ?? false,
      });
    }
    return out;
  }

  /** Pending identities on this PC: keys made for a join request whose person is not in the roster yet. */
  async pendingIdentities(): Promise<{ id: string; name: string; fingerprint: string }[]> {
    let names: string[];
    try {
      names = await fs.readdir(path.join(this.dataDir, "keys"));
    } catch {
      return [];
    }
    const out: { id: string; name: string; fingerprint: string }[] = [];
    for (const n of names.filter((x) => /^p[0-9a-f]{16}\.json$/.test(x))) {
      const key = await this.readKey(n.slice(0, -5));
      if (key && !this.roster?.people.has(key.personId)) {
        out.push({ id: key.personId, name: key.name, fingerprint: keyFingerprint(nodeSignatureCheck, key.publicKey) });
      }
    }
    return out;
  }

  // ---- sessions ----

  /** The signed-in person (null when nobody is, or the session went idle and locked). */
  whoIsIn(): Person | null {
    const s = this.session;
    if (!s) return null;
    if (this.now().getTime() - s.lastActivity > this.idleMs) {
      this.session = null;
      return null;
    }
    const p = this.roster?.people.get(s.personId);
    if (!p || p.revokedAt !== null) {
      this.session = null;
      return null;
    }
    return p;
  }

  /** The acting person for the rulebook (every role they hold now), or null. Counts as activity. */
  actor(): Actor | null {
    const p = this.whoIsIn();
    if (!p || !this.session) return null;
    this.session.lastActivity = this.now().getTime();
    // The role shown on unsigned notes: the first working role (管理员 is for the roster, not for letters).
    const role = p.roles.find((r) => r !== "管理员") ?? p.roles[0] ?? "拟稿人";
    return { name: p.name, role, roles: p.roles, personId: p.id };
  }

  /** The signer for audit entries: the signed-in person, or null. */
  signer(): Signer | null {
    const p = this.whoIsIn();
    const s = this.session;
    if (!p || !s) return null;
    return { personId: p.id, sign: (message) => signMessage(s.privateKey, message) };
  }

  /** Signs in with a password: locks the account for 15 minutes after 5 failures; refuses a revoked person. */
  async signIn(personId: string, password: string): Promise<{ person: Person; mustChangePassword: boolean }> {
    const person = this.roster?.people.get(personId);
    if (!person) throw new AppError("NOT_FOUND", "名册中没有这个人，请先由管理员添加或导入本单位名册。");
    if (person.revokedAt !== null) throw new AppError("FORBIDDEN", `${person.name} 已从名册注销，不能登录。`);
    const key = await this.readKey(personId);
    if (!key || key.publicKey !== person.publicKey) {
      throw new AppError(
        "NOT_FOUND",
        `本机没有 ${person.name} 的密钥：请在本人的电脑上登录，或由管理员在本机为其设置初始密码。`,
      );
    }
    const nowMs = this.now().getTime();
    if (key.lockedUntil && Date.parse(key.lockedUntil) > nowMs) {
      const mins = Math.ceil((Date.parse(key.lockedUntil) - nowMs) / 60_000);
      throw new AppError("FORBIDDEN", `密码错误次数过多，账号已锁定，请 ${mins} 分钟后再试。`);
    }
    const privateKey = openPrivateKey(key.sealed, password);
    if (!privateKey || publicKeyOf(privateKey) !== person.publicKey) {
      const failures = key.failures + 1;
      const locked = failures >= MAX_FAILURES;
      await this.writeKey({
        ...key,
        failures: locked ? 0 : failures,
        lockedUntil: locked ? new Date(nowMs + LOCK_MINUTES * 60_000).toISOString() : null,
      });
      throw new AppError(
        "FORBIDDEN",
        locked
          ? `密码错误次数过多，账号已锁定 ${LOCK_MINUTES} 分钟。`
          : `密码不对（还可再试 ${MAX_FAILURES - failures} 次）。`,
      );
    }
    if (key.failures > 0 || key.lockedUntil) await this.writeKey({ ...key, failures: 0, lockedUntil: null });
    this.session = { personId, privateKey, lastActivity: nowMs };
    return { person, mustChangePassword: key.mustChangePassword };
  }

  /** Signs out (the key is dropped from memory). */
  signOut(): void {
    this.session = null;
  }

  /** Changes the signed-in person's password (re-seals their key); clears the must-change flag. */
  async changePassword(oldPassword: string, newPassword: string): Promise<void> {
    const p = this.whoIsIn();
    if (!p) throw new AppError("FORBIDDEN", "请先登录。");
    checkPassword(newPassword);
    if (newPassword === oldPassword) throw new AppError("BAD_INPUT", "新密码不能与原密码相同。");
    const key = await this.readKey(p.id);
    const privateKey = key ? openPrivateKey(key.sealed, oldPassword) : null;
    if (!key || !privateKey) throw new AppError("FORBIDDEN", "原密码不对。");
    await this.writeKey({ ...key, sealed: sealPrivateKey(privateKey, newPassword), mustChangePassword: false });
  }

  // ---- the roster ----

  /** Creates the bureau's roster with its first 管理员 (only when this PC has no roster). */
  async createRoster(input: {
    name: string;
    password: string;
    bureau: string;
    roles?: readonly UserRole[];
  }): Promise<Person> {
    if (this.roster) throw new AppError("INVALID_STATE", "本机已有单位人员名册，不能重复创建。");
    if (this.problem) throw new AppError("INVALID_STATE", "本机的人员名册已损坏并被隔离：请先恢复或导入名册。");
    checkPassword(input.password);
    const name = input.name.trim();
    if (!name) throw new AppError("BAD_INPUT", "请填写姓名。");
    const roles = normaliseRoles(["管理员", ...(input.roles ?? [])]);
    const id = newPersonId();
    const { publicKey, privateKey } = generatePersonKey();
    await this.writeKey({
      personId: id,
      name,
      publicKey,
      sealed: sealPrivateKey(privateKey, input.password),
      mustChangePassword: false,
      failures: 0,
      lockedUntil: null,
    });
    await this.append(
      { kind: "create", subject: id, name, publicKey, roles, separationOfDuties: true, bureau: input.bureau.trim() },
      id,
      privateKey,
    );
    this.session = { personId: id, privateKey, lastActivity: this.now().getTime() };
    return this.mustPerson(id);
  }

  /** 管理员 adds a person who will work on this PC, with a first password they must change at first sign-in. */
  async addPerson(input: { name: string; roles: readonly UserRole[]; password: string }): Promise<Person> {
    const admin = this.requireAdmin();
    checkPassword(input.password);
    const name = input.name.trim();
    if (!name) throw new AppError("BAD_INPUT", "请填写姓名。");
    if ([...(this.roster?.people.values() ?? [])].some((p) => p.name === name && p.revokedAt === null)) {
      throw new AppError("BAD_INPUT", `名册中已有在册人员「${name}」，同名请加以区分（如 张伟（办公室））。`);
    }
    const id = newPersonId();
    const { publicKey, privateKey } = generatePersonKey();
    await this.writeKey({
      personId: id,
      name,
      publicKey,
      sealed: sealPrivateKey(privateKey, input.password),
      mustChangePassword: true,
      failures: 0,
      lockedUntil: null,
    });
    await this.append(
      { kind: "addPerson", subject: id, name, publicKey, roles: normaliseRoles(input.roles) },
      admin.personId,
      admin.privateKey,
    );
    return this.mustPerson(id);
  }

  /** Makes a join request on this PC: a new key sealed under the person's password, and the request to send. */
  async createJoinRequest(input: { name: string; password: string }): Promise<JoinRequest> {
    checkPassword(input.password);
    const name = input.name.trim();
    if (!name) throw new AppError("BAD_INPUT", "请填写姓名。");
    const id = newPersonId();
    const { publicKey, privateKey } = generatePersonKey();
    await this.writeKey({
      personId: id,
      name,
      publicKey,
      sealed: sealPrivateKey(privateKey, input.password),
      mustChangePassword: false,
      failures: 0,
      lockedUntil: null,
    });
    const time = this.now().toISOString();
    const signature = signMessage(
      privateKey,
      signingMessage("join", joinHash({ personId: id, name, publicKey, time })),
    );
    return { format: JOIN_FORMAT, personId: id, name, publicKey, time, signature };
  }

  /** 管理员 accepts a join request (after comparing its fingerprint by phone) and grants roles. */
  async acceptJoinRequest(raw: unknown, roles: readonly UserRole[]): Promise<Person> {
    const admin = this.requireAdmin();
    const parsed = JoinRequest.safeParse(raw);
    if (!parsed.success) throw new AppError("BAD_INPUT", "这不是有效的加入申请文件。本机名册未做任何改动。");
    const r = parsed.data;
    const message = signingMessage("join", joinHash(r));
    if (!verifyMessage(r.publicKey, message, r.signature)) {
      throw new AppError("CORRUPT", "加入申请的签名无效（文件被改动）。本机名册未做任何改动。");
    }
    if (this.roster?.people.has(r.personId)) throw new AppError("INVALID_STATE", `${r.name} 已在名册中。`);
    await this.append(
      { kind: "addPerson", subject: r.personId, name: r.name, publicKey: r.publicKey, roles: normaliseRoles(roles) },
      admin.personId,
      admin.privateKey,
    );
    return this.mustPerson(r.personId);
  }

  /** 管理员 sets a person's roles (the full set). */
  async setRoles(personId: string, roles: readonly UserRole[]): Promise<Person> {
    const admin = this.requireAdmin();
    const p = this.roster?.people.get(personId);
    if (!p || p.revokedAt !== null) throw new AppError("NOT_FOUND", "名册中没有这个在册人员。");
    await this.append(
      { kind: "setRoles", subject: personId, roles: normaliseRoles(roles) },
      admin.personId,
      admin.privateKey,
    );
    return this.mustPerson(personId);
  }

  /** 管理员 revokes a person who left: their later entries are refused, earlier ones stay valid. */
  async revoke(personId: string): Promise<void> {
    const admin = this.requireAdmin();
    const p = this.roster?.people.get(personId);
    if (!p || p.revokedAt !== null) throw new AppError("NOT_FOUND", "名册中没有这个在册人员。");
    await this.append({ kind: "revokePerson", subject: personId }, admin.personId, admin.privateKey);
  }

  /** 管理员 turns separation of duties on or off (recorded and shown in the audit view). */
  async setSeparationOfDuties(enabled: boolean): Promise<void> {
    const admin = this.requireAdmin();
    await this.append(
      { kind: "setPolicy", subject: admin.personId, separationOfDuties: enabled },
      admin.personId,
      admin.privateKey,
    );
  }

  /** The roster as a file for the other PCs of the bureau. */
  exportRoster(): Uint8Array {
    if (!this.roster) throw new AppError("NOT_FOUND", "本机还没有单位人员名册。");
    return new TextEncoder().encode(JSON.stringify({ format: ROSTER_FORMAT, entries: this.roster.entries }, null, 1));
  }

  /**
   * Imports a roster file: verified in full; adopted when this PC has none, else it must be the same roster (same
   * first entry) and extend ours. Anything else is refused with nothing written.
   */
  async importRoster(bytes: Uint8Array): Promise<{ added: number; roster: Roster }> {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new AppError("BAD_INPUT", "名册文件不是有效的文本。本机名册未做任何改动。");
    }
    const result = parseRosterText(text);
    if (!result.ok) throw new AppError("CORRUPT", `名册文件校验失败：${result.message}本机名册未做任何改动。`);
    const incoming = result.roster;
    const mine = this.roster;
    if (mine) {
      if (incoming.genesis !== mine.genesis) {
        throw new AppError("CORRUPT", "这不是本单位的名册（创建人与本机名册不同）。本机名册未做任何改动。");
      }
      const prefix = mine.entries.every((e, i) => incoming.entries[i]?.hash === e.hash);
      if (!prefix) {
        throw new AppError(
          "CONFLICT",
          "名册文件与本机名册有分歧（两台电脑各自修改过名册）。请以管理员电脑上的名册为准重新导出。本机名册未做任何改动。",
        );
      }
    }
    const added = incoming.entries.length - (mine?.entries.length ?? 0);
    if (added > 0) await this.writeRoster(incoming.entries);
    this.roster = incoming;
    this.problem = null;
    return { added, roster: incoming };
  }

  // ---- internals ----

  private requireAdmin(): { personId: string; privateKey: KeyObject } {
    const p = this.whoIsIn();
    if (!p || !this.session) throw new AppError("FORBIDDEN", "请先以管理员身份登录。");
    if (!p.roles.includes("管理员"))
      throw new AppError("FORBIDDEN", `只有管理员可以管理人员名册，${p.name} 不是管理员。`);
    this.session.lastActivity = this.now().getTime();
    return { personId: p.id, privateKey: this.session.privateKey };
  }

  private mustPerson(id: string): Person {
    const p = this.roster?.people.get(id);
    if (!p) throw new AppError("IO", "名册更新后找不到该人员。");
    return p;
  }

  private async append(
    fields: { kind: RosterEntryKind; subject: string } & Partial<
      Pick<RosterEntry, "name" | "publicKey" | "roles" | "separationOfDuties" | "bureau">
    >,
    by: string,
    privateKey: KeyObject,
  ): Promise<void> {
    const entries = this.roster?.entries ?? [];
    const last = entries.at(-1);
    const prevTime = last?.time ?? "";
    let time = this.now().toISOString();
    if (time < prevTime) time = prevTime; // a clock set back never breaks the roster's time order
    const body = {
      seq: entries.length + 1,
      time,
      kind: fields.kind,
      subject: fields.subject,
      name: fields.name ?? null,
      publicKey: fields.publicKey ?? null,
      roles: fields.roles ? [...fields.roles] : null,
      separationOfDuties: fields.separationOfDuties ?? null,
      bureau: fields.bureau ?? null,
      by,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const hash = rosterEntryHash(nodeSignatureCheck, body);
    const entry: RosterEntry = { ...body, hash, signature: signMessage(privateKey, signingMessage("roster", hash)) };
    const next = [...entries, entry];
    const check = replayRoster(nodeSignatureCheck, next);
    if (!check.ok) throw new AppError("BAD_INPUT", check.message);
    await this.writeRoster(next);
    this.roster = check.roster;
  }

  private async writeRoster(entries: readonly RosterEntry[]): Promise<void> {
    await fs.mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(this.rosterPath, JSON.stringify({ format: ROSTER_FORMAT, entries }, null, 1));
  }

  private async readKey(personId: string): Promise<KeyFile | null> {
    let text: string;
    try {
      text = await fs.readFile(this.keyPath(personId), "utf8");
    } catch {
      return null;
    }
    try {
      const parsed = KeyFile.safeParse(JSON.parse(text));
      return parsed.success && parsed.data.personId === personId ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private async writeKey(key: KeyFile): Promise<void> {
    await fs.mkdir(path.join(this.dataDir, "keys"), { recursive: true });
    await writeFileAtomic(this.keyPath(key.personId), JSON.stringify(key, null, 1));
  }
}

function joinHash(r: Pick<JoinRequest, "personId" | "name" | "publicKey" | "time">): string {
  return nodeSignatureCheck.sha256(
    canonicalJson({ personId: r.personId, name: r.name, publicKey: r.publicKey, time: r.time }),
  );
}

/** Parses and verifies the text of a roster file. */
export function parseRosterText(text: string): { ok: true; roster: Roster } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: "内容不是有效的 JSON（可能被截断）。" };
  }
  const file = RosterFile.safeParse(raw);
  if (!file.success) return { ok: false, message: "不是答复函工作台的名册文件。" };
  const check = replayRoster(nodeSignatureCheck, file.data.entries);
  return check.ok ? { ok: true, roster: check.roster } : { ok: false, message: check.message };
}
