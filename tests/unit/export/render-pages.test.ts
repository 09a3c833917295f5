// Pagination of real exports: the sample, the seed letters and twelve generated letters are exported, converted
// with LibreOffice in one run, and read back from the PDF (page-rules.ts). LibreOffice and pdftotext are required.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDraftToFile } from "../../../electron/main/services/export/export-draft";
import { buildLayout } from "../../../shared/letter/build-layout";
import { Draft } from "../../../shared/model/draft";
import { parseSeed } from "../import/helpers";
import { generatedLetters, type LetterCase } from "./generated-letters";
import { makePng, sampleDraft, sampleSettings } from "./helpers";
import { factsOf, paginationProblems } from "./page-rules";
import { renderAll, requireRenderTools, type Rendered } from "./render-pdf";

const work = mkdtempSync(path.join(os.tmpdir(), "replydesk-pages-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cases(): LetterCase[] {
  const seeds = (["000", "002", "003", "004"] as const).map((n) => {
    const draft = parseSeed(n).draft;
    if (!draft) throw new Error(`seed ${n} did not parse`);
    return { name: `seed-${n}`, draft: Draft.parse(draft), letterhead: n === "003", sealed: n === "000" };
  });
  return [
    { name: "sample", draft: sampleDraft(), letterhead: true, sealed: false },
    { name: "sample-sealed", draft: sampleDraft(), letterhead: false, sealed: true },
    ...seeds,
    ...generatedLetters(),
  ];
}

const all = cases();
const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  requireRenderTools();
  mkdirSync(work, { recursive: true });
  const files: string[] = [];
  for (const c of all) {
    const file = path.join(work, `${c.name}.docx`);
    await exportDraftToFile({
      draft: c.draft,
      settings: sampleSettings({ letterhead: c.letterhead }),
      targetPath: file,
      formal: true,
      sealPng: c.sealed ? makePng(240, 240) : null,
      sealAllowed: c.sealed,
      overwrite: false,
    });
    files.push(file);
  }
  renderAll(files, work).forEach((r, i) => rendered.set(all[i]?.name ?? "", r));
}, 600_000);

describe("pagination of rendered letters (LibreOffice → PDF)", () => {
  it("covers short and long letters, with and without 附件, 抄送, 附注, seal and letterhead", () => {
    const gen = generatedLetters();
    expect(gen.length).toBeGreaterThanOrEqual(10);
    const pages = gen.map((c) => rendered.get(c.name)?.pages ?? 0);
    expect(Math.min(...pages)).toBe(1);
    expect(Math.max(...pages)).toBeGreaterThanOrEqual(5);
    for (const key of ["attachments", "cc", "contactName"] as const) {
      expect(
        gen.some((c) => c.draft.letter.signOff[key].length > 0),
        key,
      ).toBe(true);
      expect(
        gen.some((c) => c.draft.letter.signOff[key].length === 0),
        key,
      ).toBe(true);
    }
    expect(new Set(gen.map((c) => `${c.sealed}/${c.letterhead}`)).size).toBe(4);
  });

  it.each(all.map((c) => [c.name, c] as const))(
    "%s: pages filled, no heading ends a page, the 落款 not alone, the 版记 at the foot",
    (_name, c) => {
      const r = rendered.get(c.name);
      if (!r) throw new Error("not rendered");
      const layout = buildLayout(c.draft, sampleSettings({ letterhead: c.letterhead }), {
        sealed: c.sealed,
        isDraft: false,
      });
      expect(paginationProblems(r, factsOf(layout))).toEqual([]);
    },
  );
});
