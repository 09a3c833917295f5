// The server's PostgreSQL: one connection pool, schema migrations (postgrator) and transactions.
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import Postgrator from "postgrator";
import { AppError } from "../../../shared/api/errors";

/** Folder of the SQL migrations (NNN.do.description.sql). */
export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "migrations");

/** A key for pg_advisory_lock so two servers starting at once do not migrate together. */
const MIGRATION_LOCK = 7_212_511;

/** Opens a pool on a postgres:// URL. */
export function openPool(url: string, max = 20): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its connection must not crash the server; the next query reconnects.
  pool.on("error", () => undefined);
  return pool;
}

/** Brings the schema up to the newest migration; returns the versions applied now. */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    const db = await client.query<{ db: string }>("SELECT current_database() AS db");
    const postgrator = new Postgrator({
      migrationPattern: path.join(MIGRATIONS_DIR, "*.sql"),
      driver: "pg",
      database: db.rows[0]?.db ?? "",
      schemaTable: "schema_migrations",
      execQuery: (query) => client.query(query),
    });
    const applied = await postgrator.migrate();
    return applied.map((m) => m.version);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** Runs `fn` in one transaction: everything it wrote is committed together, or nothing is. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** The SQLSTATE of a PostgreSQL error, if it is one. */
export function pgCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** True for a unique-constraint violation, optionally on one named constraint. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  if (pgCode(err) !== "23505") return false;
  return constraint === undefined || (err as { constraint?: string }).constraint === constraint;
}

// Refused, unknown host, no such database, bad password, no pg_hba entry, too many connections.
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "3D000", "28P01", "28000", "53300"]);

/** Maps a connection failure to a clear Chinese message (other errors pass through). */
export function describeDbError(err: unknown): unknown {
  const code = pgCode(err);
  if (code !== undefined && CONNECTION_CODES.has(code)) {
    return new AppError(
      "IO",
      `无法连接 PostgreSQL 数据库（请检查 --db 地址、用户名、密码及数据库是否已建立）：${(err as Error).message}`,
    );
  }
  return err;
}

/** Something to run a query on: the pool, or the client of a transaction. */
export type Queryable = Pick<pg.ClientBase, "query">;
