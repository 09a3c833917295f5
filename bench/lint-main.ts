// Prints the lint benchmark: `node --import tsx bench/lint-main.ts`.
import { benchLint } from "./lint";

const r = benchLint();
for (const row of r.rows)
  process.stdout.write(`${row.name}：${row.value} ${row.unit}${row.target ? `（目标 ${row.target}）` : ""}\n`);
for (const n of r.notes) process.stdout.write(`${n}\n`);
process.stdout.write(r.ok ? "通过\n" : "未达标\n");
process.exitCode = r.ok ? 0 : 1;
