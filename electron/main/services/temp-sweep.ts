// Start-up clean-up: every folder of a data folder where atomic writes may leave temp files behind.
import { promises as fs } from "node:fs";
import path from "node:path";
import { sweepTempFiles } from "./atomic-file";

/** Sub-folders written through temp files (versions/ also has one folder per draft). */
const WRITTEN_FOLDERS = ["drafts", "trash", "comments", "audit", "versions"] as const;

/** The data folder itself, its written sub-folders and each versions/<id>/ folder. */
export async function tempFileFolders(dataDir: string): Promise<string[]> {
  const out = [dataDir, ...WRITTEN_FOLDERS.map((d) => path.join(dataDir, d))];
  const versions = await fs.readdir(path.join(dataDir, "versions"), { withFileTypes: true }).catch(() => []);
  for (const v of versions) if (v.isDirectory()) out.push(path.join(dataDir, "versions", v.name));
  return out;
}

/** Removes orphan temp files the app owns everywhere in a data folder; returns how many. Needs the writer lock. */
export async function sweepDataFolderTemps(dataDir: string): Promise<number> {
  let removed = 0;
  for (const dir of await tempFileFolders(dataDir)) removed += await sweepTempFiles(dir);
  return removed;
}
