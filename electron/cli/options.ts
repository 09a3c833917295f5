// Argument parsing shared by the sub-commands (node:util parseArgs, with Chinese errors).
import { parseArgs, type ParseArgsConfig } from "node:util";

/** Thrown for bad usage; the CLI prints the message and exits with 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** parseArgs with strict checking; unknown flags become a Chinese UsageError. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(
  argv: readonly string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`参数错误：${(err as Error).message}`);
  }
}
