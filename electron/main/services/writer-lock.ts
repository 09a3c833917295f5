// One writer per data folder: writer.lock names its owner (PID, process start time, boot id, a random nonce).
// The file is created complete in one step (temp file + link, which fails if the lock exists), and a stale lock
// is removed only under a takeover marker after re-reading it, so two starts after a crash never both win.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../shared/api/errors";

/** File name of the lock inside a data folder. */
export const WRITER_LOCK_FILE = "writer.lock";

/** A held lock; release() removes it. */
export interface WriterLock {
  readonly release: () => Promise<void>;
}

/** Who wrote a lock file. `start` and `boot` are null where the platform cannot tell (or in old lock files). */
export interface LockOwner {
  readonly pid: number;
  readonly start: string | null;
  readonly boot: string | null;
  readonly nonce: string;
}

/**
 * Start time of a process as the kernel counts it (clock ticks since boot, /proc/<pid>/stat field 22) on
 * Linux; null where there is no /proc (the PID alone then decides). Tells a PID reused by another process apart.
 */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: fields are counted after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function bootId(): string | null {
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() || null;
  } catch {
    return null;
  }
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Reads lock file text: the current JSON form, or the bare PID older versions wrote (no start time). */
export function parseLockOwner(text: string): LockOwner | null {
  const bare = /^\s*(\d+)\s*$/u.exec(text)?.[1];
  if (bare) return { pid: Number(bare), start: null, boot: null, nonce: "" };
  try {
    const raw = JSON.parse(text) as Partial<Record<keyof LockOwner, unknown>> | null;
    if (raw === null || typeof raw.pid !== "number" || !Number.isInteger(raw.pid) || raw.pid <= 0) return null;
    return {
      pid: raw.pid,
      start: typeof raw.start === "string" ? raw.start : null,
      boot: typeof raw.boot === "string" ? raw.boot : null,
      nonce: typeof raw.nonce === "string" ? raw.nonce : "",
    };
  } catch {
    return null;
  }
}

/**
 * Whether the process that wrote a lock still runs: same boot, PID exists, and (where known) the PID's start
 * time is the one recorded, so a PID now used by an unrelated process does not keep the folder locked.
 */
export function ownerAlive(owner: LockOwner): boolean {
  const boot = bootId();
  if (owner.boot !== null && boot !== null && owner.boot !== boot) return false;
  if (!pidExists(owner.pid)) return false;
  if (owner.start !== null) {
    const start = processStartTime(owner.pid);
    if (start !== null && start !== owner.start) return false;
  }
  return true;
}

function ownerOfThisProcess(): LockOwner {
  return {
    pid: process.pid,
    start: processStartTime(process.pid),
    boot: bootId(),
    nonce: randomBytes(12).toString("hex"),
  };
}

/** Creates `file` holding `text` in one step: a temp file linked into place (fails with EEXIST if it exists). */
async function createComplete(file: string, text: string): Promise<void> {
  const tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`,
  );
  await fs.writeFile(tmp, text, { flag: "wx" });
  try {
    await fs.link(tmp, file);
  } catch (err) {
    // File systems without hard links (FAT/exFAT USB drives, some shares): exclusive create, then write.
    // A reader may then see the file empty for a moment; acquireWriterLock waits for such a young lock.
    if (!NO_LINKS.has(errno(err) ?? "")) throw err;
    await fs.writeFile(file, text, { flag: "wx" });
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);
/** How long an empty lock file counts as being written rather than abandoned. */
const EMPTY_LOCK_GRACE_MS = 2_000;

/** The text and inode of a lock file, or null when there is none. */
async function readLock(file: string): Promise<{ text: string; ino: number; mtimeMs: number } | null> {
  try {
    const handle = await fs.open(file, "r");
    try {
      const [stat, text] = await Promise.all([handle.stat(), handle.readFile("utf8")]);
      return { text, ino: stat.ino, mtimeMs: stat.mtimeMs };
    } finally {
      await handle.close();
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

function errno(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException).code;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Removes a lock file seen as stale, only if it is still that very file (same inode and text, the nonce makes
 * the text unique). The check and the removal run under `<file>.takeover-<inode>`, created exclusively: while
 * one process holds it, nobody else can remove or replace that lock, so re-reading it is an atomic re-check.
 * A marker left by a process that died mid-takeover is itself removed the same way.
 */
async function removeStale(file: string, seen: { text: string; ino: number }, depth = 0): Promise<void> {
  const marker = `${file}.takeover-${seen.ino}`;
  try {
    await createComplete(marker, JSON.stringify(ownerOfThisProcess()));
  } catch (err) {
    if (errno(err) !== "EEXIST" || depth > 3) return;
    const other = await readLock(marker);
    const owner = other ? parseLockOwner(other.text) : null;
    if (other && (owner === null || !ownerAlive(owner))) await removeStale(marker, other, depth + 1);
    else await pause(10);
    return;
  }
  try {
    const now = await readLock(file);
    if (now && now.ino === seen.ino && now.text === seen.text) await fs.rm(file, { force: true });
  } finally {
    await fs.rm(marker, { force: true });
  }
}

/** Data folders locked by this process (two stores of one process must not share a folder either). */
const heldHere = new Set<string>();

function inUseMessage(pid: number): string {
  return `数据文件夹正被另一个答复函工作台进程使用（进程号 ${pid}）。请先关闭它，或用 --data 指定其他文件夹。`;
}

/** Takes the writer lock of a data folder, or throws a Chinese AppError naming the process that holds it. */
export async function acquireWriterLock(dataDir: string): Promise<WriterLock> {
  const file = path.join(dataDir, WRITER_LOCK_FILE);
  if (heldHere.has(file)) {
    throw new AppError("IO", "数据文件夹已在本进程中打开，不能同时打开两次。");
  }
  const me = JSON.stringify(ownerOfThisProcess());
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      await createComplete(file, me);
      heldHere.add(file);
      return {
        release: async () => {
          heldHere.delete(file);
          // Only our own lock is removed (never one a later process holds).
          const now = await readLock(file).catch(() => null);
          if (now?.text === me) await fs.rm(file, { force: true });
        },
      };
    } catch (err) {
      // ENOENT: our temp file was swept by the current holder's start-up; just try again.
      if (errno(err) === "ENOENT") continue;
      if (errno(err) !== "EEXIST") throw err;
    }
    const seen = await readLock(file);
    if (seen === null) continue;
    if (seen.text === "" && Date.now() - seen.mtimeMs < EMPTY_LOCK_GRACE_MS) {
      await pause(50);
      continue;
    }
    const owner = parseLockOwner(seen.text);
    if (owner !== null && owner.pid !== process.pid && ownerAlive(owner))
      throw new AppError("IO", inUseMessage(owner.pid));
    // A lock of a dead process, of a PID now used by another program, unreadable, or ours from before a crash.
    await removeStale(file, seen);
  }
  throw new AppError("IO", "无法取得数据文件夹的写入锁，请稍后重试。");
}

/** PID of another live process holding the data folder's writer lock, else null. Reads only. */
export async function liveLockHolder(dataDir: string): Promise<number | null> {
  const seen = await readLock(path.join(dataDir, WRITER_LOCK_FILE)).catch(() => null);
  const owner = seen ? parseLockOwner(seen.text) : null;
  return owner !== null && owner.pid !== process.pid && ownerAlive(owner) ? owner.pid : null;
}
