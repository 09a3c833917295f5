// replydesk server over HTTP(S): sign-in, sessions, /healthz, and the contract's handler table behind them.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import type { Handlers } from "../../shared/api/contract";
import { AppError, toErrorShape } from "../../shared/api/errors";
import { dispatch } from "../main/dispatch";
import { readBody, send, serveStatic, type Download } from "../main/web";
import type { AccountService, Person } from "./accounts/accounts";
import { SIGN_IN_CSS, SIGN_IN_HTML, SIGN_IN_JS } from "./sign-in-page";

/** The person whose request is being handled (for handlers that need to know who acts). */
export const requestPerson = new AsyncLocalStorage<Person>();

/** Options of the server. */
export interface ReplyDeskServerOptions {
  readonly accounts: AccountService;
  readonly handlers: Handlers;
  /** Folder of the built renderer. */
  readonly staticDir: string;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** The bureau's certificate and key (PEM); required on any address but loopback. */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer };
  /** True when the database answers (for /healthz). */
  readonly healthy: () => Promise<boolean>;
}

/** A running server. */
export interface ReplyDeskServer {
  readonly url: string;
  readonly port: number;
  /** Registers a download for the person of the current request; returns its path. */
  readonly offerDownload: (download: Download) => string;
  readonly close: () => Promise<void>;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith("127.");
}

const SignInBody = z.object({
  login: z.string().min(1).max(50),
  password: z.string().min(1).max(200),
  /** Scripts and API clients ask for the token to send as Authorization: Bearer; browsers keep the cookie only. */
  bearer: z.boolean().optional(),
});
const ChangeBody = z.object({ current: z.string().min(1).max(200), next: z.string().min(1).max(200) });

const JSON_TYPE = "application/json; charset=utf-8";
const TEXT_TYPE = "text/plain; charset=utf-8";

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  send(res, status, JSON.stringify(body), JSON_TYPE);
}

function fail(res: http.ServerResponse, status: number, err: unknown): void {
  sendJson(res, status, { ok: false, error: toErrorShape(err) });
}

function cookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return v.join("=");
  }
  return undefined;
}

function publicPerson(p: Person): {
  name: string;
  login: string;
  roles: readonly string[];
  mustChangePassword: boolean;
} {
  return { name: p.name, login: p.login, roles: p.roles, mustChangePassword: p.mustChangePassword };
}

