// Accounts on a real PostgreSQL: argon2id hashes, lock-out, first password, sessions (sign-out, idle timeout).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { AccountService, LOCK_MS, tokenHash } from "../../../electron/server/accounts/accounts";
import { migrate, openPool } from "../../../electron/server/storage/database";
import { createTestDatabase } from "../../support/pg";

let pool: pg.Pool;
let drop: () => Promise<void>;
let clock = new Date("2026-03-02T09:00:00+08:00");
const now = (): Date => clock;
const advance = (ms: number): void => {
  clock = new Date(clock.getTime() + ms);
};

beforeAll(async () => {
  const db = await createTestDatabase();
  drop = db.drop;
  pool = openPool(db.url);
  await migrate(pool);
}, 120_000);
afterAll(async () => {
  await pool.end();
  await drop();
});

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return (err as Error).message;
  }
  return "RESOLVED";
}

describe("accounts", () => {
  it("stores only an argon2id hash and asks for a new password at the first sign-in", async () => {
    const accounts = new AccountService(pool, { now });
    const { person, firstPassword } = await accounts.createPerson({
      login: "zhang",
      name: "张拟稿",
      roles: ["拟稿人"],
    });
    const stored = await pool.query<{ password_hash: string }>("SELECT password_hash FROM people WHERE id = $1", [
      person.id,
    ]);
    expect(stored.rows[0]?.password_hash).toMatch(/^\$argon2id\$/);
    expect(stored.rows[0]?.password_hash).not.toContain(firstPassword);
    const first = await accounts.signIn("zhang", firstPassword);
    expect(first.person.mustChangePassword).toBe(true);
    expect(await refusal(accounts.changePassword(person.id, firstPassword, "123456789012"))).toMatch(/过于简单/);
    expect(await refusal(accounts.changePassword(person.id, firstPassword, "short"))).toMatch(/至少需要/);
    await accounts.changePassword(person.id, firstPassword, "答复函-春天-2026");
    expect((await accounts.signIn("zhang", "答复函-春天-2026")).person.mustChangePassword).toBe(false);
    expect(await refusal(accounts.signIn("zhang", firstPassword))).toMatch(/账号或密码不正确/);
  });

  it("locks the account for 15 minutes after 5 wrong passwords, even against the right one", async () => {
    const accounts = new AccountService(pool, { now });
    const { firstPassword } = await accounts.createPerson({ login: "li", name: "李审核", roles: ["审核人"] });
    for (let i = 1; i <= 4; i += 1) {
      expect(await refusal(accounts.signIn("li", `wrong-${i}`))).toMatch(`再错 ${5 - i} 次`);
    }
    expect(await refusal(accounts.signIn("li", "wrong-5"))).toMatch(/已锁定 15 分钟/);
    expect(await refusal(accounts.signIn("li", firstPassword))).toMatch(/已锁定/);
    advance(LOCK_MS - 60_000);
    expect(await refusal(accounts.signIn("li", firstPassword))).toMatch(/1 分钟后再试/);
    advance(61_000);
    expect((await accounts.signIn("li", firstPassword)).person.name).toBe("李审核");
    const events = (await accounts.events("li")).map((e) => e.event);
    expect(events.filter((e) => e === "locked")).toHaveLength(1);
    expect(events.at(-1)).toBe("sign-in");
  });

  it("counts five simultaneous wrong passwords (no lost update) and refuses unknown and disabled accounts", async () => {
    const accounts = new AccountService(pool, { now });
    const { firstPassword } = await accounts.createPerson({ login: "wang", name: "王文书", roles: ["文书"] });
    await Promise.allSettled(Array.from({ length: 5 }, (_, i) => accounts.signIn("wang", `bad-${i}`)));
    expect(await refusal(accounts.signIn("wang", firstPassword))).toMatch(/已锁定/);
    expect(await refusal(accounts.signIn("nobody", "whatever"))).toMatch(/账号或密码不正确/);
    const second = await accounts.createPerson({ login: "zhao", name: "赵", roles: ["拟稿人"] });
    const s = await accounts.signIn("zhao", second.firstPassword);
    await accounts.setDisabled("zhao", true, "管理员");
    expect(await accounts.session(s.token)).toBeNull();
    expect(await refusal(accounts.signIn("zhao", second.firstPassword))).toMatch(/已停用/);
  });

  it("stores only the token's hash; a stolen token stops working at sign-out and after the idle timeout", async () => {
    const accounts = new AccountService(pool, { now, idleMs: 30 * 60_000 });
    const { firstPassword } = await accounts.createPerson({ login: "sun", name: "孙", roles: ["拟稿人"] });
    const a = await accounts.signIn("sun", firstPassword);
    const rows = await pool.query<{ token_hash: string }>("SELECT token_hash FROM sessions");
    expect(rows.rows.map((r) => r.token_hash)).toContain(tokenHash(a.token));
    expect(JSON.stringify(rows.rows)).not.toContain(a.token);
    const stolen = a.token;
    expect((await accounts.session(stolen))?.login).toBe("sun");
    await accounts.signOut(a.token);
    expect(await accounts.session(stolen)).toBeNull();

    const b = await accounts.signIn("sun", firstPassword);
    advance(29 * 60_000);
    expect((await accounts.session(b.token))?.login).toBe("sun"); // use renews the session
    advance(29 * 60_000);
    expect((await accounts.session(b.token))?.login).toBe("sun");
    advance(31 * 60_000);
    expect(await accounts.session(b.token)).toBeNull();
    advance(-60 * 60_000); // even with the clock turned back, an expired session stays ended
    expect(await accounts.session(b.token)).toBeNull();
    const events = (await accounts.events("sun")).map((e) => e.event);
    expect(events).toEqual(["create", "sign-in", "sign-out", "sign-in", "session-expired"]);
  });

  it("resets a forgotten password: new first password, lock lifted, old sessions ended", async () => {
    const accounts = new AccountService(pool, { now });
    const { firstPassword } = await accounts.createPerson({ login: "qian", name: "钱", roles: ["拟稿人"] });
    const s = await accounts.signIn("qian", firstPassword);
    const fresh = await accounts.resetPassword("qian", "管理员");
    expect(await accounts.session(s.token)).toBeNull();
    expect(await refusal(accounts.signIn("qian", firstPassword))).toMatch(/账号或密码不正确/);
    expect((await accounts.signIn("qian", fresh)).person.mustChangePassword).toBe(true);
  });
});
