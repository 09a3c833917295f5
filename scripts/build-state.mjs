// Builds on demand: each build target records a fingerprint of its sources (paths, sizes, mtimes) after a
// successful build; a start whose sources match the fingerprint skips the build. Used by bin/replydesk.js,
// scripts/start.mjs, the test set-ups and the benchmarks.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const VITE_BIN = path.join(ROOT, "node_modules", "vite", "bin", "vite.js");
const ELECTRON_VITE_BIN = path.join(ROOT, "node_modules", "electron-vite", "bin", "electron-vite.js");
const COMMON = ["shared", "package.json", "package-lock.json"];

/**
 * The build targets. `node`: the CLI and browser mode's server (out/node); `web`: the renderer for browser
 * mode (out/renderer); `electron`: main, preload and renderer for the desktop app (out/main, out/preload,
 * out/renderer). `web` and `electron` share out/renderer, so building one invalidates the other.
 */
export const TARGETS = {
  node: {
    label: "命令行与浏览器模式服务",
    inputs: ["electron", "vite.node.config.ts", ...COMMON],
    command: [VITE_BIN, "build", "--config", "vite.node.config.ts", "--logLevel", "warn"],
    sharesOutputWith: [],
  },
  web: {
    label: "界面",
    inputs: ["renderer", ...COMMON],
    command: [VITE_BIN, "build", "--config", "renderer/vite.config.ts", "--logLevel", "warn"],
    sharesOutputWith: ["electron"],
  },
  electron: {
    label: "桌面应用",
    inputs: ["electron", "renderer", "electron.vite.config.ts", ...COMMON],
    command: [ELECTRON_VITE_BIN, "build", "--logLevel", "warn"],
    sharesOutputWith: ["web"],
  },
};

const STAMP_DIR = path.join(ROOT, "out", ".build-stamps");
const stampFile = (target) => path.join(STAMP_DIR, `${target}.json`);
const lockDir = (target) => path.join(STAMP_DIR, `${target}.lock`);

function walk(abs, rel, out) {
  let st;
  try {
    st = statSync(abs);
  } catch {
    return;
  }
  if (st.isDirectory()) {
    for (const name of readdirSync(abs).sort()) {
      if (name === "node_modules" || name.startsWith(".")) continue;
      walk(path.join(abs, name), `${rel}/${name}`, out);
    }
  } else {
    out.push(`${rel}\t${st.size}\t${Math.trunc(st.mtimeMs)}`);
  }
}

/** A hash of every input file's path, size and modification time. */
export function fingerprint(target) {
  const lines = [];
  for (const input of TARGETS[target].inputs) walk(path.join(ROOT, input), input, lines);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

/** True when the target's last successful build was made from the sources as they are now. */
export function isBuildCurrent(target) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile(target), "utf8"));
    return stamp.fingerprint === fingerprint(target);
  } catch {
    return false;
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Takes the target's build lock (a directory), waiting for another process's build; false if it stays locked. */
function acquireLock(target) {
  mkdirSync(STAMP_DIR, { recursive: true });
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lockDir(target));
      return true;
    } catch (err) {
      if (err.code !== "EEXIST") throw err;
    }
    // A lock left by a build that died more than five minutes ago is stale.
    try {
      if (Date.now() - statSync(lockDir(target)).mtimeMs > 5 * 60_000) rmSync(lockDir(target), { recursive: true });
    } catch {
      // Released meanwhile.
    }
    if (Date.now() > deadline) return false;
    sleep(200);
  }
}

/**
 * Builds the target unless its build is current (another process building it at the same time is waited for).
 * Returns "current" or "built"; throws with a Chinese message when the build fails.
 */
export function ensureBuilt(target, { log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (isBuildCurrent(target)) return "current";
  if (!acquireLock(target)) throw new Error(`构建${TARGETS[target].label}超时：另一个构建进程一直未结束。`);
  try {
    if (isBuildCurrent(target)) return "current";
    const before = fingerprint(target);
    log(`正在构建${TARGETS[target].label}（源代码有改动或尚未构建）…`);
    rmSync(stampFile(target), { force: true });
    for (const other of TARGETS[target].sharesOutputWith) rmSync(stampFile(other), { force: true });
    const r = spawnSync(process.execPath, TARGETS[target].command, {
      cwd: ROOT,
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (r.status !== 0) throw new Error(`构建${TARGETS[target].label}失败（见上方输出）。`);
    writeFileSync(stampFile(target), `${JSON.stringify({ fingerprint: before, builtAt: new Date().toISOString() })}\n`);
    return "built";
  } finally {
    rmSync(lockDir(target), { recursive: true, force: true });
  }
}

/** `node scripts/build-state.mjs node web`: builds the named targets when out of date. */
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const target of process.argv.slice(2)) {
    if (!(target in TARGETS)) {
      process.stderr.write(`未知构建目标：${target}（可用：${Object.keys(TARGETS).join("、")}）\n`);
      process.exit(2);
    }
    try {
      ensureBuilt(target);
    } catch (err) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
  }
  if (!existsSync(STAMP_DIR)) process.exit(1);
}
