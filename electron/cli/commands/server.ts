// `replydesk server …`: initialise, manage people, back up, and serve the 单位服务器 on PostgreSQL.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../../../shared/api/errors";
import { resolveDataDir } from "../../main/services/data-dir";
import { AccountRole, AccountService } from "../../server/accounts/accounts";
import { backupDatabase } from "../../server/backup";
import { initServer, serve } from "../../server/serve";
import { describeDbError, openPool } from "../../server/storage/database";
import type { CliCommand, CliIo } from "../command";
import { parseCommandArgs, UsageError } from "../options";

const USAGE = `用法：
  replydesk server init --db postgres://… --admin 姓名 [--login 账号]
      建立数据库结构并创建第一位管理员，打印一次性初始密码（首次登录时必须修改）。
  replydesk server --db postgres://… --listen 地址:端口 [--cert 证书.pem --key 私钥.pem] [--data 文件夹]
      提供服务。非 127.0.0.1 地址必须用单位提供的证书和私钥（HTTPS）。
  replydesk server people add --db … --login 账号 --name 姓名 --role 拟稿人[,审核人,文书,管理员]
  replydesk server people list|reset|disable|enable --db … [--login 账号]
      人员管理：新增（打印初始密码）、列出、重置密码（打印新的初始密码）、停用、启用。
  replydesk server backup --db postgres://… -o 备份文件.dump
      用 pg_dump 备份整个数据库（恢复见 README「单位服务器」）。
  --db 也可用环境变量 REPLYDESK_DB 指定。`;

const OPTIONS = {
  db: { type: "string" },
  admin: { type: "string" },
  login: { type: "string" },
  name: { type: "string" },
  role: { type: "string" },
  listen: { type: "string" },
  cert: { type: "string" },
  key: { type: "string" },
  data: { type: "string" },
  static: { type: "string" },
  out: { type: "string", short: "o" },
  help: { type: "boolean", short: "h", default: false },
} as const;

/** Parses HOST:PORT (IPv6 as [::1]:PORT). */
export function parseListen(value: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(value.trim());
  const port = Number(m?.[3]);
  if (!m || port > 65535) throw new UsageError(`--listen 应为 地址:端口，如 127.0.0.1:8443 或 0.0.0.0:8443\n${USAGE}`);
  return { host: m[1] ?? m[2] ?? "", port };
}

function need(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`缺少 ${flag}\n${USAGE}`);
  return value;
}

async function people(
  action: string | undefined,
  db: string,
  v: { login?: string; name?: string; role?: string },
  io: CliIo,
): Promise<number> {
  const pool = openPool(db, 2);
  try {
    const accounts = new AccountService(pool);
    if (action === "list") {
      for (const p of await accounts.list()) {
        const state = p.disabled ? "已停用" : p.lockedUntil && p.lockedUntil > new Date() ? "已锁定" : "正常";
        io.out(
          `${p.login}\t${p.name}\t${p.roles.join("、")}\t${state}${p.mustChangePassword ? "\t待修改初始密码" : ""}\n`,
        );
      }
      return 0;
    }
    const login = need(v.login, "--login");
    if (action === "add") {
      const roles = need(v.role, "--role")
        .split(/[,，、]/)
        .map((r) => r.trim());
      const parsed = roles.map((r) => AccountRole.safeParse(r));
      if (parsed.some((p) => !p.success))
        throw new UsageError(`--role 只能是 ${AccountRole.options.join("、")}，多个用逗号分隔`);
      const { firstPassword } = await accounts.createPerson({
        login,
        name: v.name ?? login,
        roles: parsed.flatMap((p) => (p.success ? [p.data] : [])),
        by: "replydesk server people add",
      });
      io.out(`已创建账号 ${login}。初始密码（仅显示这一次，请当面交给本人；首次登录时必须修改）：\n${firstPassword}\n`);
      return 0;
    }
    if (action === "reset") {
      const fresh = await accounts.resetPassword(login, "replydesk server people reset");
      io.out(`已重置 ${login} 的密码并解除锁定，原有登录已失效。新的初始密码（仅显示这一次）：\n${fresh}\n`);
      return 0;
    }
    if (action === "disable" || action === "enable") {
      await accounts.setDisabled(login, action === "disable", "replydesk server people");
      io.out(`已${action === "disable" ? "停用" : "启用"}账号 ${login}。\n`);
      return 0;
    }
    throw new UsageError(`未知的人员操作：${action ?? ""}\n${USAGE}`);
  } finally {
    await pool.end();
  }
}

async function serveUntilStopped(
  values: Record<string, string | boolean | undefined>,
  io: CliIo,
  db: string,
): Promise<number> {
  const { host, port } = parseListen(need(values["listen"] as string | undefined, "--listen"));
  const cert = values["cert"] as string | undefined;
  const key = values["key"] as string | undefined;
  if (Boolean(cert) !== Boolean(key)) throw new UsageError("--cert 和 --key 需要同时指定");
  const tls =
    cert && key
      ? { cert: await readFile(path.resolve(io.cwd, cert)), key: await readFile(path.resolve(io.cwd, key)) }
      : undefined;
  const staticDir = values["static"] as string | undefined;
  const running = await serve({
    db,
    host,
    port,
    dataDir: resolveDataDir(values["data"] as string | undefined, io.env, io.cwd),
    ...(staticDir ? { staticDir: path.resolve(io.cwd, staticDir) } : {}),
    ...(tls ? { tls } : {}),
  });
  io.out(`答复函工作台单位服务器已启动：${running.server.url}（按 Ctrl+C 停止）\n`);
  io.out(`REPLYDESK_SERVER_URL=${running.server.url}\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await running.stop();
  io.out("单位服务器已停止。\n");
  return 0;
}

/** The `server` command. */
export const serverCommand: CliCommand = {
  name: "server",
  summary: "单位服务器（PostgreSQL）：初始化、人员、备份、提供服务",
  usage: USAGE,
  async run(argv, io) {
    try {
      return await runServerCommand(argv, io);
    } catch (err) {
      throw describeDbError(err);
    }
  },
};

async function runServerCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS);
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const db = values.db ?? io.env["REPLYDESK_DB"];
  if (!db) throw new UsageError(`缺少 --db postgres://…（或环境变量 REPLYDESK_DB）\n${USAGE}`);
  if (!/^postgres(ql)?:\/\//.test(db)) throw new UsageError("--db 应为 postgres://用户@主机:端口/数据库 形式的地址");
  const [sub, action] = positionals;
  if (sub === "init") {
    const admin = need(values.admin, "--admin");
    const r = await initServer(db, admin, values.login);
    io.out(`数据库结构已建立。第一位管理员：${admin}（账号 ${r.login}）。\n`);
    io.out(`一次性初始密码（仅显示这一次，首次登录时必须修改）：\n${r.firstPassword}\n`);
    return 0;
  }
  if (sub === "people") return people(action, db, values, io);
  if (sub === "backup") {
    const out = path.resolve(io.cwd, need(values.out, "-o 备份文件"));
    await backupDatabase(db, out);
    io.out(`已备份到 ${out}。\n`);
    return 0;
  }
  if (sub !== undefined) throw new UsageError(`未知的子命令：${sub}\n${USAGE}`);
  if (!values.listen)
    throw new AppError("BAD_INPUT", "请用 --listen 地址:端口 指定监听地址，例如 --listen 127.0.0.1:8080。");
  return serveUntilStopped(values, io, db);
}
