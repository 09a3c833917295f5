import { mkdir, writeFile } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildHandlers } from "../../../electron/main/handlers";
import type { HandlerContext } from "../../../electron/main/handlers/context";
import { openHandlerContext } from "../../../electron/main/host";
import { MAX_BODY_BYTES, startWebServer, type WebServer } from "../../../electron/main/web";
import { tempDir } from "./helpers";

let dir: string;
let cleanup: () => Promise<void>;
let ctx: HandlerContext;
let server: WebServer;
const TOKEN = "a".repeat(48);

/** Raw HTTP request so Host and Origin can be forged (fetch would not allow it). */
function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, method: opts.method ?? "GET", path: opts.path, headers: opts.headers },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  const staticDir = path.join(dir, "static");
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, "index.html"), "<!doctype html><title>答复函工作台</title>");
  ctx = await openHandlerContext({ dataDir: path.join(dir, "data") });
  server = await startWebServer({ handlers: buildHandlers(ctx), staticDir, token: TOKEN });
});
afterEach(async () => {
  await server.close();
  await ctx.close();
  await cleanup();
});

describe("browser-mode server", () => {
  it("listens on 127.0.0.1 only", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  });

  it("serves the page with the token and sets an HttpOnly SameSite cookie; refuses it without", async () => {
    const host = `127.0.0.1:${server.port}`;
    const ok = await request(server.port, { path: `/?token=${TOKEN}`, headers: { host } });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain("答复函工作台");
    expect(String(ok.headers["set-cookie"])).toMatch(/HttpOnly; SameSite=Strict/);
    expect(ok.headers["content-security-policy"]).toContain("default-src 'self'");
    expect((await request(server.port, { path: "/", headers: { host } })).status).toBe(403);
    expect((await request(server.port, { path: "/?token=wrong", headers: { host } })).status).toBe(403);
    const withCookie = await request(server.port, {
      path: "/index.html",
      headers: { host, cookie: `rd_token=${TOKEN}` },
    });
    expect(withCookie.status).toBe(200);
  });

  it("requires the token header on every API call, and a JSON content type", async () => {
    const host = `127.0.0.1:${server.port}`;
    const noToken = await request(server.port, {
      method: "POST",
      path: "/api/listDrafts",
      headers: { host, "content-type": "application/json" },
      body: "{}",
    });
    expect(noToken.status).toBe(403);
    const cookieOnly = await request(server.port, {
      method: "POST",
      path: "/api/listDrafts",
      headers: { host, "content-type": "application/json", cookie: `rd_token=${TOKEN}` },
      body: "{}",
    });
    expect(cookieOnly.status).toBe(403);
    const form = await request(server.port, {
      method: "POST",
      path: "/api/listDrafts",
      headers: { host, "x-replydesk-token": TOKEN, "content-type": "text/plain" },
      body: "{}",
    });
    expect(form.status).toBe(415);
    const good = await request(server.port, {
      method: "POST",
      path: "/api/listDrafts",
      headers: { host, "x-replydesk-token": TOKEN, "content-type": "application/json" },
      body: "{}",
    });
    expect(JSON.parse(good.body)).toEqual({ ok: true, value: [] });
  });

  it("refuses foreign Host (DNS rebinding) and foreign Origin, and sends no CORS headers", async () => {
    const headers = { "x-replydesk-token": TOKEN, "content-type": "application/json" };
    const rebinding = await request(server.port, {
      method: "POST",
      path: "/api/listDrafts",
      headers: { ...headers, host: `evil.example:${server.port}` },
      body: "{}",
    });
    expect(rebinding.status).toBe(421);
    const foreign = await request(server.port, {
      method: "POST",
      path: "/api/listDrafts",
      headers: { ...headers, host: `127.0.0.1:${server.port}`, origin: "http://evil.example" },
      body: "{}",
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("answers malformed JSON and bad arguments with an error envelope and writes nothing", async () => {
    const headers = {
      host: `127.0.0.1:${server.port}`,
      "x-replydesk-token": TOKEN,
      "content-type": "application/json",
    };
    const broken = await request(server.port, { method: "POST", path: "/api/createDraft", headers, body: "{not json" });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    const bad = await request(server.port, {
      method: "POST",
      path: "/api/createDraft",
      headers,
      body: '{"channel":"议案"}',
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    expect(ctx.store.list()).toEqual([]);
  });

  it("takes a 40 MB exchange file (the contract allows 50 MB) to the contract, and refuses bodies above the limit", async () => {
    const headers = {
      host: `127.0.0.1:${server.port}`,
      "x-replydesk-token": TOKEN,
      "content-type": "application/json",
    };
    const base64 = Buffer.alloc(40 * 1024 * 1024, 1).toString("base64");
    const big = await request(server.port, {
      method: "POST",
      path: "/api/importExchange",
      headers,
      body: JSON.stringify({ fileName: "大文件.replydesk", base64 }),
    });
    const answer = JSON.parse(big.body) as { ok: boolean; error: { message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.message).not.toBe("请求内容过大");
    const tooBig = await request(server.port, {
      method: "POST",
      path: "/api/importExchange",
      headers,
      body: "x".repeat(MAX_BODY_BYTES + 1),
    });
    expect(JSON.parse(tooBig.body)).toMatchObject({ ok: false, error: { message: "请求内容过大" } });
    expect(tooBig.headers.connection).toBe("close");
    // The server is still answering on fresh and kept-alive connections after both big bodies.
    for (let i = 0; i < 2; i += 1) {
      const after = await request(server.port, { method: "POST", path: "/api/listDrafts", headers, body: "{}" });
      expect(JSON.parse(after.body)).toMatchObject({ ok: true });
    }
    expect(ctx.store.list()).toEqual([]);
  });

  it("does not serve files outside the renderer folder", async () => {
    const headers = { host: `127.0.0.1:${server.port}`, cookie: `rd_token=${TOKEN}` };
    for (const p of ["/../data/settings.json", "/%2e%2e/data/index.json", "/..%2f..%2fetc%2fpasswd"]) {
      const r = await request(server.port, { path: p, headers });
      expect(r.status).toBe(404);
    }
  });
});
