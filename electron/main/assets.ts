// Locating the shipped assets/ folder from source (tsx, Vitest), from the bundle and from the asar.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Walks up from this module to the folder that holds package.json and returns its assets/ folder. */
export function findAssetsDir(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, "package.json")) && existsSync(path.join(dir, "assets"))) {
      return path.join(dir, "assets");
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("找不到 assets 文件夹（安装不完整？）");
    dir = parent;
  }
}
