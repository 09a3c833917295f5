// Cold whole-process `replydesk export --sample` (bin/replydesk.js on the built CLI): wall time, peak memory and
// the share of the time spent loading modules, each run with the load average at its start.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import { pathToFileURL } from "node:url";
import { ensureBuilt } from "../scripts/build-state.mjs";
import { REPO_ROOT } from "./store-data";

const run = promisify(execFile);

/** One cold process. */
export interface ColdRun {
  readonly wallMs: number;
  /** Peak resident memory (from /usr/bin/time), NaN where that tool is missing. */
  readonly peakMiB: number;
  /** 1-minute load average when the run started. */
  readonly load: number;
}

/** What measureCliCold returns. */
export interface CliColdReport {
  readonly runs: readonly ColdRun[];
  /** Time to import the built CLI bundle in a fresh process (median over the same number of processes). */
  readonly moduleLoadMs: readonly number[];
}

const TIME_BIN = "/usr/bin/time";

/** Runs `replydesk export --sample` in `count` fresh processes (the build is made current first, not timed). */
export async function measureCliCold(count: number): Promise<CliColdReport> {
  ensureBuilt("node", { log: () => undefined });
  const dir = await mkdtemp(path.join(os.tmpdir(), "replydesk-bench-cli-"));
  const bin = path.join(REPO_ROOT, "bin", "replydesk.js");
  const cli = pathToFileURL(path.join(REPO_ROOT, "out", "node", "cli.js")).href;
  const runs: ColdRun[] = [];
  const moduleLoadMs: number[] = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const out = path.join(dir, `sample-${i}.docx`);
      const load = os.loadavg()[0] ?? Number.NaN;
      const t0 = performance.now();
      let peakMiB = Number.NaN;
      try {
        const r = await run(TIME_BIN, ["-f", "RSSKB=%M", process.execPath, bin, "export", "--sample", "-o", out], {
          cwd: dir,
        });
        const m = /RSSKB=(\d+)/u.exec(r.stderr);
        if (m?.[1]) peakMiB = Number(m[1]) / 1024;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
        await run(process.execPath, [bin, "export", "--sample", "-o", out], { cwd: dir });
      }
      runs.push({ wallMs: performance.now() - t0, peakMiB, load });
      const script = `const t=performance.now();await import(${JSON.stringify(cli)});process.stdout.write(String(performance.now()-t));`;
      const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: dir });
      moduleLoadMs.push(Number(stdout));
    }
    return { runs, moduleLoadMs };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
