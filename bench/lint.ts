// Benchmark: lint a ten-page letter (10 parts × 3 items, ~5,000 characters), warm (median of 50 runs in one process)
// and cold (the first run in a fresh process); the target is < 50 ms. A twenty-page letter shows how it scales.
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { lintDraft } from "../shared/lint";
import { buildLintView } from "../shared/lint/text-view";
import type { Draft, Measure, Section } from "../shared/model/draft";
import { blankDraft } from "../shared/model/factory";
import { DEFAULT_SETTINGS, type Settings } from "../shared/model/settings";

const TARGET_MS = 50;
const RUNS = 50;
const COLD_RUNS = 5;
const TODAY = "2024-06-20";

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  bureau: {
    ...DEFAULT_SETTINGS.bureau,
    fullName: "惠济区科学技术和工业信息化局",
    shortName: "惠济区科工信局",
    docCode: "惠科工函",
  },
};

const AREAS = Array.from("东西南北中", (a) => Array.from("甲乙丙丁戊己庚辛壬癸鼎泰", (n) => `${a}片区${n}园`)).flat();

// Realistic measure text: figures, quotes, 《》, 其中, a percentage against a target, a figure reference.
function measureText(s: number, m: number): string {
  return (
    `围绕“专精特新”培育目标，制定出台《关于加快第${s + 1}批中小企业发展的实施意见》，${AREAS[(s * 6 + m) % AREAS.length]}累计走访企业${150 + m}余家，` +
    `其中规上企业${40 + m}家，发放宣传材料1800余份，兑付奖补资金{{fig:f1}}，全年共新增15家企业，完成市定新增8家目标任务的187%。` +
    `同时强化要素保障，推动项目落地见效，切实为企业纾困解难，营造良好营商环境。`
  );
}

/** A letter of `sections` parts with `measures` items each (10 × 3 is about ten A4 pages, see estimatePages). */
export function benchLetter(sectionCount: number, measureCount: number): Draft {
  const d = blankDraft("bench", "2024-06-01T08:00:00+08:00", "提案");
  const last = sectionCount - 1;
  const sections: Section[] = Array.from({ length: sectionCount }, (_, s) => ({
    id: `s${s}`,
    heading: `坚持多措并举推进第${s + 1}项重点工作`,
    role: s === last ? "nextSteps" : "measures",
    paragraphs: [
      s === last
        ? "下一步，我们将在2024年底前完成以下工作："
        : "区委区政府高度重视此项工作，多次召开专题会议研究部署。",
    ],
    measures: Array.from({ length: measureCount }, (_, m): Measure => ({
      id: `m${s}-${m}`,
      style: m < Math.ceil(measureCount / 2) ? "run" : "sub",
      heading: m < Math.ceil(measureCount / 2) ? "" : `强化措施${m}`,
      text: measureText(s, m),
      children: [],
    })),
  }));
  return {
    ...d,
    record: {
      ...d.record,
      session: "政协惠济区第十五届委员会第二次会议",
      proposalNumber: 12,
      proposers: ["何昕"],
      proposalTitle: "关于产业强区推动高质量发展的提案",
      assignedDate: "2024-04-10",
      category: "B",
      disclosure: "主动公开",
      docNumber: "惠科工函〔2024〕12号",
      signer: "王强",
      signDate: "2024-06-15",
    },
    letter: {
      ...d.letter,
      opening:
        "您提出的《关于产业强区推动高质量发展的提案》（第12号）收悉。感谢您的关心和支持，经认真研究，现答复如下：",
      background: ["近年来，我区持续优化营商环境，推动中小企业高质量发展。"],
      sections,
      closing: ["再次感谢您对我们工作的关心和支持。", "专此答复。"],
      signOff: {
        ...d.letter.signOff,
        date: "2024-06-18",
        contactName: "李明",
        contactPhone: "0371-12345678",
        cc: ["政协提案委员会"],
      },
    },
    figures: [
      {
        id: "f1",
        label: "奖补资金",
        value: "811.6",
        unit: "万元",
        prefix: "",
        suffix: "",
        asOf: "2024-05-01",
        source: "",
      },
    ],
  };
}

/** The ten-page letter of the benchmark (and of bench/lint-cold.ts). */
export function tenPageLetter(): Draft {
  return benchLetter(10, 3);
}

