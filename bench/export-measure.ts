// Child process of the export benchmark, so "cold" means a fresh Node process.
// Usage: node --import tsx bench/export-measure.ts <outDir> [--cold]   → one JSON line on stdout.
//   --cold: module load + the first letter (layout, build, pack, write) only.
//   default: also warm build+pack of seed 003, the docx-Packer reference, and 1,000 letters through
//   exportDraftToFile (validate, lay out, build, pack, atomic write), with the process's peak RSS.
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

/** Median and 95th percentile of a sample, in ms. */
export interface Stats {
  readonly median: number;
  readonly p95: number;
  readonly n: number;
}

function round(ms: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(ms * f) / f;
}

/** Median / p95 of a list of durations. */
export function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))] ?? Number.NaN;
  const mid = s.length % 2 === 1 ? at(0.5) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
  return { median: round(mid, 3), p95: round(at(0.95), 3), n: s.length };
}

/** What the child reports. */
export interface ExportMeasure {
  readonly moduleLoadMs: number;
  /** First letter in the process: layout + build (incl. packing the template) + pack, then the write. */
  readonly coldBuildMs: number;
  readonly coldWriteMs: number;
  /** CPU time of the first letter (the cores may be shared). */
  readonly coldBuildCpuMs: number;
  readonly docxBytes: number;
  readonly warm?: Stats;
  /** CPU time (user + system) per warm letter: what the letter costs when other processes share the cores. */
  readonly warmCpuMs?: number;
  readonly warmWithWrite?: Stats;
  readonly packerWarm?: Stats;
  readonly thousandMs?: number;
  readonly thousandCpuMs?: number;
  readonly thousandFailed?: number;
  readonly peakRssMb: number;
}

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function main(): Promise<void> {
  const outDir = process.argv[2];
  if (!outDir) throw new Error("usage: export-measure.ts <outDir> [--cold]");
  const coldOnly = process.argv.includes("--cold");

  const t0 = performance.now();
  const { buildDocx } = await import("../electron/main/services/export/build-docx");
  const { buildDocxWithPacker } = await import("../electron/main/services/export/build-docx-packer");
  const { exportDraftToFile } = await import("../electron/main/services/export/export-draft");
  const { writeDocx } = await import("../electron/main/services/export/write-docx");
  const { buildLayout } = await import("../shared/letter/build-layout");
  const { Draft } = await import("../shared/model/draft");
  const { DEFAULT_SETTINGS } = await import("../shared/model/settings");
  const moduleLoadMs = performance.now() - t0;

  // Seed 003 as shipped (assets/sample-letter.json), formal and unsealed: the letter the targets are about.
  const draft = Draft.parse(JSON.parse(readFileSync(path.join(REPO, "assets/sample-letter.json"), "utf8")));
  const settings = {
    ...DEFAULT_SETTINGS,
    bureau: { ...DEFAULT_SETTINGS.bureau, fullName: draft.record.leadUnit, docCode: "惠科工函" },
  };
  const opts = { sealed: false, isDraft: false };
  // With the record part, as exportDraftToFile builds it.
  const letter = async (): Promise<Uint8Array> => buildDocx(buildLayout(draft, settings, opts), { record: draft });

  const c0 = performance.now();
  const cc0 = process.cpuUsage();
  const first = await letter();
  const cc1 = process.cpuUsage(cc0);
  const coldBuildMs = performance.now() - c0;
  const w0 = performance.now();
  await writeDocx(path.join(outDir, "cold.docx"), first, { overwrite: true });
  const coldWriteMs = performance.now() - w0;
  const base = {
    moduleLoadMs: round(moduleLoadMs, 1),
    coldBuildMs: round(coldBuildMs, 2),
    coldBuildCpuMs: round((cc1.user + cc1.system) / 1000, 1),
  };
  if (coldOnly) {
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const report: ExportMeasure = { ...base, coldWriteMs: round(coldWriteMs), docxBytes: first.length, peakRssMb };
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }

  const sample = async (n: number, fn: () => Promise<unknown>): Promise<Stats> => {
    for (let i = 0; i < 20; i += 1) await fn();
    const xs: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const s = performance.now();
      await fn();
      xs.push(performance.now() - s);
    }
    return stats(xs);
  };
  const warm = await sample(300, letter);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < 300; i += 1) await letter();
  const cpu1 = process.cpuUsage(cpu0);
  const warmCpuMs = (cpu1.user + cpu1.system) / 1000 / 300;
  let k = 0;
  const warmWithWrite = await sample(100, async () => {
    k += 1;
    await writeDocx(path.join(outDir, `warm-${k}.docx`), await letter(), { overwrite: true });
  });
  const packerWarm = await sample(30, async () => buildDocxWithPacker(buildLayout(draft, settings, opts)));

  // 1,000 different letters, one after the other, as `replydesk export --all` writes them.
  const drafts = Array.from({ length: 1000 }, (_, i) => ({
    ...draft,
    id: `bench-${i}`,
    record: {
      ...draft.record,
      proposalNumber: i + 1,
      proposers: [`委员${i + 1}`],
      docNumber: `惠科工函〔2023〕${i + 1}号`,
    },
  }));
  let failed = 0;
  const m0 = performance.now();
  const mc0 = process.cpuUsage();
  for (const [i, d] of drafts.entries()) {
    try {
      await exportDraftToFile({
        draft: d,
        settings,
        targetPath: path.join(outDir, `letter-${i}.docx`),
        formal: true,
        sealPng: null,
        sealAllowed: false,
        overwrite: false,
      });
    } catch {
      failed += 1;
    }
  }
  const thousandMs = performance.now() - m0;
  const mc1 = process.cpuUsage(mc0);
  const report: ExportMeasure = {
    ...base,
    coldWriteMs: round(coldWriteMs),
    docxBytes: first.length,
    warm,
    warmCpuMs: round(warmCpuMs, 3),
    warmWithWrite,
    packerWarm,
    thousandMs: Math.round(thousandMs),
    thousandCpuMs: Math.round((mc1.user + mc1.system) / 1000),
    thousandFailed: failed,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
