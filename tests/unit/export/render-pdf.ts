// Renders a .docx with LibreOffice (the project's fontconfig maps the official fonts to free ones with 1-em Han
// glyphs) and reads the PDF's line boxes with pdftotext -bbox-layout. The render tests REQUIRE the tools: CI
// installs them, and a missing tool fails the test instead of skipping it.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** One text line of the PDF, in points from the page's top-left corner. */
export interface Line {
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly words: number;
  readonly text: string;
}

/** A rendered letter. */
export interface Rendered {
  readonly pdf: string;
  readonly lines: readonly Line[];
  readonly pages: number;
}

/** Throws a clear error when soffice, pdftotext or pdftoppm is missing (render tests must not skip). */
export function requireRenderTools(): void {
  const missing = ["soffice", "pdftotext", "pdftoppm"].filter((t) => spawnSync("which", [t]).status !== 0);
  if (missing.length > 0) {
    throw new Error(
      `render tests need ${missing.join(", ")}: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai`,
    );
  }
}

/** Reads the line boxes of a PDF. */
export function pdfLines(pdf: string): { lines: Line[]; pages: number } {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
  const lines: Line[] = [];
  const pages = html.split("<page ").slice(1);
  pages.forEach((page, i) => {
    for (const m of page.matchAll(
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
    )) {
      const words = [...(m[5] ?? "").matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1] ?? "");
      lines.push({
        page: i + 1,
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        words: words.length,
        text: words.join(""),
      });
    }
  });
  return { lines, pages: pages.length };
}

/** Converts .docx files as they are with LibreOffice (one soffice run for all of them) into `outDir`. */
export function renderAll(docxFiles: readonly string[], outDir: string): Rendered[] {
  if (docxFiles.length === 0) return [];
  const profile = mkdtempSync(path.join(outDir, "profile-"));
  const r = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, ...docxFiles],
    {
      env: { ...process.env, FONTCONFIG_FILE: path.join(ROOT, "assets/fonts/fonts.conf") },
      timeout: 100_000 + 30_000 * docxFiles.length,
    },
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${String(r.stderr)}`);
  return docxFiles.map((docx) => {
    const pdf = path.join(outDir, `${path.basename(docx, ".docx")}.pdf`);
    return { pdf, ...pdfLines(pdf) };
  });
}

/** Converts one .docx. */
export function render(docx: string, outDir: string): Rendered {
  const [r] = renderAll([docx], outDir);
  if (!r) throw new Error("no render");
  return r;
}
