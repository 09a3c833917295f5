// Benchmark: parse 200 letters (the four real seeds with variations); the target is under 5 seconds.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseLetterText } from "../shared/import/parse-letter";

const SEEDS = [
  "000_0cda9b59e5c00b81.txt",
  "002_9b028128a3bdbd9e.txt",
  "003_88f36dbf9b23b2d0.txt",
  "004_e4c908b9ddb99f14.txt",
];

/** Result of the import benchmark, in the shape bench/run.ts prints (area, title, rows, notes). */
export interface ImportBenchResult {
  readonly area: "import";
  readonly title: string;
  readonly rows: readonly { name: string; value: number; unit: string; target?: string; ok?: boolean }[];
  readonly notes: readonly string[];
  readonly totalMs: number;
  readonly ok: boolean;
}

// Variations so no two inputs are identical: a different proposal number and an extra figure.
function vary(text: string, i: number): string {
  return text.replace(/第(\d+)号/u, `第${i + 1}号`).replace(/近年来/u, `近年来（第${i}批${i * 3}家）`);
}

const TARGET_MS = 5000;

/** Parses 200 letters and reports the time. */
export function benchImport(count = 200): ImportBenchResult {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../tests/fixtures/letters");
  const texts = SEEDS.map((f) => readFileSync(path.join(dir, f), "utf8"));
  const inputs = Array.from({ length: count }, (_, i) => vary(texts[i % texts.length] ?? "", i));
  const start = performance.now();
  let replies = 0;
  inputs.forEach((t, i) => {
    if (parseLetterText(t, { now: "2024-06-01T00:00:00.000Z", id: `bench-${i}` }).kind === "reply") replies++;
  });
  const totalMs = performance.now() - start;
  if (replies !== count) throw new Error(`导入基准：${count} 份中只有 ${replies} 份识别为答复函`);
  const ok = totalMs < TARGET_MS;
  return {
    area: "import",
    title: "导入来函",
    rows: [
      {
        name: `解析 ${count} 份答复函（清理 + 结构识别 + 数据提取）`,
        value: Math.round(totalMs),
        unit: "ms",
        target: "< 5000 ms",
        ok,
      },
      { name: "每份平均", value: Math.round((totalMs / count) * 10) / 10, unit: "ms" },
    ],
    notes: [
      `输入为 4 份真实来函（000、002、003、004）轮流并加变化（编号、插入数据），同一进程内连续解析；繁体转简体词典在首份时加载。`,
    ],
    totalMs,
    ok,
  };
}
