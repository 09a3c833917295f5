// One dispatcher for IPC and HTTP: parse the input with the contract, call the handler, wrap the result.
import { contract, type Handlers, type MethodName } from "../../shared/api/contract";
import { AppError, toErrorShape, type Envelope } from "../../shared/api/errors";
import { MAX_INPUT_DEPTH, nestsDeeperThan } from "../../shared/api/nesting";

/** True when `name` is a contract method (guards against prototype keys such as "constructor"). */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Describes the first schema problem in Chinese. */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return "参数不正确";
  const where = first.path.length > 0 ? `字段 ${first.path.map(String).join(".")}：` : "";
  return `参数不正确：${where}${first.message}`;
}

/**
 * Runs one contract call: the input is `unknown` until the method's schema has parsed it; any
 * failure becomes an envelope with a code and a Chinese message (nothing is written on bad input).
 */
export async function dispatch(handlers: Handlers, name: string, input: unknown): Promise<Envelope<unknown>> {
  try {
    if (!isMethodName(name)) throw new AppError("UNKNOWN_METHOD", `未知的操作：${name.slice(0, 60)}`);
    const spec = contract[name];
    // Validators recurse: thousands of nested levels would overflow the stack (or worse) before any check.
    if (nestsDeeperThan(input, MAX_INPUT_DEPTH))
      throw new AppError("BAD_INPUT", `参数不正确：数据嵌套层次过深（超过 ${MAX_INPUT_DEPTH} 层）。`);
    const parsed = spec.input.safeParse(input ?? {});
    if (!parsed.success) throw new AppError("BAD_INPUT", describeIssues(parsed.error.issues));
    const handler = handlers[name] as (arg: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toErrorShape(err) };
  }
}
