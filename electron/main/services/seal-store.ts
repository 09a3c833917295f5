// The clerk's seal picture: validated and copied into the data folder as seal.png (never shipped with the app).
import { promises as fs } from "node:fs";
import path from "node:path";
import { writeFileAtomic } from "./atomic-file";
import { checkPng, type PngInfo } from "./export/seal";
import type { SettingsService } from "./settings-service";

/** Path of the stored seal picture in a data folder. */
export function sealFile(dataDir: string): string {
  return path.join(dataDir, "seal.png");
}

/** Validates and stores a seal PNG, and points the bureau profile at it. A bad picture changes nothing. */
export async function setSeal(dataDir: string, settings: SettingsService, png: Uint8Array): Promise<PngInfo> {
  const info = checkPng(png);
  await writeFileAtomic(sealFile(dataDir), png);
  settings.update({ bureau: { sealPath: sealFile(dataDir) } });
  return info;
}

/** Removes the seal picture and the reference to it. */
export async function clearSeal(dataDir: string, settings: SettingsService): Promise<void> {
  settings.update({ bureau: { sealPath: null } });
  await fs.rm(sealFile(dataDir), { force: true });
}

/** Reads the configured seal, or null when none is set or the file has gone (the caller tells the user). */
export async function readSeal(settings: SettingsService): Promise<Uint8Array | null> {
  const p = settings.get().bureau.sealPath;
  if (!p) return null;
  try {
    return new Uint8Array(await fs.readFile(p));
  } catch {
    return null;
  }
}
