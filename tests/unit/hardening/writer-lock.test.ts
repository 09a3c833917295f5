import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../../electron/cli/index";
import {
  acquireWriterLock,
  liveLockHolder,
  processStartTime,
  WRITER_LOCK_FILE,
} from "../../../electron/main/services/writer-lock";
import { tempDir } from "../foundation/helpers";

let dir: string;
let cleanup: () => Promise<void>;
let childScript: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-lock-"));
  // Bundled once to plain JS so each of the many children starts in milliseconds, not through tsx.
  childScript = path.join(dir, "lock-process.mjs");
  await build({
    entryPoints: [path.join(import.meta.dirname, "lock-process.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: childScript,
    logLevel: "silent",
  });
});
afterAll(async () => {
  await cleanup();
});

interface Contender {
  readonly child: ChildProcess;
  readonly lines: string[];
  readonly waitFor: (test: (line: string) => boolean) => Promise<string>;
}

function contender(dataDir: string): Contender {
  const child = spawn(process.execPath, [childScript, dataDir], { stdio: ["pipe", "pipe", "inherit"] });
  const lines: string[] = [];
  const waiters: { test: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  let buf = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buf += chunk.toString();
    for (let i = buf.indexOf("\n"); i >= 0; i = buf.indexOf("\n")) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      lines.push(line);
      for (const w of waiters.splice(0)) {
        if (w.test(line)) w.resolve(line);
        else waiters.push(w);
      }
    }
  });
  return {
    child,
    lines,
    waitFor: (test) =>
      new Promise((resolve) => {
        const seen = lines.find(test);
        if (seen !== undefined) resolve(seen);
        else waiters.push({ test, resolve });
      }),
  };
}

async function killAll(cs: readonly Contender[]): Promise<void> {
  await Promise.all(
    cs.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.child.exitCode !== null || c.child.signalCode !== null) return resolve();
          c.child.once("exit", () => resolve());
          c.child.kill("SIGKILL");
        }),
    ),
  );
}

/** Starts `n` contenders at once on a folder and returns how many got the lock; the winner is then killed. */
async function round(dataDir: string, n: number): Promise<{ got: number; busy: string[] }> {
  const cs = Array.from({ length: n }, () => contender(dataDir));
  try {
    await Promise.all(cs.map((c) => c.waitFor((l) => l === "READY")));
    for (const c of cs) c.child.stdin?.write("go\n");
    const results = await Promise.all(cs.map((c) => c.waitFor((l) => l === "GOT" || l.startsWith("BUSY"))));
    return { got: results.filter((r) => r === "GOT").length, busy: results.filter((r) => r !== "GOT") };
  } finally {
    // SIGKILL: the winner never releases, so the next round starts from a crashed writer's lock.
    await killAll(cs);
  }
}

describe("writer lock", () => {
  it("N simultaneous starts after a crash: exactly one writer, every round", async () => {
    const data = path.join(dir, "race");
    await mkdir(data, { recursive: true });
    const rounds = Number(process.env["REPLYDESK_LOCK_ROUNDS"] ?? 20);
    const n = Number(process.env["REPLYDESK_LOCK_CONTENDERS"] ?? 5);
    // Round 0 leaves a crashed writer's lock behind.
    expect((await round(data, 1)).got).toBe(1);
    for (let r = 0; r < rounds; r += 1) {
      const { got, busy } = await round(data, n);
      expect({ round: r, got }).toEqual({ round: r, got: 1 });
      for (const b of busy) expect(b).toMatch(/数据文件夹正被另一个答复函工作台进程使用（进程号 \d+）/);
    }
    // No takeover markers or lock temp files are left behind.
    expect((await readdir(data)).sort()).toEqual([WRITER_LOCK_FILE]);
  }, 600_000);

  it("a stale lock whose PID now belongs to an unrelated live process is taken over", async () => {
    const data = path.join(dir, "reused");
    await mkdir(data, { recursive: true });
    // Our parent is alive; the recorded start time is not its own, as after the PID was reused.
    const start = processStartTime(process.ppid);
    if (start === null) return; // no /proc: PID reuse cannot be told apart here
    await writeFile(
      path.join(data, WRITER_LOCK_FILE),
      JSON.stringify({ pid: process.ppid, start: String(Number(start) + 1), boot: null, nonce: "x" }),
    );
    expect(await liveLockHolder(data)).toBeNull();
    const lock = await acquireWriterLock(data);
    const owner = JSON.parse(await readFile(path.join(data, WRITER_LOCK_FILE), "utf8")) as { pid: number };
    expect(owner.pid).toBe(process.pid);
    await lock.release();
  });

  it("a lock of a live process is respected, and the PID of an old-format lock file still counts", async () => {
    const data = path.join(dir, "live");
    await mkdir(data, { recursive: true });
    const holder = contender(data);
    try {
      await holder.waitFor((l) => l === "READY");
      holder.child.stdin?.write("go\n");
      expect(await holder.waitFor((l) => l === "GOT" || l.startsWith("BUSY"))).toBe("GOT");
      expect(await liveLockHolder(data)).toBe(holder.child.pid);
      await expect(acquireWriterLock(data)).rejects.toThrow(`进程号 ${holder.child.pid}`);
      await writeFile(path.join(data, WRITER_LOCK_FILE), String(holder.child.pid));
      await expect(acquireWriterLock(data)).rejects.toThrow(`进程号 ${holder.child.pid}`);
    } finally {
      await killAll([holder]);
    }
    const lock = await acquireWriterLock(data);
    await lock.release();
    expect(await readdir(data)).toEqual([]);
  });

  it("doctor --repair and backup refuse while a live app holds the folder; a read-only doctor runs and says so", async () => {
    const data = path.join(dir, "cli");
    await mkdir(path.join(data, "drafts"), { recursive: true });
    await writeFile(path.join(data, "drafts", ".a.json.1.abcdef.tmp"), "");
    const holder = contender(data);
    const cli = async (...args: string[]): Promise<{ code: number; out: string; err: string }> => {
      let out = "";
      let err = "";
      const code = await runCli([...args, "--data", data], {
        out: (t) => (out += t),
        err: (t) => (err += t),
        env: {},
        cwd: data,
      });
      return { code, out, err };
    };
    try {
      await holder.waitFor((l) => l === "READY");
      holder.child.stdin?.write("go\n");
      expect(await holder.waitFor((l) => l === "GOT" || l.startsWith("BUSY"))).toBe("GOT");
      const repair = await cli("doctor", "--repair");
      expect(repair.code).toBe(1);
      expect(repair.err).toContain(`数据文件夹正被运行中的答复函工作台（进程 ${holder.child.pid}）使用，不能修复`);
      expect(existsSync(path.join(data, "drafts", ".a.json.1.abcdef.tmp"))).toBe(true);
      const check = await cli("doctor");
      expect(check.out).toContain("本次只做了只读检查");
      const backup = await cli("backup");
      expect(backup.code).toBe(1);
      expect(backup.err).toContain(`进程号 ${holder.child.pid}`);
      expect(backup.err).toContain("手动备份请先关闭它");
      expect(existsSync(path.join(data, "backups"))).toBe(false);
      expect((await cli("backup", "--list")).code).toBe(0);
    } finally {
      await killAll([holder]);
    }
    // Once the app is gone (crashed), both work.
    expect((await cli("doctor", "--repair")).code).toBe(0);
    expect(existsSync(path.join(data, "drafts", ".a.json.1.abcdef.tmp"))).toBe(false);
    const backup = await cli("backup");
    expect(backup.out).toContain("已备份到");
  });
});
