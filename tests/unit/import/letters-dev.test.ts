// Ratchet on the development corpus: inspect/lint scores (through the CLI's code path) may only go up.
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreCorpus } from "./letters-dev-score";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/letters-dev");

/** The recorded floor: raise it when the parser improves, never lower it. */
interface Floor {
  readonly fields: number;
  readonly headings: number;
  readonly figures: number;
  readonly lintRecall: number;
  readonly falsePositives: number;
  readonly crashes: number;
}

describe("development corpus (25 labelled pages)", () => {
  it("scores at least the recorded floor", async () => {
    const floor = JSON.parse(await fs.readFile(path.join(ROOT, "..", "letters-dev-floor.json"), "utf8")) as Floor;
    const score = await scoreCorpus(ROOT);
    const misses = score.files.flatMap((f) => f.notes.map((n) => `${f.key} ${n}`));
    const summary = `fields ${score.fields} % · headings ${score.headings} % · figures ${score.figures} % · lint recall ${score.lintRecall} % · false positives ${score.falsePositives} · crashes ${score.crashes}\n${misses.join("\n")}`;
    expect(score.letters, summary).toBe(25);
    expect(score.crashes, summary).toBeLessThanOrEqual(floor.crashes);
    expect(score.fields, summary).toBeGreaterThanOrEqual(floor.fields);
    expect(score.headings, summary).toBeGreaterThanOrEqual(floor.headings);
    expect(score.figures, summary).toBeGreaterThanOrEqual(floor.figures);
    expect(score.lintRecall, summary).toBeGreaterThanOrEqual(floor.lintRecall);
    expect(score.falsePositives, summary).toBeLessThanOrEqual(floor.falsePositives);
  }, 120_000);
});