/** Estimated A4 pages of a draft: lines of 28 characters (ASCII counts half), 22 lines a page, 2 lines of indent. */
export function estimatePages(draft: Draft): { chars: number; pages: number } {
  let chars = 0;
  let lines = 0;
  for (const f of buildLintView(draft, SETTINGS, false).fields) {
    const width = Array.from(f.text).reduce((w, c) => w + (c.charCodeAt(0) < 128 ? 0.5 : 1), 0);
    chars += Array.from(f.text).length;
    lines += Math.max(1, Math.ceil((width + 2) / 28));
  }
  return { chars, pages: Math.round((lines / 22) * 10) / 10 };
}

/** Lints a draft as the editor does (purpose "edit", a fixed today so runs are repeatable). */
export function lintOnce(draft: Draft): number {
  return lintDraft({ draft, settings: SETTINGS, today: TODAY }).length;
}

/** Result in the shape bench/run.ts prints. */
export interface LintBenchResult {
  readonly area: "lint";
  readonly title: string;
  readonly rows: readonly { name: string; value: number; unit: string; target?: string; ok?: boolean }[];
  readonly notes: readonly string[];
  readonly medianMs: number;
  readonly ok: boolean;
}

const round = (n: number): number => Math.round(n * 100) / 100;
const at = (sorted: readonly number[], q: number): number =>
  round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0);

/** Warm timings: a few warm-up runs, then RUNS runs in this process, sorted. */
function warmTimes(draft: Draft): number[] {
  for (let i = 0; i < 5; i++) lintOnce(draft);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    lintOnce(draft);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

/** Cold timings: the first lint in each of COLD_RUNS fresh Node processes (module loading measured apart). */
function coldRuns(): { first: number[]; load: number[] } {
  const script = fileURLToPath(new URL("./lint-cold.ts", import.meta.url));
  const first: number[] = [];
  const load: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const out = execFileSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8" });
    const r = JSON.parse(out.trim().split("\n").pop() ?? "{}") as { firstMs?: number; loadMs?: number };
    first.push(r.firstMs ?? Number.NaN);
    load.push(r.loadMs ?? Number.NaN);
  }
  return { first: first.sort((a, b) => a - b), load: load.sort((a, b) => a - b) };
}

/** Lints the ten-page letter warm (median, p95, worst) and cold, and a twenty-page letter warm for scale. */
export function benchLint(): LintBenchResult {
  const draft = tenPageLetter();
  const size = estimatePages(draft);
  const findings = lintOnce(draft);
  const warm = warmTimes(draft);
  const median = at(warm, 0.5);
  const big = benchLetter(20, 3);
  const bigSize = estimatePages(big);
  const bigMedian = at(warmTimes(big), 0.5);
  const cold = coldRuns();
  const coldMedian = at(cold.first, 0.5);
  const ok = median < TARGET_MS;
  const coldOk = coldMedian < TARGET_MS;
  return {
    area: "lint",
    title: "格式审查（规范检查）",
    rows: [
      { name: `${size.pages} 页答复函，热（中位数）`, value: median, unit: "ms", target: `< ${TARGET_MS} ms`, ok },
      { name: `${size.pages} 页答复函，热（p95）`, value: at(warm, 0.95), unit: "ms" },
      { name: `${size.pages} 页答复函，热（最慢）`, value: round(warm[warm.length - 1] ?? 0), unit: "ms" },
      {
        name: `${size.pages} 页答复函，冷（新进程首次，中位数）`,
        value: coldMedian,
        unit: "ms",
        target: `< ${TARGET_MS} ms`,
        ok: coldOk,
      },
      { name: "冷启动载入检查模块（tsx 即时编译，中位数）", value: at(cold.load, 0.5), unit: "ms" },
      { name: `${bigSize.pages} 页答复函，热（中位数）`, value: bigMedian, unit: "ms" },
    ],
    notes: [
      `文稿：${size.chars} 字（约 ${size.pages} 页 A4，每页 22 行 × 28 字估算），10 个部分 × 3 项，含“其中”、百分比、书名号、引号和一处数据引用；按编辑器的方式检查（全部 28 条规则；版面按需构建，现有规则都不读取版面，故不构建），发现 ${findings} 条问题。`,
      `热：同一进程内先预热 5 次，再连续 ${RUNS} 次取中位数；冷：${COLD_RUNS} 个新的 Node 进程中各自第一次检查的耗时（不含模块载入，载入另列）。`,
      `对照：${bigSize.chars} 字（约 ${bigSize.pages} 页）的答复函热中位数 ${bigMedian} ms。编辑器在 useDeferredValue 的延迟副本上检查，输入不等待检查。`,
    ],
    medianMs: median,
    ok: ok && coldOk,
  };
}
