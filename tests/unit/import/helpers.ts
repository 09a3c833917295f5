// Shared helpers for the import tests: fixture loading and a fixed clock.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseLetterText } from "../../../shared/import/parse-letter";
import type { ImportResult } from "../../../shared/import/types";

/** Folder of the real seed letters. */
export const LETTERS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/letters");

/** Seed file names by number. */
export const SEEDS = {
  "000": "000_0cda9b59e5c00b81.txt",
  "001": "001_c108f0c56bb48804.txt",
  "002": "002_9b028128a3bdbd9e.txt",
  "003": "003_88f36dbf9b23b2d0.txt",
  "004": "004_e4c908b9ddb99f14.txt",
} as const;

/** Raw text of a seed letter. */
export function seedText(n: keyof typeof SEEDS): string {
  return readFileSync(path.join(LETTERS_DIR, SEEDS[n]), "utf8");
}

/** Parses a seed with a fixed clock and id. */
export function parseSeed(n: keyof typeof SEEDS): ImportResult {
  return parseLetterText(seedText(n), { now: "2024-06-01T08:00:00.000Z", id: `seed-${n}` });
}
