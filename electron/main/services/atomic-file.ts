// Durable file writes: temp file + fsync + rename + directory fsync, so a crash never leaves half a file.
import { randomBytes } from "node:crypto";
import { promises as fs, type Dirent } from "node:fs";
import path from "node:path";

/** Syncs a directory entry so a rename inside it survives power loss (no-op where unsupported). */
async function fsyncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, "r");
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot open a directory for sync; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

/**
 * Writes `data` to `file` atomically and durably: a unique temp file in the same folder is written,
 * fsync'd, renamed over the target, and the folder is fsync'd. Readers see the old or the new file, never a mix.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  // Unique temp name: two writers never share one (steno's shared temp name collides).
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await fs.open(tmp, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
  await fsyncDir(dir);
}

/** Appends one line durably (append-only logs: audit trail, versions index). */
export async function appendLineDurable(file: string, line: string): Promise<void> {
  const handle = await fs.open(file, "a");
  try {
    await handle.writeFile(line.endsWith("\n") ? line : `${line}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Whether a file name is a temp file the app writes and may delete when no writer runs: ours
 * (`.<name>.<pid>.<hex>.tmp`, from writeFileAtomic and the writer lock) or the settings library's
 * (`settings.json.tmp-<10 digits><6 hex>`, from conf/electron-store through `atomically`).
 */
export function isOwnTempName(name: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]+\.tmp$/u.test(name) || /^.+\.tmp-\d{10}[0-9a-f]{6}$/u.test(name);
}

/** Removes temp files left behind by writers that were killed mid-write (call only while holding the writer lock). */
export async function sweepTempFiles(dir: string): Promise<number> {
  let removed = 0;
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (e.isFile() && isOwnTempName(e.name)) {
      await fs.rm(path.join(dir, e.name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
