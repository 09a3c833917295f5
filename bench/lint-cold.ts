// One cold sample for bench/lint.ts: load the linter in a fresh process, lint the ten-page letter once, print JSON.
import { performance } from "node:perf_hooks";

const t0 = performance.now();
const { lintOnce, tenPageLetter } = await import("./lint");
const draft = tenPageLetter();
const t1 = performance.now();
lintOnce(draft);
const t2 = performance.now();
process.stdout.write(`${JSON.stringify({ loadMs: t1 - t0, firstMs: t2 - t1 })}\n`);
