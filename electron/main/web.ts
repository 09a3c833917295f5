// Browser mode: the same handler table over HTTP on loopback, guarded by a random token.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { promises as fs } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Handlers } from "../../shared/api/contract";
import { IMPORT_MAX_BASE64 } from "../../shared/api/import";
import { EXCHANGE_MAX_BASE64 } from "../../shared/api/workflow";
import { dispatch } from "./dispatch";
import { CONTENT_SECURITY_POLICY } from "./security";

/**
 * Largest request body accepted: the biggest file a contract method takes as base64 (an exchange file, a Word
 * letter to import) plus room for the JSON around it, so browser mode refuses nothing the contract allows.
 */
export const MAX_BODY_BYTES = Math.max(EXCHANGE_MAX_BASE64, IMPORT_MAX_BASE64) + 1024 * 1024;

/** A file offered for download (browser-mode export). */
export interface Download {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** Options of the browser-mode server. */
export interface WebServerOptions {
  readonly handlers: Handlers;
  /** Folder of the built renderer (index.html + assets). */
  readonly staticDir: string;
  readonly token: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Most time a request body may take to arrive (a slow trickle is cut off with 408). */
  readonly bodyTimeoutMs?: number;
}

/** Default of WebServerOptions.bodyTimeoutMs: a 70 MB body over loopback takes well under a second. */
export const BODY_TIMEOUT_MS = 30_000;

/** A running server. */
export interface WebServer {
  readonly url: string;
  readonly port: number;
  /** Registers a one-time download and returns its URL path. */
  readonly offerDownload: (download: Download) => string;
  readonly close: () => Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

function sameSecret(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Sends a response with the security headers every browser-mode and server response carries. */
export function send(res: http.ServerResponse, status: number, body: string | Uint8Array, type: string): void {
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  });
  res.end(body);
}

/**
 * Sends a refusal and closes the connection without processing the body: a client that was refused gets no
 * more of our time (a body still trickling in would otherwise keep the socket open for minutes).
 */
function refuse(req: http.IncomingMessage, res: http.ServerResponse, status: number, body: string, type: string): void {
  res.setHeader("Connection", "close");
  send(res, status, body, type);
  res.once("finish", () => {
    req.socket.end();
    // What is still in flight is discarded (not buffered) so the client can read the answer before it sees a
    // reset; a client that keeps sending or never closes is cut off after a short grace.
    req.resume();
    setTimeout(() => req.socket.destroy(), REFUSAL_GRACE_MS).unref();
  });
}

/** How long a refused connection may linger so its client reads the answer. */
const REFUSAL_GRACE_MS = 10_000;

const TOO_LARGE = "TOO_LARGE";
const TOO_SLOW = "TOO_SLOW";

/** Reads a request body up to MAX_BODY_BYTES within `timeoutMs` (rejects TOO_LARGE / TOO_SLOW). */
export function readBody(req: http.IncomingMessage, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (err: Error | null, value = ""): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        // Stop reading: the connection is answered and closed by the caller.
        req.pause();
        reject(err);
      } else resolve(value);
    };
    // The whole body must arrive within the limit (slowloris: a byte every few seconds keeps no socket open).
    const timer = setTimeout(() => finish(new Error(TOO_SLOW)), timeoutMs);
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) finish(new Error(TOO_LARGE));
      else if (!settled) chunks.push(chunk);
    });
    req.on("end", () => finish(null, Buffer.concat(chunks).toString("utf8")));
    req.on("error", (err) => finish(err));
  });
}

/** Serves one file of the built renderer (never outside `staticRoot`); "/" is index.html. */
export async function serveStatic(res: http.ServerResponse, staticRoot: string, pathname: string): Promise<void> {
  let rel: string;
  try {
    rel = pathname === "/" ? "index.html" : decodeURIComponent(pathname.slice(1));
  } catch {
    return send(res, 404, "未找到", TEXT);
  }
  const file = path.resolve(staticRoot, rel);
  if (file !== staticRoot && !file.startsWith(staticRoot + path.sep)) return send(res, 404, "未找到", TEXT);
  try {
    const bytes = await fs.readFile(file);
    return send(res, 200, bytes, TYPES[path.extname(file)] ?? "application/octet-stream");
  } catch {
    return send(res, 404, "未找到", TEXT);
  }
}

