// The renderer's only door to main: window.replydesk in Electron, POST /api/<method> in browser mode.
import { METHOD_NAMES, type BridgeApi, type MethodName, type RendererApi } from "../../shared/api/contract";
import { ERROR_CODES, type ApiErrorShape, type Envelope, type ErrorCode } from "../../shared/api/errors";

/** Codes the client itself can raise besides the contract's: the server could not be reached. */
export type ApiErrorCode = ErrorCode | "NETWORK";

/** A failed contract call: a code and a Chinese message that can be shown as is. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  constructor(code: ApiErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = "ApiError";
  }
}

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    readonly replydesk?: BridgeApi;
  }
}

const TOKEN_KEY = "replydesk.token";

/** Reads the browser-mode token from ?token= once, keeps it in sessionStorage and hides it from the URL. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get("token");
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete("token");
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return window.sessionStorage.getItem(TOKEN_KEY) ?? "";
}

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(ERROR_CODES, code);
}

/** Turns an envelope into its value, or throws ApiError with the server's Chinese message. */
function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  const err: ApiErrorShape = envelope.error;
  throw new ApiError(isErrorCode(err.code) ? err.code : "INTERNAL", err.message || ERROR_CODES.INTERNAL);
}

/** One contract call over loopback HTTP (browser mode). */
async function callHttp(token: string, name: MethodName, input: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-ReplyDesk-Token": token },
      body: JSON.stringify(input ?? {}),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError("NETWORK", "无法连接到答复函工作台的后台服务，请确认程序仍在运行，然后刷新页面。");
  }
  if (response.status === 403) {
    throw new ApiError("FORBIDDEN", "访问令牌无效或已过期，请使用启动时打印的完整地址重新打开。");
  }
  let envelope: Envelope<unknown>;
  try {
    envelope = (await response.json()) as Envelope<unknown>;
  } catch {
    throw new ApiError("INTERNAL", `后台服务返回了无法识别的响应（HTTP ${response.status}），请重试。`);
  }
  return unwrap(envelope);
}

/** One contract call through the Electron preload. */
async function callBridge(bridge: BridgeApi, name: MethodName, input: unknown): Promise<unknown> {
  // The bridge's per-method signatures are correlated by name; this one call site erases them.
  const fn = bridge[name] as (input: unknown) => Promise<Envelope<unknown>>;
  let envelope: Envelope<unknown>;
  try {
    envelope = await fn(input ?? {});
  } catch {
    throw new ApiError("NETWORK", "无法连接到主进程，请重新启动答复函工作台。");
  }
  return unwrap(envelope);
}

/** Builds the client: one async function per contract method, resolving to its value. */
function createApi(): RendererApi {
  const bridge = window.replydesk;
  const token = bridge ? "" : takeToken();
  const call = (name: MethodName, input: unknown): Promise<unknown> =>
    bridge ? callBridge(bridge, name, input) : callHttp(token, name, input);
  const entries = METHOD_NAMES.map((name) => [name, (input: unknown) => call(name, input)] as const);
  // Every method of the contract is present (built from METHOD_NAMES); TypeScript cannot follow the mapping.
  return Object.fromEntries(entries) as unknown as RendererApi;
}

/** The contract as the UI calls it: `await api.listDrafts({ text })`; failures throw ApiError. */
export const api: RendererApi = createApi();

/** A message for people from anything thrown by an API call (never a stack trace). */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error && err.message) return `出现意外错误：${err.message}`;
  return "出现意外错误，请重试。";
}
