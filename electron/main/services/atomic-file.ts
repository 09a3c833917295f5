// Durable file writes: temp file + fsync + rename + directory fsync, so a crash never leaves half a file.
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
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

/** Removes temp files left behind by writers that were killed mid-write. */
export async function sweepTempFiles(dir: string): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.startsWith(".") && name.endsWith(".tmp")) {
      await fs.rm(path.join(dir, name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
