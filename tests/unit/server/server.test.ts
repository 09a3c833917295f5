// replydesk server end to end over HTTP on a real PostgreSQL: init, people, sign-in, contract calls, backup.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import https from "node:https";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../electron/cli/index";
import { pgTool } from "../../../electron/server/backup";
import { serve, type RunningServer } from "../../../electron/server/serve";
import { tempDir } from "../foundation/helpers";
import { createTestDatabase } from "../../support/pg";

let db: { url: string; drop: () => Promise<void> };
let dir: { dir: string; cleanup: () => Promise<void> };
let running: RunningServer;
let base: string;
let adminPassword = "";
let officerPassword = "";

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), env: {}, cwd: dir.dir });
  return { code, out, err };
}

/** The one-time password a command printed (the last line). */
function printedPassword(out: string): string {
  return out.trim().split("\n").at(-1) ?? "";
}

/** A JSON envelope as the server sends it. */
interface Reply<T = Record<string, unknown>> {
  readonly ok: boolean;
  readonly value: T;
  readonly error: { readonly code: string; readonly message: string };
}

async function post(p: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(new URL(p, base), {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
    redirect: "manual",
  });
}

async function signIn(
  login: string,
  password: string,
): Promise<{ status: number; token: string; body: Reply<{ token?: string }> }> {
  const res = await post("/auth/sign-in", { login, password, bearer: true });
  const body = (await res.json()) as Reply<{ token?: string }>;
  return { status: res.status, token: body.value?.token ?? "", body };
}

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await tempDir("replydesk-server-");
  const init = await cli(["server", "init", "--db", db.url, "--admin", "周管理", "--login", "admin"]);
  expect(init.code, init.err).toBe(0);
  adminPassword = printedPassword(init.out);
  const add = await cli([
    "server",
    "people",
    "add",
    "--db",
    db.url,
    "--login",
    "zhang",
    "--name",
    "张拟稿",
    "--role",
    "拟稿人",
  ]);
  expect(add.code, add.err).toBe(0);
  officerPassword = printedPassword(add.out);
  const staticDir = path.join(dir.dir, "renderer");
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, "index.html"), "<!doctype html><title>答复函工作台</title>");
  running = await serve({ db: db.url, host: "127.0.0.1", port: 0, dataDir: path.join(dir.dir, "data"), staticDir });
  base = running.server.url;
}, 120_000);

afterAll(async () => {
  await running?.stop();
  await db?.drop();
  await dir?.cleanup();
});

