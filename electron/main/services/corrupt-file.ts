// Damaged data files (comments, the numbering register, notices) are moved aside and reported, never reset.
import { promises as fs } from "node:fs";
import path from "node:path";
import { quarantineFile } from "./draft-files";

/** Records a notice for the user about a damaged file (the store's notice board). */
export type CorruptFileReporter = (message: string) => Promise<void>;

/**
 * Moves a damaged file aside as `<name>.corrupt-<time>` and reports it, when a reporter is given (the running
 * app); read-only checks pass none and change nothing. Returns a clause for the error message ("" when not moved).
 */
export async function quarantineCorrupt(
  file: string,
  now: Date,
  report: CorruptFileReporter | null,
  what: string,
): Promise<string> {
  if (report === null) return "";
  let moved: string;
  try {
    moved = await quarantineFile(file, now);
  } catch {
    // Already moved by a concurrent reader, or not movable: the error still stops the caller.
    return "";
  }
  await report(
    `${what} ${path.basename(file)} 已损坏，已隔离为 ${moved}（未删除）。请从备份恢复，或把该文件交给管理员核对。`,
  );
  return `（已隔离为 ${moved}）`;
}

/** The quarantined copies (`<name>.corrupt-*`) of a data file, oldest first. */
export async function quarantinedCopies(file: string): Promise<string[]> {
  const base = `${path.basename(file)}.corrupt-`;
  const names = await fs.readdir(path.dirname(file)).catch(() => [] as string[]);
  return names.filter((n) => n.startsWith(base)).sort();
}
