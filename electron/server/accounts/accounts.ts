// Accounts and sessions on PostgreSQL: argon2id passwords, hashed session tokens, idle timeout, lock-out.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";
import { z } from "zod";
import { AppError } from "../../../shared/api/errors";
import { inTransaction, isUniqueViolation, type Queryable } from "../storage/database";
import type { AuthenticatedPerson, AuthProvider } from "./auth-provider";
import { checkNewPassword, generateFirstPassword, hashPassword, verifyPassword } from "./passwords";

/** Roles a person can hold on the server (管理员 manages accounts). */
export const AccountRole = z.enum(["拟稿人", "审核人", "文书", "管理员"]);
/** One role. */
export type AccountRole = z.infer<typeof AccountRole>;

/** A person with an account, as the rest of the server sees them (never the password hash). */
export interface Person {
  readonly id: string;
  readonly login: string;
  readonly name: string;
  readonly roles: readonly AccountRole[];
  readonly mustChangePassword: boolean;
  readonly disabled: boolean;
  readonly lockedUntil: Date | null;
}

/** Failed attempts in a row that lock an account. */
export const MAX_FAILED_ATTEMPTS = 5;
/** How long a lock lasts. */
export const LOCK_MS = 15 * 60 * 1000;
/** A session unused for this long is over. */
export const DEFAULT_IDLE_MS = 30 * 60 * 1000;

interface PersonRow {
  id: string;
  login: string;
  name: string;
  roles: string[];
  password_hash: string | null;
  must_change_password: boolean;
  failed_attempts: number;
  locked_until: Date | null;
  disabled: boolean;
}

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    login: row.login,
    name: row.name,
    roles: row.roles.map((r) => AccountRole.parse(r)),
    mustChangePassword: row.must_change_password,
    disabled: row.disabled,
    lockedUntil: row.locked_until,
  };
}

/** SHA-256 of a session token: the only form in which a token is stored. */
export function tokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

const WRONG = "账号或密码不正确。";
// Verified against when the login is unknown, so an unknown login takes as long as a wrong password.
const DUMMY_HASH = hashPassword("replydesk-no-such-account");

/** Options of the account service. */
export interface AccountOptions {
  readonly now?: () => Date;
  readonly idleMs?: number;
}

/** A signed-in session. */
export interface SignedIn {
  /** The bearer token: shown to the client once, stored only as its hash. */
  readonly token: string;
  readonly person: Person;
}

/** People, passwords and sessions of one server database. */
export class AccountService {
  readonly now: () => Date;
  readonly idleMs: number;