/** Starts the server; refuses plain HTTP on anything but loopback. */
export async function startReplyDeskServer(opts: ReplyDeskServerOptions): Promise<ReplyDeskServer> {
  if (!opts.tls && !isLoopback(opts.host)) {
    throw new AppError(
      "BAD_INPUT",
      `在 ${opts.host} 上对外提供服务必须使用 HTTPS：请用 --cert 和 --key 指定单位提供的证书和私钥（不加密的 HTTP 只允许 127.0.0.1）。`,
    );
  }
  const secure = Boolean(opts.tls);
  const scheme = secure ? "https" : "http";
  // __Host- cookies must be Secure, host-only and Path=/: the browser binds them to this server's origin.
  const cookieName = secure ? "__Host-rd_session" : "rd_session";
  const downloads = new Map<string, Download & { personId: string }>();

  const tokenOf = (req: http.IncomingMessage): string | undefined => {
    const auth = req.headers.authorization;
    if (auth?.startsWith("Bearer ")) return auth.slice("Bearer ".length).trim();
    return cookie(req, cookieName);
  };
  const sessionCookie = (token: string, maxAge: number | null): string =>
    `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/${secure ? "; Secure" : ""}${maxAge === null ? "" : `; Max-Age=${maxAge}`}`;

  async function readJson<T>(req: http.IncomingMessage, schema: z.ZodType<T>): Promise<T> {
    let raw: unknown;
    try {
      const body = await readBody(req);
      raw = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      throw new AppError("BAD_INPUT", "请求内容不是有效的 JSON，或过大");
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new AppError("BAD_INPUT", "请填写账号和密码");
    return parsed.data;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const host = req.headers.host ?? "";
    const url = new URL(req.url ?? "/", `${scheme}://${host || "localhost"}`);
    // Cross-site requests are refused: a page elsewhere cannot act with this server's cookie.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `${scheme}://${host}`) return send(res, 403, "来源不被允许", TEXT_TYPE);

    if (url.pathname === "/healthz") {
      const ok = await opts.healthy().catch(() => false);
      return sendJson(res, ok ? 200 : 503, { ok, database: ok ? "up" : "down" });
    }
    if (req.method === "GET" && url.pathname === "/login")
      return send(res, 200, SIGN_IN_HTML, "text/html; charset=utf-8");
    if (req.method === "GET" && url.pathname === "/login.css")
      return send(res, 200, SIGN_IN_CSS, "text/css; charset=utf-8");
    if (req.method === "GET" && url.pathname === "/login.js")
      return send(res, 200, SIGN_IN_JS, "text/javascript; charset=utf-8");

    if (req.method === "POST" && url.pathname === "/auth/sign-in") {
      try {
        const body = await readJson(req, SignInBody);
        const signed = await opts.accounts.signIn(body.login, body.password);
        res.setHeader("Set-Cookie", sessionCookie(signed.token, null));
        const value = body.bearer
          ? { ...publicPerson(signed.person), token: signed.token }
          : publicPerson(signed.person);
        return sendJson(res, 200, { ok: true, value });
      } catch (err) {
        return fail(res, err instanceof AppError && err.code === "FORBIDDEN" ? 401 : 400, err);
      }
    }

    const token = tokenOf(req);
    const person = token ? await opts.accounts.session(token) : null;
    if (req.method === "POST" && url.pathname === "/auth/sign-out") {
      if (token) await opts.accounts.signOut(token);
      res.setHeader("Set-Cookie", sessionCookie("", 0));
      return sendJson(res, 200, { ok: true, value: { ok: true } });
    }
    if (!person || !token) {
      if (req.method === "GET" && !url.pathname.startsWith("/api/") && !url.pathname.startsWith("/auth/")) {
        res.writeHead(303, { Location: "/login", "Cache-Control": "no-store" });
        return void res.end();
      }
      return fail(res, 401, new AppError("FORBIDDEN", "尚未登录或登录已过期，请刷新页面重新登录。"));
    }

    if (req.method === "GET" && url.pathname === "/auth/me")
      return sendJson(res, 200, { ok: true, value: publicPerson(person) });
    if (req.method === "POST" && url.pathname === "/auth/change-password") {
      try {
        const body = await readJson(req, ChangeBody);
        await opts.accounts.changePassword(person.id, body.current, body.next);
        return sendJson(res, 200, { ok: true, value: { ok: true } });
      } catch (err) {
        return fail(res, 400, err);
      }
    }
    if (person.mustChangePassword) {
      return fail(res, 403, new AppError("FORBIDDEN", "请先修改管理员设置的初始密码。"));
    }

    if (url.pathname.startsWith("/api/")) {
      if (req.method !== "POST") return send(res, 405, "只接受 POST", TEXT_TYPE);
      if (!(req.headers["content-type"] ?? "").startsWith("application/json")) {
        return send(res, 415, "需要 application/json", TEXT_TYPE);
      }
      let input: unknown;
      try {
        const body = await readBody(req);
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch (err) {
        const message = (err as Error).message === "TOO_LARGE" ? "请求内容过大" : "请求内容不是有效的 JSON";
        return sendJson(res, 200, { ok: false, error: { code: "BAD_INPUT", message } });
      }
      const envelope = await requestPerson.run(person, () =>
        dispatch(opts.handlers, url.pathname.slice("/api/".length), input),
      );
      return sendJson(res, 200, envelope);
    }

    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "不支持的请求", TEXT_TYPE);
    if (url.pathname.startsWith("/download/")) {
      const item = downloads.get(url.pathname.slice("/download/".length));
      if (!item || item.personId !== person.id) return send(res, 404, "下载已失效", TEXT_TYPE);
      res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(item.fileName)}`);
      return send(res, 200, item.bytes, item.contentType);
    }
    return serveStatic(res, opts.staticDir, url.pathname);
  }

  const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, "内部错误", TEXT_TYPE);
    });
  };
  const server = opts.tls
    ? https.createServer({ cert: opts.tls.cert, key: opts.tls.key, minVersion: "TLSv1.2" }, listener)
    : http.createServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = opts.host.includes(":") ? `[${opts.host}]` : opts.host;

  return {
    url: `${scheme}://${shownHost}:${port}/`,
    port,
    offerDownload(download) {
      const person = requestPerson.getStore();
      if (!person) throw new AppError("FORBIDDEN", "尚未登录");
      const id = randomBytes(16).toString("hex");
      downloads.set(id, { ...download, personId: person.id });
      if (downloads.size > 100) downloads.delete(downloads.keys().next().value as string);
      return `/download/${id}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
