// Builds the renderer once before the end-to-end tests (the server serves out/renderer).
import { execFileSync } from "node:child_process";
import path from "node:path";

/** Playwright global setup. */
export default function globalSetup(): void {
  const root = path.resolve(import.meta.dirname, "..", "..");
  execFileSync("npx", ["vite", "build", "--config", "renderer/vite.config.ts", "--logLevel", "warn"], {
    cwd: root,
    stdio: "inherit",
  });
}
