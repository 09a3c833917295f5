// `npm run bench [-- store export import lint]`: runs every benchmark present, prints a table,
// writes bench/results.json and fills the matching section of BENCHMARKS.md.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** One measured number. `ok` is set when the row has a target. */
export interface BenchRow {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
  readonly ok?: boolean;
}

/** What a benchmark module's bench<Area>() resolves to. */
export interface BenchResult {
  readonly area: string;
  readonly title: string;
  readonly rows: readonly BenchRow[];
  readonly notes: readonly string[];
}

/** The machine the numbers were taken on. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGb: number;
  readonly node: string;
  readonly platform: string;
  readonly loadAvg: string;
  readonly date: string;
}

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, "..");

/** The benchmark modules, their export, and their title (modules written by other areas may not exist yet). */
const AREAS = [
  { area: "store", file: "store.ts", fn: "benchStore", title: "文稿存储（规模）" },
  { area: "ui", file: "ui.ts", fn: "benchUi", title: "浏览器模式：10,000 份文稿的列表（Chromium）" },
  { area: "export", file: "export.ts", fn: "benchExport", title: "导出 .docx" },
  { area: "import", file: "import.ts", fn: "benchImport", title: "导入来函" },
  { area: "lint", file: "lint.ts", fn: "benchLint", title: "规范检查" },
  { area: "server", file: "server.ts", fn: "benchServer", title: "单位服务器（PostgreSQL）与本地文件存储并列" },
  { area: "handling", file: "handling.ts", fn: "benchHandling", title: "办理统计与年度总结（10,000 件）" },
] as const;

/** Facts about this machine, printed next to every number. */
export function machineInfo(now = new Date()): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? "未知",
    cores: cpus.length,
    ramGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAvg: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" / "),
    date: now.toISOString(),
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function toRow(v: unknown, fallbackName: string): BenchRow | null {
  if (typeof v === "number") return { name: fallbackName, value: v, unit: "" };
  if (!isRecord(v)) return null;
  const value = v["value"] ?? v["ms"] ?? v["median"];
  if (typeof value !== "number") return null;
  const name = typeof v["name"] === "string" ? v["name"] : fallbackName;
  const unit = typeof v["unit"] === "string" ? v["unit"] : "ms" in v || "median" in v ? "ms" : "";
  const target = typeof v["target"] === "string" ? v["target"] : undefined;
  const ok = typeof v["ok"] === "boolean" ? v["ok"] : undefined;
  return { name, value, unit, ...(target !== undefined ? { target } : {}), ...(ok !== undefined ? { ok } : {}) };
}

