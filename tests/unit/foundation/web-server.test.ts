import { mkdir, writeFile } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
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

  it("never puts the token in a cookie: the page loads without one, a cookie authorises nothing", async () => {
    const host = `127.0.0.1:${server.port}`;
    // The token reaches the page in the URL once; the response sets no cookie another local port could receive.
    const ok = await request(server.port, { path: `/?token=${TOKEN}`, headers: { host } });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain("答复函工作台");
    expect(ok.headers["set-cookie"]).toBeUndefined();
    expect(ok.headers["content-security-policy"]).toContain("default-src 'self'");
    // A reload (the page drops ?token= from its address) still gets the page; its API calls carry the header.
    const reload = await request(server.port, { path: "/", headers: { host } });
    expect(reload.status).toBe(200);
    expect(reload.headers["set-cookie"]).toBeUndefined();
    const viaCookie = await request(server.port, {
      method: "POST",
      path: "/api/listDrafts",
      headers: { host, "content-type": "application/json", cookie: `rd_token=${TOKEN}` },
      body: "{}",
    });
    expect(viaCookie.status).toBe(403);
  });

  it("downloads are served once, under an unguessable id, with no token or cookie", async () => {
    const host = `127.0.0.1:${server.port}`;
    const first = server.offerDownload({
      fileName: "答复函.docx",
      contentType: "application/zip",
      bytes: new Uint8Array([1, 2, 3]),
    });
    const second = server.offerDownload({
      fileName: "b.docx",
      contentType: "application/zip",
      bytes: new Uint8Array([4]),
    });
    for (const url of [first, second]) expect(url).toMatch(/^\/download\/[A-Za-z0-9_-]{24}$/);
    expect(first).not.toBe(second);
    const got = await request(server.port, { path: first, headers: { host } });
    expect(got.status).toBe(200);
    expect(got.headers["content-disposition"]).toContain(encodeURIComponent("答复函.docx"));
    expect((await request(server.port, { path: first, headers: { host } })).status).toBe(404);
    expect((await request(server.port, { path: "/download/1-3", headers: { host } })).status).toBe(404);
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
    // Building, sending and decoding 110 MB of JSON takes ~30 s on a loaded 2-core machine.
  }, 120_000);

  it("does not serve files outside the renderer folder", async () => {
    const headers = { host: `127.0.0.1:${server.port}` };
    for (const p of ["/../data/settings.json", "/%2e%2e/data/index.json", "/..%2f..%2fetc%2fpasswd"]) {
      const r = await request(server.port, { path: p, headers });
      expect(r.status).toBe(404);
    }
  });

  it("answers a malformed URI escape with 400, not 500", async () => {
    const host = `127.0.0.1:${server.port}`;
    for (const p of ["/%c0%ae%c0%ae/index.html", "/%", "/api/%c0%ae"]) {
      const r = await request(server.port, { path: p, headers: { host } });
      expect({ p, status: r.status }).toEqual({ p, status: 400 });
    }
  });
});

/** A raw socket: sends `head`, then trickles a byte at a time until the server closes; resolves with what it got. */
function trickle(port: number, head: string): Promise<{ response: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let response = "";
    const drip = setInterval(() => {
      if (!socket.destroyed && socket.writable) socket.write("x");
    }, 50);
    socket.on("data", (c: Buffer) => (response += c.toString()));
    const done = (): void => {
      clearInterval(drip);
      resolve({ response, closed: true });
    };
    socket.on("close", done);
    socket.on("error", () => undefined);
    socket.on("end", () => socket.end());
    socket.write(head);
  });
}

describe("browser-mode server over slow sockets", () => {
  it("closes a refused connection at once instead of reading a trickling body", async () => {
    const head =
      `POST /api/listDrafts HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
      "Content-Type: application/json\r\nContent-Length: 100000\r\nX-ReplyDesk-Token: wrong\r\n\r\n";
    // Waits for the close (the old server kept the socket for ~300 s, far beyond the test's time-out).
    const r = await trickle(server.port, head);
    expect(r.response).toMatch(/^HTTP\/1\.1 403/);
    expect(r.response).toContain("访问令牌无效");
  }, 60_000);

  it("cuts off a body that trickles in slower than the time limit (408) and keeps serving others", async () => {
    const slow = await startWebServer({
      handlers: buildHandlers(ctx),
      staticDir: path.join(dir, "static"),
      token: TOKEN,
      bodyTimeoutMs: 500,
    });
    try {
      const head =
        `POST /api/listDrafts HTTP/1.1\r\nHost: 127.0.0.1:${slow.port}\r\n` +
        `Content-Type: application/json\r\nContent-Length: 100000\r\nX-ReplyDesk-Token: ${TOKEN}\r\n\r\n`;
      const r = await trickle(slow.port, head);
      expect(r.response).toMatch(/^HTTP\/1\.1 408/);
      const good = await request(slow.port, {
        method: "POST",
        path: "/api/listDrafts",
        headers: { host: `127.0.0.1:${slow.port}`, "x-replydesk-token": TOKEN, "content-type": "application/json" },
        body: "{}",
      });
      expect(JSON.parse(good.body)).toEqual({ ok: true, value: [] });
    } finally {
      await slow.close();
    }
  }, 60_000);
});
