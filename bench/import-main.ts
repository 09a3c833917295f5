// Prints the import benchmark: `node --import tsx bench/import-main.ts`.
import { benchImport } from "./import";

const r = await benchImport();
for (const row of r.rows)
  process.stdout.write(`${row.name}：${row.value} ${row.unit}${row.target ? `（目标 ${row.target}）` : ""}\n`);
process.stdout.write(r.ok ? "通过\n" : "未达标\n");
process.exitCode = r.ok ? 0 : 1;
