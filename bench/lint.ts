// Benchmark: lint a 10-page letter (10 sections × 6 measures, ~6,500 characters) 50 times; the target median is < 50 ms.
import { performance } from "node:perf_hooks";
import { lintDraft } from "../shared/lint";
import type { Draft, Measure, Section } from "../shared/model/draft";
import { blankDraft } from "../shared/model/factory";
import { DEFAULT_SETTINGS, type Settings } from "../shared/model/settings";

const TARGET_MS = 50;
const RUNS = 50;

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

/** A letter of about ten A4 pages (22 lines × 28 characters a page). */
export function tenPageLetter(): Draft {
  const d = blankDraft("bench", "2024-06-01T08:00:00+08:00", "提案");
  const sections: Section[] = Array.from({ length: 10 }, (_, s) => ({
    id: `s${s}`,
    heading: `坚持多措并举推进第${s + 1}项重点工作`,
    role: s === 9 ? "nextSteps" : "measures",
    paragraphs: [
      s === 9 ? "下一步，我们将在2024年底前完成以下工作：" : "区委区政府高度重视此项工作，多次召开专题会议研究部署。",
    ],
    measures: Array.from({ length: 6 }, (_, m): Measure => ({
      id: `m${s}-${m}`,
      style: m < 3 ? "run" : "sub",
      heading: m < 3 ? "" : `强化措施${m}`,
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

/** Result in the shape bench/run.ts prints. */
export interface LintBenchResult {
  readonly area: "lint";
  readonly title: string;
  readonly rows: readonly { name: string; value: number; unit: string; target?: string; ok?: boolean }[];
  readonly notes: readonly string[];
  readonly medianMs: number;
  readonly ok: boolean;
}

/** Lints the ten-page letter RUNS times (after a warm-up) and reports the median and the worst run. */
export function benchLint(): LintBenchResult {
  const draft = tenPageLetter();
  const chars = JSON.stringify(draft.letter).length;
  for (let i = 0; i < 5; i++) lintDraft({ draft, settings: SETTINGS, today: "2024-06-20" });
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    findings = lintDraft({ draft, settings: SETTINGS, today: "2024-06-20" }).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = Math.round((times[Math.floor(RUNS / 2)] ?? 0) * 100) / 100;
  const worst = Math.round((times[RUNS - 1] ?? 0) * 100) / 100;
  const ok = median < TARGET_MS;
  return {
    area: "lint",
    title: "规范检查",
    rows: [
      { name: "10页答复函检查（中位数）", value: median, unit: "ms", target: `< ${TARGET_MS} ms`, ok },
      { name: "10页答复函检查（最慢）", value: worst, unit: "ms" },
    ],
    notes: [`${RUNS} 次，含版面构建；文稿约 ${chars} 字符（JSON），10 部分 × 6 项；发现 ${findings} 条问题。`],
    medianMs: median,
    ok,
  };
}
