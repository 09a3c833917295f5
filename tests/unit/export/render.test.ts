// Renders exported letters with LibreOffice and checks the printed page: 22 lines of ~29 pt, page numbers
// on the outer side, and a last page that is more than the sign-off. Needs soffice + pdftotext + Noto CJK.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, unzipSync, zipSync, strFromU8 } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { buildDocx } from "../../../electron/main/services/export/build-docx";
import type { LayoutBlock, LetterLayout } from "../../../shared/letter/layout-types";
import { makePng, sampleLayout } from "./helpers";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../..");
const work = mkdtempSync(path.join(os.tmpdir(), "replydesk-render-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * LibreOffice 7.4 cannot squeeze 16-pt Han characters into the 15.8-pt cells of the negative-charSpace
 * grid: it gives each character two cells (16 a line, measured). The line grid is what we check here, so
 * the render copy uses docGrid type "lines"; characters per line are asserted on the XML instead.
 */
function forLibreOffice(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const doc = strFromU8(files["word/document.xml"] ?? new Uint8Array());
  files["word/document.xml"] = strToU8(doc.replace('<w:docGrid w:type="linesAndChars"', '<w:docGrid w:type="lines"'));
  return zipSync(files);
}

interface Line {
  readonly page: number;
  readonly yMin: number;
  readonly xMin: number;
  readonly xMax: number;
  readonly text: string;
}

function render(name: string, docx: Uint8Array): Line[] {
  const file = path.join(work, `${name}.docx`);
  writeFileSync(file, forLibreOffice(docx));
  const profile = mkdtempSync(path.join(work, "profile-"));
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, file],
    { env: { ...process.env, FONTCONFIG_FILE: path.join(ROOT, "assets/fonts/fonts.conf") }, timeout: 100_000 },
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${String(r.stderr)}`);
  const pdf = path.join(work, `${name}.pdf`);
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  const lines: Line[] = [];
  html
    .split("<page ")
    .slice(1)
    .forEach((page, i) => {
      for (const m of page.matchAll(
        /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([\s\S]*?)<\/line>/g,
      )) {
        const text = [...(m[4] ?? "").matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join("");
        lines.push({ page: i + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text });
      }
    });
  if (name === "sample") {
    mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      "1",
      pdf,
      path.join(ROOT, "test-results", "export-sample-page"),
    ]);
  }
  return lines;
}

const PAGE_NUMBER = /^—(\d+)—$/;
const hasTools = ["soffice", "pdftotext", "pdftoppm"].every((t) => spawnSync("which", [t]).status === 0);

function longLayout(): LetterLayout {
  const base = sampleLayout({ sealed: true, isDraft: false });
  const extra: LayoutBlock[] = Array.from({ length: 12 }, (_, i) => ({
    kind: "paragraph",
    role: "body",
    runs: [
      {
        text: `补充说明第${i + 1}条：`.padEnd(120, "围绕中小微企业发展持续优化营商环境，落实惠企政策。"),
        font: "fangsong",
      },
    ],
    source: { path: `extra.${i}` },
  }));
  const at = base.blocks.findIndex((b) => b.kind === "signOff");
  return { ...base, blocks: [...base.blocks.slice(0, at), ...extra, ...base.blocks.slice(at)] };
}

function check(lines: readonly Line[]): void {
  const pages = Math.max(...lines.map((l) => l.page));
  const numbers = lines.filter((l) => PAGE_NUMBER.test(l.text));
  // Page numbers: odd on the right (空一字: ends ~14 pt inside the 版心's right edge), even on the left.
  const right = 595.3 - (26 / 25.4) * 72;
  const left = (28 / 25.4) * 72;
  for (const n of numbers) {
    const num = Number(PAGE_NUMBER.exec(n.text)?.[1]);
    expect(num).toBe(n.page);
    if (num % 2 === 1) expect(n.xMax).toBeCloseTo(right - 14, -1);
    else expect(n.xMin).toBeCloseTo(left + 14, -1);
  }
  expect(numbers.length).toBeGreaterThanOrEqual(pages - 1);
  // A full page has 22 body lines at ≈ 29 pt. Pages 2 … n−2 are full; page n−1 may be shorter because the
  // closing paragraph is kept with the sign-off.
  for (let p = 2; p < pages; p += 1) {
    const body = lines.filter((l) => l.page === p && !PAGE_NUMBER.test(l.text));
    const ys = [...new Set(body.map((l) => Math.round(l.yMin * 10) / 10))].sort((a, b) => a - b);
    if (p < pages - 1) expect(ys.length).toBe(22);
    else expect(ys.length).toBeLessThanOrEqual(22);
    const pitch = ((ys.at(-1) ?? 0) - (ys[0] ?? 0)) / (ys.length - 1);
    expect(pitch).toBeGreaterThan(28.5);
    expect(pitch).toBeLessThan(29.5);
  }
  // The last page holds more than the 署名, date, 附注 and 抄送.
  const last = lines.filter((l) => l.page === pages && !PAGE_NUMBER.test(l.text));
  const signOffIdx = last.findIndex((l) => /^惠济区科技和工业信息化局$/.test(l.text));
  expect(signOffIdx).toBeGreaterThan(0);
}

describe.skipIf(!hasTools)("rendered with LibreOffice", () => {
  it(
    "sample letter (信函格式): 22 lines a page, page numbers outside, sign-off not alone",
    { timeout: 120_000 },
    async () => {
      const docx = await buildDocx(sampleLayout({ sealed: false, isDraft: false }, { letterhead: true }));
      const lines = render("sample", docx);
      check(lines);
      // 信函格式: no number on page 1.
      expect(lines.some((l) => l.page === 1 && PAGE_NUMBER.test(l.text))).toBe(false);
      expect(readFileSync(path.join(ROOT, "test-results", "export-sample-page-1.png")).length).toBeGreaterThan(1000);
    },
  );

  it("long sealed letter (5+ pages): same checks, page 1 numbered", { timeout: 120_000 }, async () => {
    const docx = await buildDocx(longLayout(), { seal: makePng(200, 200) });
    const lines = render("long", docx);
    expect(Math.max(...lines.map((l) => l.page))).toBeGreaterThanOrEqual(4);
    check(lines);
    expect(lines.some((l) => l.page === 1 && l.text === "—1—")).toBe(true);
  });
});
