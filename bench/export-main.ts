// Prints the export benchmark without touching BENCHMARKS.md: `node --import tsx bench/export-main.ts`.
import { benchExport } from "./export";

const r = await benchExport();
console.log(JSON.stringify(r, null, 2));
