// The storage contract against PostgreSQL (a real server: REPLYDESK_TEST_PG or a throwaway cluster),
// plus what only the database can promise: append-only tables and the chain enforced by triggers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import { migrate, openPool } from "../../../electron/server/storage/database";
import { pgRepositories } from "../../../electron/server/storage/pg-repositories";
import { createTestDatabase } from "../../support/pg";
import { describeRepositoryContract, nextEntry } from "./repositories.contract";

describeRepositoryContract("PostgreSQL", async () => {
  const db = await createTestDatabase();
  const pool = openPool(db.url);
  await migrate(pool);
  const repos = pgRepositories(pool);
  return {
    repos,
    cleanup: async () => {
      await repos.close();
      await db.drop();
    },
  };
});

describe("PostgreSQL schema guarantees", () => {
  let pool: pg.Pool;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    pool = openPool(db.url);
    expect(await migrate(pool)).toEqual([1]);
    // Running the migrations again applies nothing.
    expect(await migrate(pool)).toEqual([]);
  }, 120_000);
  afterAll(async () => {
    await pool.end();
    await drop();
  });

  it("refuses UPDATE, DELETE and TRUNCATE of audit entries, even in plain SQL", async () => {
    const repos = pgRepositories(pool);
    await repos.audit.append("t1", (h) => nextEntry("create", h));
    await repos.audit.append("t1", (h) => nextEntry("submit", h));
    await expect(pool.query("UPDATE audit_entries SET entry = '{}'::jsonb WHERE draft_id = 't1'")).rejects.toThrow(
      /append-only/,
    );
    await expect(pool.query("DELETE FROM audit_entries WHERE draft_id = 't1' AND seq = 2")).rejects.toThrow(
      /append-only/,
    );
    await expect(pool.query("TRUNCATE audit_entries")).rejects.toThrow(/append-only/);
    expect((await repos.audit.read("t1")).map((e) => e.action)).toEqual(["create", "submit"]);
  });

  it("refuses a row that skips the chain even when inserted behind the application's back", async () => {
    const repos = pgRepositories(pool);
    const first = await repos.audit.append("t2", (h) => nextEntry("create", h));
    const forged = nextEntry("approve", { seq: 1, hash: "f".repeat(64) });
    await expect(
      pool.query("INSERT INTO audit_entries (draft_id, seq, hash, prev_hash, entry) VALUES ('t2', 2, $1, $2, $3)", [
        forged.hash,
        forged.prevHash,
        JSON.stringify(forged),
      ]),
    ).rejects.toThrow(/does not extend the chain/);
    expect(await repos.audit.head("t2")).toEqual({ seq: 1, hash: first.hash });
  });

  it("refuses an entry whose hash does not cover its content", async () => {
    const repos = pgRepositories(pool);
    const entry = nextEntry("create", null);
    await expect(repos.audit.append("t3", () => ({ ...entry, action: "approve" }))).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    expect(await repos.audit.read("t3")).toEqual([]);
  });

  it("never deletes a handed-out number and keeps versions immutable", async () => {
    const repos = pgRepositories(pool);
    const { allocation } = await repos.register.allocate("n1", "测函", { name: "王文书", role: "文书" });
    await expect(pool.query("DELETE FROM number_allocations WHERE number = $1", [allocation.number])).rejects.toThrow(
      /append-only/,
    );
    await expect(
      pool.query(
        "INSERT INTO number_allocations (number, code, year, seq, draft_id, state, record) VALUES ('x', $1, $2, $3, 'n2', 'allocated', '{}')",
        [allocation.code, allocation.year, allocation.seq],
      ),
    ).rejects.toThrow(/duplicate key/);
    await expect(pool.query("UPDATE versions SET hash = 'x'")).resolves.toBeDefined(); // no rows yet: nothing refused
    await pool.query("INSERT INTO versions (draft_id, n, hash, record) VALUES ('v1', 1, 'h', '{}')");
    await expect(pool.query("UPDATE versions SET hash = 'x'")).rejects.toThrow(/append-only/);
  });
});