describe("replydesk server", () => {
  it("initialises once, with a 16-character one-time password for the first 管理员", async () => {
    expect(adminPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    const again = await cli(["server", "init", "--db", db.url, "--admin", "别人"]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/已经初始化过/);
    const list = await cli(["server", "people", "list", "--db", db.url]);
    expect(list.out).toMatch(/admin\t周管理\t管理员\t正常\t待修改初始密码/);
    expect(list.out).toMatch(/zhang\t张拟稿\t拟稿人/);
  });

  it("explains a missing --db, a bad role and an unreachable database in Chinese", async () => {
    expect((await cli(["server", "init", "--admin", "某"])).err).toMatch(/缺少 --db/);
    const role = await cli(["server", "people", "add", "--db", db.url, "--login", "x", "--role", "局长"]);
    expect([role.code, role.err]).toEqual([2, expect.stringMatching(/--role 只能是/)]);
    const down = await cli(["server", "people", "list", "--db", "postgres://postgres@127.0.0.1:1/none"]);
    expect([down.code, down.err]).toEqual([1, expect.stringMatching(/无法连接 PostgreSQL 数据库/)]);
  });

  it("answers /healthz without a session and refuses the contract without one", async () => {
    const health = await fetch(new URL("/healthz", base));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, database: "up" });
    const anon = await post("/api/listDrafts", {});
    expect(anon.status).toBe(401);
    expect(((await anon.json()) as Reply).error.message).toMatch(/尚未登录/);
    const page = await fetch(new URL("/", base), { redirect: "manual" });
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/login");
    expect(await (await fetch(new URL("/login", base))).text()).toContain("账号登录");
  });

  it("makes the first password be changed, then serves the contract to the signed-in person", async () => {
    expect((await signIn("zhang", "not-the-password")).status).toBe(401);
    const first = await signIn("zhang", officerPassword);
    expect(first.status).toBe(200);
    expect(first.body.value).toMatchObject({ name: "张拟稿", mustChangePassword: true });
    const auth = { Authorization: `Bearer ${first.token}` };
    const blocked = await post("/api/listDrafts", {}, auth);
    expect(blocked.status).toBe(403);
    expect(((await blocked.json()) as Reply).error.message).toMatch(/初始密码/);
    const changed = await post("/auth/change-password", { current: officerPassword, next: "新的密码-拟稿-2026" }, auth);
    expect(changed.status).toBe(200);

    const created = (await (
      await post("/api/createDraft", { channel: "提案", templateId: null }, auth)
    ).json()) as Reply<{
      id: string;
    }>;
    expect(created.ok).toBe(true);
    const listed = (await (await post("/api/listDrafts", {}, auth)).json()) as Reply<{ id: string }[]>;
    expect(listed.value.map((d) => d.id)).toEqual([created.value.id]);
    const bad = (await (await post("/api/getDraft", { id: 42 }, auth)).json()) as Reply;
    expect(bad.error.code).toBe("BAD_INPUT");
  });

  it("sets an HttpOnly SameSite=Strict cookie, refuses other origins, and ends the session at sign-out", async () => {
    const res = await post("/auth/sign-in", { login: "zhang", password: "新的密码-拟稿-2026" });
    // A browser sign-in gets the session only as an HttpOnly cookie, never in a body its scripts could read.
    expect(((await res.json()) as Reply).value).not.toHaveProperty("token");
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^rd_session=[^;]+; HttpOnly; SameSite=Strict; Path=\//);
    const cookie = setCookie.split(";")[0] ?? "";
    const page = await fetch(new URL("/", base), { headers: { cookie } });
    expect(await page.text()).toContain("答复函工作台");
    const me = (await (await fetch(new URL("/auth/me", base), { headers: { cookie } })).json()) as Reply;
    expect(me.value).toMatchObject({ login: "zhang", roles: ["拟稿人"] });
    const foreign = await post("/api/listDrafts", {}, { cookie, Origin: "http://evil.example" });
    expect(foreign.status).toBe(403);
    const sameOrigin = await post("/api/listDrafts", {}, { cookie, Origin: base.replace(/\/$/, "") });
    expect(sameOrigin.status).toBe(200);
    await post("/auth/sign-out", {}, { cookie });
    expect((await post("/api/listDrafts", {}, { cookie })).status).toBe(401);
  });

  it("backs the database up with pg_dump, and the dump restores into an empty database", async () => {
    const out = await cli(["server", "backup", "--db", db.url, "-o", "server.dump"]);
    expect(out.code, out.err).toBe(0);
    const file = path.join(dir.dir, "server.dump");
    expect(existsSync(file)).toBe(true);
    expect((await readFile(file)).subarray(0, 5).toString()).toBe("PGDMP");
    const restored = await createTestDatabase();
    try {
      execFileSync(pgTool("pg_restore"), ["--no-owner", `--dbname=${restored.url}`, file]);
      const c = new pg.Client({ connectionString: restored.url });
      await c.connect();
      const people = await c.query<{ login: string }>("SELECT login FROM people ORDER BY login");
      const events = await c.query("SELECT 1 FROM account_events");
      await c.end();
      expect(people.rows.map((r) => r.login)).toEqual(["admin", "zhang"]);
      expect(events.rowCount).toBeGreaterThan(3);
    } finally {
      await restored.drop();
    }
  });
});

describe("replydesk server listening", () => {
  it("refuses plain HTTP on a network address", async () => {
    await expect(serve({ db: db.url, host: "0.0.0.0", port: 0, dataDir: path.join(dir.dir, "data2") })).rejects.toThrow(
      /必须使用 HTTPS/,
    );
  });

  it("serves HTTPS with the bureau's certificate and key, with a __Host- Secure cookie", async () => {
    const cert = path.join(dir.dir, "cert.pem");
    const key = path.join(dir.dir, "key.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "2",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        key,
        "-out",
        cert,
      ],
      { stdio: "ignore" },
    );
    const tls = { cert: await readFile(cert), key: await readFile(key) };
    const secure = await serve({ db: db.url, host: "127.0.0.1", port: 0, dataDir: path.join(dir.dir, "data3"), tls });
    try {
      expect(secure.server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
      const body = JSON.stringify({ login: "admin", password: adminPassword });
      const reply = await new Promise<{ status: number; cookie: string }>((resolve, reject) => {
        const req = https.request(
          new URL("/auth/sign-in", secure.server.url),
          { method: "POST", ca: tls.cert, headers: { "Content-Type": "application/json" } },
          (res) => {
            res.resume();
            resolve({ status: res.statusCode ?? 0, cookie: String(res.headers["set-cookie"]?.[0] ?? "") });
          },
        );
        req.on("error", reject);
        req.end(body);
      });
      expect(reply.status).toBe(200);
      expect(reply.cookie).toMatch(/^__Host-rd_session=[^;]+; HttpOnly; SameSite=Strict; Path=\/; Secure/);
    } finally {
      await secure.stop();
    }
  });
});
