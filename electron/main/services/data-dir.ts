// Where the data folder is: --data, else REPLYDESK_DATA_DIR, else the per-user default.
import os from "node:os";
import path from "node:path";

/** The per-user default data folder (the same for the app, browser mode and the CLI). */
export function defaultDataDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const home = os.homedir();
  if (process.platform === "win32") {
    return path.join(env["APPDATA"] ?? path.join(home, "AppData", "Roaming"), "ReplyDesk", "data");
  }
  if (process.platform === "darwin") return path.join(home, "Library", "Application Support", "ReplyDesk", "data");
  return path.join(env["XDG_CONFIG_HOME"] ?? path.join(home, ".config"), "ReplyDesk", "data");
}

/** Resolves the data folder from a command-line flag, the environment, or the default. */
export function resolveDataDir(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): string {
  const chosen = flag ?? env["REPLYDESK_DATA_DIR"];
  return chosen ? path.resolve(cwd, chosen) : defaultDataDir(env);
}
