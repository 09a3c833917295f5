// A real PostgreSQL for tests: REPLYDESK_TEST_PG (set by .ci/run) or a throwaway cluster started here.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/** A cluster this process started (stopped when the tests of this file end). */
interface OwnCluster {
  readonly url: string;
  readonly stop: () => void;
}

let own: Promise<OwnCluster> | null = null;

/** The bin folder of the newest installed PostgreSQL (Debian layout), or null. */
export function findPgBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function startOwnCluster(): Promise<OwnCluster> {
  const bin = findPgBin();
  if (!bin) {
    throw new Error(
      "找不到 PostgreSQL（/usr/lib/postgresql/*/bin/initdb）。请先安装：apt-get install -y postgresql，" +
        "或设置 REPLYDESK_TEST_PG=postgres://… 指向一个测试用数据库集群。",
    );
  }
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), "replydesk-pg-"));
  // PostgreSQL refuses to run as root: the cluster belongs to the postgres system user.
  const run = (cmd: string, args: string[]): void => {
    const full = asRoot ? ["-u", "postgres", "--", path.join(bin, cmd), ...args] : args;
    const r = spawnSync(asRoot ? "runuser" : path.join(bin, cmd), full, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${cmd} 失败：${r.stderr || r.stdout}`);
  };
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const user = asRoot ? "postgres" : os.userInfo().username;
  run("initdb", ["-D", data, "-A", "trust", "-U", user, "--no-sync", "-E", "UTF8", "--locale=C"]);
  const port = await freePort();
  run("pg_ctl", [
    "-D",
    data,
    "-l",
    path.join(dir, "log"),
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`,
    "-w",
    "-t",
    "120",
    "start",
  ]);
  const stop = (): void => {
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    }
  };
  process.once("exit", () => {
    try {
      stop();
    } catch {
      // already stopped
    }
  });
  // The test runner may end this process before the exit hook finishes (or kill it): a detached watcher
  // stops the cluster and removes its folder once this process is gone, whatever way it ends.
  const pgCtl = path.join(bin, "pg_ctl");
  const watcher = spawn(
    "sh",
    [
      "-c",
      'while kill -0 "$1" 2>/dev/null; do sleep 1; done; ' +
        'if [ "$5" = root ]; then runuser -u postgres -- "$4" -D "$3" -m immediate stop; else "$4" -D "$3" -m immediate stop; fi; ' +
        'rm -rf "$2"',
      "pg-watch",
      String(process.pid),
      dir,
      data,
      pgCtl,
      asRoot ? "root" : "user",
    ],
    { detached: true, stdio: "ignore" },
  );
  watcher.unref();
  return { url: `postgres://${user}@127.0.0.1:${port}/postgres`, stop };
}

/** The URL of the cluster to test against (REPLYDESK_TEST_PG, else one started for this process). */
export async function testClusterUrl(): Promise<string> {
  const given = process.env["REPLYDESK_TEST_PG"];
  if (given) return given;
  own ??= startOwnCluster();
  return (await own).url;
}

/** A fresh, empty database on the test cluster; `drop` removes it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(await testClusterUrl());
  const name = `replydesk_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base.toString() });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