/** Accepts a BenchResult, or a list of rows, or a flat object of numbers (benches from other areas). */
export function normaliseResult(area: string, title: string, raw: unknown): BenchResult {
  const source = isRecord(raw) && Array.isArray(raw["rows"]) ? raw["rows"] : raw;
  const rows: BenchRow[] = [];
  if (Array.isArray(source)) {
    source.forEach((r, i) => {
      const row = toRow(r, `#${i + 1}`);
      if (row) rows.push(row);
    });
  } else if (isRecord(source)) {
    for (const [k, v] of Object.entries(source)) {
      const row = toRow(v, k);
      if (row) rows.push(row);
    }
  }
  const notes = isRecord(raw) && Array.isArray(raw["notes"]) ? raw["notes"].filter((n) => typeof n === "string") : [];
  const t = isRecord(raw) && typeof raw["title"] === "string" ? raw["title"] : title;
  return { area, title: t, rows, notes };
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** The markdown body of one area's section. */
export function sectionMarkdown(r: BenchResult, m: MachineInfo): string {
  const lines = [
    `测量时间 ${m.date.slice(0, 16).replace("T", " ")} UTC · ${m.cpu} · ${m.cores} 核 · 内存 ${m.ramGb} GB · Node ${m.node} · ${m.platform} · 负载 ${m.loadAvg}`,
    "",
    "| 项目 | 数值 | 目标 | 结果 |",
    "| --- | ---: | --- | --- |",
    ...r.rows.map(
      (row) =>
        `| ${row.name} | ${fmt(row.value)} ${row.unit} | ${row.target ?? ""} | ${row.ok === undefined ? "" : row.ok ? "达标" : "**未达标**"} |`,
    ),
  ];
  if (r.notes.length > 0) lines.push("", ...r.notes.map((n) => `- ${n}`));
  return lines.join("\n");
}

/** Replaces the text between `<!-- bench:AREA -->` and `<!-- /bench:AREA -->` (appends the section if absent). */
export function replaceSection(doc: string, area: string, title: string, body: string): string {
  const open = `<!-- bench:${area} -->`;
  const close = `<!-- /bench:${area} -->`;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  if (start >= 0 && end > start) return `${doc.slice(0, start + open.length)}\n${body}\n${doc.slice(end)}`;
  return `${doc.trimEnd()}\n\n## ${title}\n\n${open}\n${body}\n${close}\n`;
}

function printTable(r: BenchResult): void {
  process.stdout.write(`\n== ${r.title} (${r.area}) ==\n`);
  const width = Math.max(...r.rows.map((x) => x.name.length), 10);
  for (const row of r.rows) {
    const verdict = row.ok === undefined ? "" : row.ok ? "  ok" : "  MISSED";
    const target = row.target ? `  (目标 ${row.target})` : "";
    process.stdout.write(`${row.name.padEnd(width)}  ${fmt(row.value).padStart(10)} ${row.unit}${target}${verdict}\n`);
  }
  for (const n of r.notes) process.stdout.write(`  · ${n}\n`);
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const machine = machineInfo();
  const results: BenchResult[] = [];
  // Each area's own machine line: its start time and the load average at its start and end.
  const machines = new Map<string, MachineInfo>();
  const skipped: string[] = [];
  for (const a of AREAS) {
    if (wanted.length > 0 && !wanted.includes(a.area)) continue;
    const file = path.join(BENCH_DIR, a.file);
    if (!existsSync(file)) {
      skipped.push(`${a.area}：bench/${a.file} 尚不存在，已跳过`);
      continue;
    }
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    const fn = mod[a.fn];
    if (typeof fn !== "function") {
      skipped.push(`${a.area}：bench/${a.file} 没有导出 ${a.fn}()，已跳过`);
      continue;
    }
    process.stdout.write(`运行 ${a.area} …\n`);
    const before = machineInfo();
    const result = normaliseResult(a.area, a.title, await (fn as () => Promise<unknown>)());
    machines.set(a.area, { ...before, loadAvg: `开始 ${before.loadAvg}，结束 ${machineInfo().loadAvg}` });
    results.push(result);
    printTable(result);
  }
  for (const s of skipped) process.stdout.write(`（${s}）\n`);

  const jsonFile = path.join(BENCH_DIR, "results.json");
  const previous: unknown = existsSync(jsonFile) ? JSON.parse(await readFile(jsonFile, "utf8")) : {};
  const areas = isRecord(previous) && isRecord(previous["areas"]) ? { ...previous["areas"] } : {};
  for (const r of results) areas[r.area] = { machine: machines.get(r.area) ?? machine, ...r };
  await writeFile(jsonFile, `${JSON.stringify({ updated: machine.date, areas }, null, 2)}\n`);

  const mdFile = path.join(ROOT, "BENCHMARKS.md");
  let doc = existsSync(mdFile) ? await readFile(mdFile, "utf8") : "# 性能测量（BENCHMARKS）\n";
  for (const r of results)
    doc = replaceSection(doc, r.area, r.title, sectionMarkdown(r, machines.get(r.area) ?? machine));
  await writeFile(mdFile, doc);
  const missed = results.flatMap((r) => r.rows.filter((x) => x.ok === false).map((x) => `${r.area}: ${x.name}`));
  process.stdout.write(
    `\n已写入 bench/results.json 与 BENCHMARKS.md。${missed.length ? `未达标：${missed.join("；")}` : "全部目标达标。"}\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
