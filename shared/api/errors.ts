// Error codes that cross the process boundary, each with the Chinese message the UI shows.

/** Every error code a contract method may return. */
export const ERROR_CODES = {
  BAD_INPUT: "参数不正确",
  NOT_FOUND: "找不到该文稿",
  CONFLICT: "文稿已在别处修改，请刷新后再保存",
  CORRUPT: "文件已损坏",
  FORBIDDEN: "当前身份无权执行此操作",
  INVALID_STATE: "当前状态不允许此操作",
  IO: "读写文件失败",
  UNTRUSTED_SENDER: "请求来源不受信任",
  UNKNOWN_METHOD: "未知的操作",
  INTERNAL: "内部错误",
} as const;

/** A code from ERROR_CODES. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** The serialisable error shape sent to the renderer. */
export interface ApiErrorShape {
  readonly code: ErrorCode;
  /** Chinese, for people: what went wrong and what to do. */
  readonly message: string;
}

/** An error thrown by services and handlers that carries a code and a Chinese message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string) {
    super(message ?? ERROR_CODES[code]);
    this.code = code;
    this.name = "AppError";
  }
}

/** The envelope every contract call resolves to, over IPC and over HTTP alike. */
export type Envelope<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorShape };

/** Converts anything thrown into the error shape sent to the renderer (never leaks stack traces). */
export function toErrorShape(err: unknown): ApiErrorShape {
  if (err instanceof AppError) return { code: err.code, message: err.message };
  return { code: "INTERNAL", message: `${ERROR_CODES.INTERNAL}：${err instanceof Error ? err.message : String(err)}` };
}