/** One unguessable, URL-safe id: a download URL is its own credential (no cookie carries the token). */
function downloadId(): string {
  return randomBytes(18).toString("base64url");
}

const TEXT = "text/plain; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

/** Starts the browser-mode server on 127.0.0.1 (never on other interfaces). */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const downloads = new Map<string, Download>();
  const staticRoot = path.resolve(opts.staticDir);
  let port = 0;

  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = (): Set<string> => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const bodyTimeoutMs = opts.bodyTimeoutMs ?? BODY_TIMEOUT_MS;

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) refuse(req, res, 500, "内部错误", TEXT);
    });
  });
  // Node's own guards as a backstop: headers and whole requests that take too long are cut off.
  // (Loose on purpose: the body timer above is the real limit; these only catch what it cannot see.)
  server.requestTimeout = 2 * bodyTimeoutMs;
  server.headersTimeout = Math.min(server.requestTimeout, 60_000);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS-rebinding and cross-site defences: exact Host, and Origin (when sent) must be ours.
    if (!allowedHosts().has(req.headers.host ?? "")) return refuse(req, res, 421, "主机名不被允许", TEXT);
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return refuse(req, res, 403, "来源不被允许", TEXT);
    let pathname: string;
    try {
      // A malformed escape (%c0%ae, a lone %) is the client's mistake: 400, not a server error.
      pathname = decodeURIComponent(new URL(req.url ?? "/", `http://127.0.0.1:${port}`).pathname);
    } catch {
      return refuse(req, res, 400, "请求地址无效", TEXT);
    }

    if (pathname.startsWith("/api/")) {
      if (req.method !== "POST") return refuse(req, res, 405, "只接受 POST", TEXT);
      if (!sameSecret(req.headers["x-replydesk-token"] as string | undefined, opts.token)) {
        return refuse(
          req,
          res,
          403,
          JSON.stringify({ ok: false, error: { code: "UNTRUSTED_SENDER", message: "访问令牌无效" } }),
          JSON_TYPE,
        );
      }
      if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
        return refuse(req, res, 415, "需要 application/json", TEXT);
      }
      let input: unknown;
      try {
        const body = await readBody(req, bodyTimeoutMs);
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch (err) {
        const why = (err as Error).message;
        if (why === TOO_SLOW) return refuse(req, res, 408, "请求内容传送超时", TEXT);
        const message = why === TOO_LARGE ? "请求内容过大" : "请求内容不是有效的 JSON";
        const envelope = JSON.stringify({ ok: false, error: { code: "BAD_INPUT", message } });
        return why === TOO_LARGE ? refuse(req, res, 200, envelope, JSON_TYPE) : send(res, 200, envelope, JSON_TYPE);
      }
      const envelope = await dispatch(opts.handlers, pathname.slice("/api/".length), input);
      return send(res, 200, JSON.stringify(envelope), JSON_TYPE);
    }

    if (req.method !== "GET" && req.method !== "HEAD") return refuse(req, res, 405, "不支持的请求", TEXT);

    // Downloads: the unguessable one-time id is the credential (it reaches the page only through a token-checked
    // API answer). No cookie carries the token: cookies ignore ports, so any other local service would get it.
    if (pathname.startsWith("/download/")) {
      const id = pathname.slice("/download/".length);
      const item = downloads.get(id);
      if (!item) return send(res, 404, "下载已失效", TEXT);
      downloads.delete(id);
      res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(item.fileName)}`);
      return send(res, 200, item.bytes, item.contentType);
    }

    // The built renderer holds no secret: it is served to anyone on this machine; its API calls need the token.
    return serveStatic(res, staticRoot, pathname);
  }

  // Node closes an idle kept-alive connection after 5 s; a client sending its next request at that moment (a
  // busy machine, a browser tab woken up) got ECONNRESET. Browsers keep idle connections far longer.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${opts.token}`,
    port,
    offerDownload(download) {
      const id = downloadId();
      downloads.set(id, download);
      // Keep only a handful of recent downloads in memory.
      if (downloads.size > 20) downloads.delete(downloads.keys().next().value as string);
      return `/download/${id}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