  constructor(
    private readonly pool: pg.Pool,
    opts: AccountOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date());
    this.idleMs = opts.idleMs ?? DEFAULT_IDLE_MS;
  }

  private async record(
    db: Queryable,
    event: string,
    login: string,
    personId: string | null,
    details = {},
  ): Promise<void> {
    await db.query("INSERT INTO account_events (time, person_id, login, event, details) VALUES ($1, $2, $3, $4, $5)", [
      this.now(),
      personId,
      login,
      event,
      JSON.stringify(details),
    ]);
  }

  /** Creates a person with a one-time first password (returned once, to be handed over by the 管理员). */
  async createPerson(input: {
    readonly login: string;
    readonly name: string;
    readonly roles: readonly AccountRole[];
    readonly by?: string;
  }): Promise<{ person: Person; firstPassword: string }> {
    const login = input.login.trim();
    if (login === "" || login.length > 50) throw new AppError("BAD_INPUT", "账号不能为空，且不超过 50 个字符。");
    if (input.roles.length === 0) throw new AppError("BAD_INPUT", "请至少指定一个角色。");
    const firstPassword = generateFirstPassword();
    const hash = await hashPassword(firstPassword);
    try {
      return await inTransaction(this.pool, async (db) => {
        const r = await db.query<PersonRow>(
          `INSERT INTO people (id, login, name, roles, password_hash, must_change_password, created_at)
           VALUES ($1, $2, $3, $4, $5, true, $6) RETURNING *`,
          [randomUUID(), login, input.name.trim() || login, [...input.roles], hash, this.now()],
        );
        const person = toPerson(r.rows[0] as PersonRow);
        await this.record(db, "create", login, person.id, { roles: input.roles, by: input.by ?? null });
        return { person, firstPassword };
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError("CONFLICT", `账号“${login}”已存在。`);
      throw err;
    }
  }

  /** Everyone, by login. */
  async list(): Promise<Person[]> {
    const r = await this.pool.query<PersonRow>("SELECT * FROM people ORDER BY login");
    return r.rows.map(toPerson);
  }

  /** Checks a password; counts failures and locks the account after MAX_FAILED_ATTEMPTS in a row. */
  async checkPassword(login: string, password: string): Promise<AuthenticatedPerson> {
    const outcome = await inTransaction(this.pool, async (db) => {
      const r = await db.query<PersonRow>("SELECT * FROM people WHERE login = $1 FOR UPDATE", [login]);
      const row = r.rows[0];
      const now = this.now();
      if (!row || !row.password_hash) {
        await verifyPassword(await DUMMY_HASH, password);
        await this.record(db, "sign-in-refused", login, null, { reason: "unknown" });
        return new AppError("FORBIDDEN", WRONG);
      }
      if (row.disabled) {
        await this.record(db, "sign-in-refused", login, row.id, { reason: "disabled" });
        return new AppError("FORBIDDEN", "该账号已停用，请联系管理员。");
      }
      if (row.locked_until && row.locked_until > now) {
        await this.record(db, "sign-in-refused", login, row.id, { reason: "locked" });
        const minutes = Math.ceil((row.locked_until.getTime() - now.getTime()) / 60_000);
        return new AppError("FORBIDDEN", `连续输错密码，账号已锁定，请 ${minutes} 分钟后再试或联系管理员。`);
      }
      if (!(await verifyPassword(row.password_hash, password))) {
        const failed = row.failed_attempts + 1;
        if (failed >= MAX_FAILED_ATTEMPTS) {
          await db.query("UPDATE people SET failed_attempts = 0, locked_until = $2 WHERE id = $1", [
            row.id,
            new Date(now.getTime() + LOCK_MS),
          ]);
          await this.record(db, "locked", login, row.id, { attempts: failed });
          return new AppError("FORBIDDEN", `连续 ${MAX_FAILED_ATTEMPTS} 次密码错误，账号已锁定 15 分钟。`);
        }
        await db.query("UPDATE people SET failed_attempts = $2 WHERE id = $1", [row.id, failed]);
        await this.record(db, "sign-in-refused", login, row.id, { reason: "password", attempts: failed });
        return new AppError("FORBIDDEN", `${WRONG}再错 ${MAX_FAILED_ATTEMPTS - failed} 次账号将被锁定 15 分钟。`);
      }
      await db.query("UPDATE people SET failed_attempts = 0, locked_until = NULL WHERE id = $1", [row.id]);
      return { personId: row.id, mustChangePassword: row.must_change_password };
    });
    // The failure is committed (counted) before it is thrown.
    if (outcome instanceof AppError) throw outcome;
    return outcome;
  }

  /** The password AuthProvider (a 统一身份认证 provider would implement the same interface). */
  passwordProvider(): AuthProvider {
    return {
      kind: "password",
      authenticate: ({ login, secret }) => this.checkPassword(login, secret),
    };
  }

  /** Signs in through a provider and opens a session. */
  async signIn(login: string, secret: string, provider: AuthProvider = this.passwordProvider()): Promise<SignedIn> {
    const who = await provider.authenticate({ login, secret });
    const token = randomBytes(32).toString("base64url");
    const now = this.now();
    return inTransaction(this.pool, async (db) => {
      const r = await db.query<PersonRow>("SELECT * FROM people WHERE id = $1", [who.personId]);
      const row = r.rows[0];
      if (!row) throw new AppError("FORBIDDEN", WRONG);
      await db.query("INSERT INTO sessions (token_hash, person_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)", [
        tokenHash(token),
        row.id,
        now,
      ]);
      await this.record(db, "sign-in", row.login, row.id, { provider: provider.kind });
      return { token, person: toPerson(row) };
    });
  }

  /** The person behind a token, or null (unknown, signed out, idle too long, disabled). Touches the session. */
  async session(token: string): Promise<Person | null> {
    const now = this.now();
    const r = await this.pool.query<PersonRow & { last_seen_at: Date; token_hash: string }>(
      `SELECT p.*, s.last_seen_at, s.token_hash FROM sessions s JOIN people p ON p.id = s.person_id
       WHERE s.token_hash = $1 AND s.ended_at IS NULL`,
      [tokenHash(token)],
    );
    const row = r.rows[0];
    if (!row) return null;
    if (row.disabled || now.getTime() - row.last_seen_at.getTime() > this.idleMs) {
      await this.pool.query("UPDATE sessions SET ended_at = $2 WHERE token_hash = $1 AND ended_at IS NULL", [
        row.token_hash,
        now,
      ]);
      await this.record(this.pool, "session-expired", row.login, row.id);
      return null;
    }
    await this.pool.query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1", [row.token_hash, now]);
    return toPerson(row);
  }

  /** Ends a session (the token stops working at once). */
  async signOut(token: string): Promise<void> {
    const r = await this.pool.query<{ login: string; id: string }>(
      `UPDATE sessions s SET ended_at = $2 FROM people p
       WHERE s.token_hash = $1 AND s.ended_at IS NULL AND p.id = s.person_id RETURNING p.login, p.id`,
      [tokenHash(token), this.now()],
    );
    const row = r.rows[0];
    if (row) await this.record(this.pool, "sign-out", row.login, row.id);
  }

  /** Changes a person's own password (the current one is checked); clears the first-password flag. */
  async changePassword(personId: string, current: string, next: string): Promise<void> {
    checkNewPassword(next);
    if (next === current) throw new AppError("BAD_INPUT", "新密码不能与原密码相同。");
    const r = await this.pool.query<PersonRow>("SELECT * FROM people WHERE id = $1", [personId]);
    const row = r.rows[0];
    if (!row) throw new AppError("NOT_FOUND", "找不到该账号。");
    await this.checkPassword(row.login, current);
    const hash = await hashPassword(next);
    await inTransaction(this.pool, async (db) => {
      await db.query("UPDATE people SET password_hash = $2, must_change_password = false WHERE id = $1", [
        personId,
        hash,
      ]);
      await this.record(db, "password-changed", row.login, personId);
    });
  }

  /** Gives a person a new one-time first password (管理员), unlocks them and ends their sessions. */
  async resetPassword(login: string, by: string): Promise<string> {
    const firstPassword = generateFirstPassword();
    const hash = await hashPassword(firstPassword);
    await inTransaction(this.pool, async (db) => {
      const r = await db.query<{ id: string }>(
        `UPDATE people SET password_hash = $2, must_change_password = true, failed_attempts = 0, locked_until = NULL
         WHERE login = $1 RETURNING id`,
        [login, hash],
      );
      const id = r.rows[0]?.id;
      if (!id) throw new AppError("NOT_FOUND", `找不到账号“${login}”。`);
      await db.query("UPDATE sessions SET ended_at = $2 WHERE person_id = $1 AND ended_at IS NULL", [id, this.now()]);
      await this.record(db, "password-reset", login, id, { by });
    });
    return firstPassword;
  }

  /** Disables (or re-enables) an account; disabling ends its sessions. */
  async setDisabled(login: string, disabled: boolean, by: string): Promise<void> {
    await inTransaction(this.pool, async (db) => {
      const r = await db.query<{ id: string }>("UPDATE people SET disabled = $2 WHERE login = $1 RETURNING id", [
        login,
        disabled,
      ]);
      const id = r.rows[0]?.id;
      if (!id) throw new AppError("NOT_FOUND", `找不到账号“${login}”。`);
      if (disabled) {
        await db.query("UPDATE sessions SET ended_at = $2 WHERE person_id = $1 AND ended_at IS NULL", [id, this.now()]);
      }
      await this.record(db, disabled ? "disabled" : "enabled", login, id, { by });
    });
  }

  /** The account events (sign-in, sign-out, refusals, locks), oldest first. */
  async events(login?: string): Promise<{ time: Date; login: string; event: string }[]> {
    const r = await this.pool.query<{ time: Date; login: string; event: string }>(
      "SELECT time, login, event FROM account_events WHERE ($1::text IS NULL OR login = $1) ORDER BY id",
      [login ?? null],
    );
    return r.rows;
  }
}
