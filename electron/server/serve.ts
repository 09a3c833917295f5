// Composition of `replydesk server`: database, accounts, the handler table and the HTTP(S) listener.
import path from "node:path";
import { zipSync } from "fflate";
import { AppError } from "../../shared/api/errors";
import { buildHandlers } from "../main/handlers";
import type { HostPorts } from "../main/handlers/host-ports";
import { openHandlerContext } from "../main/host";
import { AccountService } from "./accounts/accounts";
import { startReplyDeskServer, type ReplyDeskServer } from "./http-server";
import { migrate, openPool } from "./storage/database";

/** What `replydesk server` is started with. */
export interface ServeOptions {
  readonly db: string;
  readonly host: string;
  readonly port: number;
  /** Working folder of the handler table (drafts move onto the PostgreSQL ports in a next step). */
  readonly dataDir: string;
  readonly staticDir?: string;
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer };
  readonly idleMs?: number;
  readonly now?: () => Date;
}

/** A running server with everything it opened. */
export interface RunningServer {
  readonly server: ReplyDeskServer;
  readonly accounts: AccountService;
  readonly stop: () => Promise<void>;
}

/** Opens the database (migrating it), checks it was initialised, and starts listening. */
export async function serve(opts: ServeOptions): Promise<RunningServer> {
  const pool = openPool(opts.db);
  try {
    await migrate(pool);
    const admins = await pool.query("SELECT 1 FROM people WHERE '管理员' = ANY (roles) LIMIT 1");
    if (admins.rowCount === 0) {
      throw new AppError("INVALID_STATE", "数据库尚未初始化：请先运行 replydesk server init --db … --admin 姓名。");
    }
  } catch (err) {
    await pool.end();
    throw err;
  }
  const accounts = new AccountService(pool, {
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.idleMs ? { idleMs: opts.idleMs } : {}),
  });
  let server: ReplyDeskServer | null = null;
  const offer = (fileName: string, bytes: Uint8Array, contentType: string): string => {
    if (!server) throw new AppError("INTERNAL", "服务器尚未就绪");
    return server.offerDownload({ fileName, bytes, contentType });
  };
  const ports: HostPorts = {
    deliverFile: async (fileName, bytes, contentType) => ({
      kind: "download",
      fileName,
      url: offer(fileName, bytes, contentType),
    }),
    deliverFiles: async (bundleName, files) => {
      // .docx is already deflated: store entries without recompressing.
      const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, [f.bytes, { level: 0 }]])));
      return { kind: "download", fileName: bundleName, url: offer(bundleName, zip, "application/zip") };
    },
  };
  const ctx = await openHandlerContext({ dataDir: opts.dataDir, ports, ...(opts.now ? { now: opts.now } : {}) });
  try {
    server = await startReplyDeskServer({
      accounts,
      handlers: buildHandlers(ctx),
      staticDir: opts.staticDir ?? path.resolve(ctx.assetsDir, "..", "out", "renderer"),
      host: opts.host,
      port: opts.port,
      ...(opts.tls ? { tls: opts.tls } : {}),
      healthy: async () => (await pool.query("SELECT 1")).rowCount === 1,
    });
  } catch (err) {
    await ctx.close();
    await pool.end();
    throw err;
  }
  const running = server;
  return {
    server: running,
    accounts,
    stop: async () => {
      await running.close();
      await ctx.close();
      await pool.end();
    },
  };
}

/** Creates the schema and the first 管理员; returns their login and one-time first password. */
export async function initServer(
  db: string,
  admin: string,
  login?: string,
): Promise<{ login: string; firstPassword: string }> {
  const pool = openPool(db, 2);
  try {
    await migrate(pool);
    const existing = await pool.query("SELECT 1 FROM people WHERE '管理员' = ANY (roles) LIMIT 1");
    if ((existing.rowCount ?? 0) > 0) {
      throw new AppError("INVALID_STATE", "该数据库已经初始化过（已有管理员）。如忘记密码，请让另一位管理员重置。");
    }
    const accounts = new AccountService(pool);
    const { person, firstPassword } = await accounts.createPerson({
      login: login ?? admin,
      name: admin,
      roles: ["管理员"],
      by: "replydesk server init",
    });
    return { login: person.login, firstPassword };
  } finally {
    await pool.end();
  }
}
