// `npm test`: type check, lint, unit tests (Vitest) and end-to-end tests (Playwright in Chromium),
// then one plain totals line `N passed, N failed` summed from the runners' JSON reports (tests only; a failed
// check counts as one failure). `npm test -- --coverage` also measures unit-test coverage (coverage/).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reports = path.join(root, "test-results", "reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- e2e`
const want = (step) => only.length === 0 || only.includes(step);

let passed = 0;
let failed = 0;
let skipped = 0;

function step(name, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(npx, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return r.status === 0;
}

// A check (tsc, eslint, prettier) is not a test: passing adds nothing to the totals, failing counts as one failure.
let checksRan = false;
function check(name, args) {
  checksRan = true;
  if (!step(name, args)) {
    failed += 1;
    console.log(`✗ ${name} 未通过`);
  }
}

if (want("check")) {
  check("类型检查 tsc -b", ["tsc", "-b"]);
  check("代码规范 eslint --max-warnings 0", ["eslint", ".", "--max-warnings", "0"]);
  check("格式 prettier --check", ["prettier", "--check", ".", "--log-level", "warn"]);
}

if (want("unit")) {
  const out = path.join(reports, "vitest.json");
  const ok = step("单元测试 vitest", [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${out}`,
  ]);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, "utf8"));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    // Suites that failed to load count as failures even when they report no test.
    failed += r.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
  } else if (!ok) failed += 1;
}

if (want("e2e")) {
  const out = path.join(reports, "playwright.json");
  const ok = step("端到端测试 playwright", ["playwright", "test"], { PW_JSON_OUT: out });
  if (existsSync(out)) {
    const s = JSON.parse(readFileSync(out, "utf8")).stats;
    passed += s.expected + s.flaky;
    failed += s.unexpected;
    skipped += s.skipped;
    if (!ok && s.unexpected === 0) failed += 1; // e.g. global setup failed
  } else if (!ok) failed += 1;
}

const ranNothing = passed + failed === 0 && !checksRan;
// The totals line stands alone and exactly as CI reads it; skipped tests are reported on the line before.
if (skipped) console.log(`\n（跳过 ${skipped} 项，原因见上方输出）`);
if (ranNothing) console.log("\n没有执行任何测试，视为失败。");
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || ranNothing ? 1 : 0);
