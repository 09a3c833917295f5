// Browser mode: the same handler table over HTTP on loopback, guarded by a random token.
import { timingSafeEqual } from "node:crypto";
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
}

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

function cookieToken(req: http.IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? "";
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === "rd_token") return v.join("=");
  }
  return undefined;
}

function send(res: http.ServerResponse, status: number, body: string | Uint8Array, type: string): void {
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
 * Reads a request body of at most MAX_BODY_BYTES. A larger body is still read to its end (and thrown away)
 * before the answer: stopping mid-body destroyed the socket, so the client writing the rest got ECONNRESET
 * instead of the Chinese "too large" message.
 */
async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) throw new Error("TOO_LARGE");
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts the browser-mode server on 127.0.0.1 (never on other interfaces). */
export async function startWebServer(opts: WebServerOptions): Promise<WebServer> {
  const downloads = new Map<string, Download>();
  const staticRoot = path.resolve(opts.staticDir);
  let port = 0;
  let seq = 0;

  const allowedHosts = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = (): Set<string> => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, "内部错误", "text/plain; charset=utf-8");
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS-rebinding and cross-site defences: exact Host, and Origin (when sent) must be ours.
    if (!allowedHosts().has(req.headers.host ?? ""))
      return send(res, 421, "主机名不被允许", "text/plain; charset=utf-8");
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      return send(res, 403, "来源不被允许", "text/plain; charset=utf-8");
    }
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);

    if (url.pathname.startsWith("/api/")) {
      if (req.method !== "POST") return send(res, 405, "只接受 POST", "text/plain; charset=utf-8");
      if (!sameSecret(req.headers["x-replydesk-token"] as string | undefined, opts.token)) {
        return send(
          res,
          403,
          JSON.stringify({ ok: false, error: { code: "UNTRUSTED_SENDER", message: "访问令牌无效" } }),
          "application/json; charset=utf-8",
        );
      }
      if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
        return send(res, 415, "需要 application/json", "text/plain; charset=utf-8");
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch (err) {
        const tooLarge = (err as Error).message === "TOO_LARGE";
        const message = tooLarge ? "请求内容过大" : "请求内容不是有效的 JSON";
        // A client that sent that much gets its answer, then a fresh connection for whatever comes next.
        if (tooLarge) res.setHeader("Connection", "close");
        return send(
          res,
          200,
          JSON.stringify({ ok: false, error: { code: "BAD_INPUT", message } }),
          "application/json; charset=utf-8",
        );
      }
      const envelope = await dispatch(opts.handlers, url.pathname.slice("/api/".length), input);
      return send(res, 200, JSON.stringify(envelope), "application/json; charset=utf-8");
    }

    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, "不支持的请求", "text/plain; charset=utf-8");
    const queryToken = url.searchParams.get("token") ?? undefined;
    const viaQuery = sameSecret(queryToken, opts.token);
    if (!viaQuery && !sameSecret(cookieToken(req), opts.token)) {
      return send(res, 403, "需要访问令牌：请使用启动时显示的完整地址（含 ?token=）。", "text/plain; charset=utf-8");
    }
    if (viaQuery) res.setHeader("Set-Cookie", `rd_token=${opts.token}; HttpOnly; SameSite=Strict; Path=/`);

    if (url.pathname.startsWith("/download/")) {
      const item = downloads.get(url.pathname.slice("/download/".length));
      if (!item) return send(res, 404, "下载已失效", "text/plain; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(item.fileName)}`);
      return send(res, 200, item.bytes, item.contentType);
    }

    const rel = url.pathname === "/" ? "index.html" : decodeURIComponent(url.pathname.slice(1));
    const file = path.resolve(staticRoot, rel);
    if (file !== staticRoot && !file.startsWith(staticRoot + path.sep))
      return send(res, 404, "未找到", "text/plain; charset=utf-8");
    try {
      const bytes = await fs.readFile(file);
      return send(res, 200, bytes, TYPES[path.extname(file)] ?? "application/octet-stream");
    } catch {
      return send(res, 404, "未找到", "text/plain; charset=utf-8");
    }
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
      seq += 1;
      const id = `${seq}-${Math.abs(download.bytes.length)}`;
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
