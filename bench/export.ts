// Export benchmark: cold build+write, warm median for the sample letter, 1,000-letter throughput, peak RSS.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { readFileSync } from "node:fs";
import { buildDocx } from "../electron/main/services/export/build-docx";
import { writeDocx } from "../electron/main/services/export/write-docx";
import { buildLayout } from "../shared/letter/build-layout";
import { Draft } from "../shared/model/draft";
import { DEFAULT_SETTINGS, type Settings } from "../shared/model/settings";

/** One benchmark's numbers (milliseconds, letters, megabytes). */
export interface ExportBenchResult {
  readonly coldBuildWriteMs: number;
  readonly warmMedianMs: number;
  readonly thousandLettersMs: number;
  readonly peakRssMb: number;
  readonly targets: { readonly warmMedianMs: number; readonly thousandLettersMs: number };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Runs the export benchmark in a temp folder (removed afterwards). */
export async function benchExport(): Promise<ExportBenchResult> {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  const draft = Draft.parse(JSON.parse(readFileSync(path.join(root, "assets/sample-letter.json"), "utf8")));
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    bureau: { ...DEFAULT_SETTINGS.bureau, fullName: draft.record.leadUnit },
  };
  const dir = mkdtempSync(path.join(os.tmpdir(), "replydesk-bench-export-"));
  let peak = process.memoryUsage().rss;
  try {
    const layout = buildLayout(draft, settings, { sealed: false, isDraft: false });
    const t0 = performance.now();
    await writeDocx(path.join(dir, "cold.docx"), await buildDocx(layout), { overwrite: false });
    const cold = performance.now() - t0;
    const warm: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const s = performance.now();
      await buildDocx(buildLayout(draft, settings, { sealed: false, isDraft: false }));
      warm.push(performance.now() - s);
    }
    const t1 = performance.now();
    for (let i = 0; i < 1000; i += 1) {
      const d = { ...draft, record: { ...draft.record, proposalNumber: i + 1 } };
      const bytes = await buildDocx(buildLayout(d, settings, { sealed: false, isDraft: false }));
      await writeDocx(path.join(dir, `${i}.docx`), bytes, { overwrite: false });
      if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    const thousand = performance.now() - t1;
    peak = Math.max(peak, process.memoryUsage().rss);
    return {
      coldBuildWriteMs: Math.round(cold * 10) / 10,
      warmMedianMs: Math.round(median(warm) * 100) / 100,
      thousandLettersMs: Math.round(thousand),
      peakRssMb: Math.round(peak / 1048576),
      targets: { warmMedianMs: 8, thousandLettersMs: 15_000 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
