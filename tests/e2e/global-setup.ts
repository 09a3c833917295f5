// Builds what the end-to-end tests run, when a source changed since the last build: the renderer (out/renderer)
// and browser mode's server (out/node/web-main.js), as `npm start` does.
import { execFileSync } from "node:child_process";
import path from "node:path";

/** Playwright global setup. */
export default function globalSetup(): void {
  const root = path.resolve(import.meta.dirname, "..", "..");
  execFileSync(process.execPath, ["scripts/build-state.mjs", "web", "node"], { cwd: root, stdio: "inherit" });
}
