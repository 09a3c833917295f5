// Finds the Electron runtime without triggering its download (never require('electron') here).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Absolute path of the Electron executable, or null when the runtime is not installed. */
export function findElectronRuntime(root) {
  const fromEnv = process.env.ELECTRON_EXEC_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const pkg = path.join(root, "node_modules", "electron");
  const pathTxt = path.join(pkg, "path.txt");
  if (!existsSync(pathTxt)) return null;
  const exe = path.join(pkg, "dist", readFileSync(pathTxt, "utf8").trim());
  return existsSync(exe) ? exe : null;
}
