// Crash safety: a writer process is killed with SIGKILL at random moments, again and again; nothing reported saved is lost.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDraftFile } from "../../../electron/main/services/draft-files";
import { DraftStore } from "../../../electron/main/services/draft-store";
import { tempDir } from "../foundation/helpers";
import { runSize } from "./fuzz-kit";
import { mulberry32 } from "./prng";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../../..");
const WRITER = path.join(HERE, "writer-process.ts");
/** How many kills (REPLYDESK_KILL_COUNT; 20 in CI, 250 under REPLYDESK_LONG_TESTS=1). */
const COUNT = runSize("REPLYDESK_KILL_COUNT", 20, 250);
/** Seed of the kill schedule (REPLYDESK_KILL_SEED reproduces a failing run). */
const SEED = Number(process.env["REPLYDESK_KILL_SEED"] ?? 20240801);

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-kill-"));
});
afterAll(async () => {
  await cleanup();
});

/** Starts a writer, kills it after `delayMs` (counted from READY unless `early`), returns its complete output lines. */
async function runAndKill(seed: number, delayMs: number, early: boolean): Promise<{ lines: string[]; ready: boolean }> {
  const child = spawn(process.execPath, ["--import", "tsx", WRITER, dir, String(seed)], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  let ready = false;
  let killed = false;
  const kill = (): void => {
    if (!killed) {
      killed = true;
      child.kill("SIGKILL");
    }
  };
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stdout.on("data", (chunk: string) => {
    out += chunk;
    if (!ready && out.includes("READY\n")) {
      ready = true;
      if (!early) setTimeout(kill, delayMs);
    }
  });
  child.stderr.on("data", (chunk: string) => {
    err += chunk;
  });
  if (early) setTimeout(kill, delayMs);
  // A writer that never gets ready within 20 s is a hang: kill it and fail below.
  const guard = setTimeout(kill, 20_000);
  const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
  clearTimeout(guard);
  if (!killed || code !== null) throw new Error(`写入进程自行退出（代码 ${code}）：${err}`);
  if (!early && !ready) throw new Error(`写入进程 20 秒内未就绪：${err}`);
  const complete = out.slice(0, out.lastIndexOf("\n") + 1);
  return { lines: complete.split("\n").filter(Boolean), ready };
}

async function draftFiles(sub: string): Promise<string[]> {
  const folder = path.join(dir, sub);
  if (!existsSync(folder)) return [];
  return (await readdir(folder)).filter((n) => n.endsWith(".json") && !n.startsWith("."));
}

/** Checks the folder after a kill; returns the problems found (empty when sound). */
async function check(reported: ReadonlyMap<string, number>): Promise<string[]> {
  const problems: string[] = [];
  const indexFile = path.join(dir, "index.json");
  if (existsSync(indexFile)) {
    try {
      JSON.parse(await readFile(indexFile, "utf8"));
    } catch {
      problems.push("index.json 不是有效的 JSON");
    }
  }
  const onDisk = new Map<string, { revision: number; trashed: boolean }>();
  for (const [sub, trashed] of [
    ["drafts", false],
    ["trash", true],
  ] as const) {
    for (const name of await draftFiles(sub)) {
      const id = name.slice(0, -5);
      if (onDisk.has(id)) problems.push(`${id} 同时在 drafts/ 与 trash/ 中`);
      try {
        const d = await readDraftFile(path.join(dir, sub, name));
        onDisk.set(id, { revision: d.revision, trashed });
      } catch (e) {
        problems.push(`${sub}/${name} 无法读取：${(e as Error).message}`);
      }
    }
  }
  for (const [id, rev] of reported) {
    const f = onDisk.get(id);
    if (!f) problems.push(`已报告保存的 ${id} 不见了`);
    else if (f.revision < rev) problems.push(`${id} 报告保存了修订 ${rev}，文件中只有修订 ${f.revision}`);
  }
  // Opening takes over the dead writer's lock, reconciles, and must agree with the files.
  const store = await DraftStore.open(dir);
  try {
    const rows = [...store.list({}), ...store.list({ trashed: true })];
    if (rows.length !== onDisk.size) problems.push(`索引有 ${rows.length} 条，文件有 ${onDisk.size} 个`);
    for (const r of rows) {
      const f = onDisk.get(r.id);
      if (!f || f.revision !== r.revision || f.trashed !== Boolean(r.trashedAt)) {
        problems.push(`索引中的 ${r.id}（修订 ${r.revision}）与文件不符`);
      }
    }
    for (const n of store.notices()) if (n.level === "error") problems.push(`提示：${n.message}`);
  } finally {
    await store.close();
  }
  return problems;
}

describe("crash safety under SIGKILL", () => {
  it(
    `keeps every reported save and a consistent index across ${COUNT} kills (seed ${SEED})`,
    async () => {
      const rng = mulberry32(SEED);
      const reported = new Map<string, number>();
      let saves = 0;
      let early = 0;
      for (let k = 0; k < COUNT; k += 1) {
        const isEarly = rng.chance(0.15);
        if (isEarly) early += 1;
        const delay = isEarly ? rng.int(0, 600) : rng.int(0, 150);
        const { lines } = await runAndKill(rng.int(1, 2 ** 31), delay, isEarly);
        for (const line of lines) {
          const m = /^SAVED (\S+) (\d+)$/.exec(line);
          if (!m) continue;
          saves += 1;
          reported.set(m[1]!, Math.max(reported.get(m[1]!) ?? 0, Number(m[2])));
        }
        const problems = await check(reported);
        expect(problems, `第 ${k + 1} 次强制结束后（种子 ${SEED}）`).toEqual([]);
      }
      console.info(
        `kill test: ${COUNT} kills (${early} during start-up), ${saves} saves reported, ${reported.size} drafts`,
      );
      expect(saves).toBeGreaterThan(COUNT);
    },
    COUNT * 4_000 + 30_000,
  );
});
