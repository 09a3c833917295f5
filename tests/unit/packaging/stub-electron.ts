// A stand-in Electron distribution for packaging tests: electron-builder copies it and flips its fuses,
// so the file carries the fuse sentinel and a wire of 9 fuses, all "inherit" ('0'…) as in real builds.
import { chmod, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** The sentinel @electron/fuses searches for in the Electron binary. */
export const FUSE_SENTINEL = "dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX";
/** Fuse wire length in Electron 45. */
export const FUSE_COUNT = 9;

/** Writes a stub `electron` executable with a fuse wire into `dir`. */
export async function writeStubElectronDist(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const wire = Buffer.concat([
    Buffer.from("#!/bin/sh\necho stub electron\nexit 0\n"),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, FUSE_COUNT]),
    Buffer.from("1".repeat(FUSE_COUNT)),
    Buffer.from("\n"),
  ]);
  const exe = path.join(dir, "electron");
  await writeFile(exe, wire);
  await chmod(exe, 0o755);
  await writeFile(path.join(dir, "version"), "45.3.4");
  return exe;
}

/** Reads the fuse states ('0' off, '1' on, 'r' removed) written after the sentinel. */
export function readFuses(binary: Buffer): string {
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  const count = binary[at + 1] ?? 0;
  return binary.subarray(at + 2, at + 2 + count).toString("latin1");
}
