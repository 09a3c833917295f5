#!/usr/bin/env node
// The replydesk command: runs the built CLI (out/node/cli.js), building it first when a source has changed.
import { ensureBuilt } from "../scripts/build-state.mjs";

try {
  ensureBuilt("node");
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
const { runCli } = await import("../out/node/cli.js");
process.exitCode = await runCli(process.argv.slice(2));
