// Breaks text flow items into grid lines by letting the browser lay them out in a hidden 版心-wide box and
// reading where each character lands. Results are cached per content, so typing re-measures one paragraph.
import type { LayoutRun, PageGeometry } from "../../../../shared/letter/layout-types";
import type { LineSlice, TextFlow } from "./flow";

export type { LineSlice } from "./flow";

/** CSS pixels per point (96 dpi). */
export const PX_PER_PT = 96 / 72;

/** Width of one character (字) of an item in points: the grid pitch for 三号 text, the font size otherwise. */
export function charUnitPt(item: Pick<TextFlow, "fontPt">, page: PageGeometry): number {
  return item.fontPt === page.bodyPt ? page.charPitchPt : item.fontPt;
}

/** Letter-spacing in points that puts 三号 characters on the 28-per-line grid (0 for other sizes). */
export function letterSpacingPt(item: Pick<TextFlow, "fontPt">, page: PageGeometry): number {
  return item.fontPt === page.bodyPt ? page.charPitchPt - page.bodyPt : 0;
}

/** Appends spans for runs (font role and figure classes) to an element; shared with nothing else on purpose. */
function fillRuns(el: HTMLElement, runs: readonly LayoutRun[]): void {
  for (const r of runs) {
    const span = document.createElement("span");
    span.className = `a4-f-${r.font}${r.bold ? " a4-bold" : ""}`;
    span.textContent = r.text;
    el.appendChild(span);
  }
}

let host: HTMLDivElement | null = null;
const cache = new Map<string, readonly LineSlice[]>();

function measureHost(page: PageGeometry): HTMLDivElement {
  if (host === null || !host.isConnected) {
    host = document.createElement("div");
    host.className = "a4-measure";
    host.setAttribute("aria-hidden", "true");
    document.body.appendChild(host);
  }
  // Half a point of slack so that a line of exactly 28 grid characters never wraps by rounding.
  host.style.width = `calc(${page.widthMm - page.marginLeftMm - page.marginRightMm}mm + 0.5pt)`;
  return host;
}

function cacheKey(item: TextFlow, page: PageGeometry): string {
  return JSON.stringify([
    item.style,
    item.runs,
    item.firstIndentChars,
    item.leftChars,
    item.rightChars,
    item.fontPt,
    page.charPitchPt,
  ]);
}

function paragraphElement(item: TextFlow, page: PageGeometry): HTMLParagraphElement {
  const unit = charUnitPt(item, page);
  const p = document.createElement("p");
  p.className = `a4-text a4-t-${item.style}`;
  p.style.marginLeft = `${item.leftChars * unit}pt`;
  p.style.marginRight = `${item.rightChars * unit}pt`;
  p.style.textIndent = `${item.firstIndentChars * unit}pt`;
  p.style.letterSpacing = `${letterSpacingPt(item, page)}pt`;
  fillRuns(p, item.runs);
  return p;
}

/** Reads the line index of every character, then cuts the runs at line changes. */
function readLines(p: HTMLParagraphElement, item: TextFlow, pitchPx: number): LineSlice[] {
  const range = document.createRange();
  const lineOf: number[][] = item.runs.map(() => []);
  let line = -1;
  let lastTop = Number.NEGATIVE_INFINITY;
  p.querySelectorAll("span").forEach((span, ri) => {
    const node = span.firstChild;
    const text = item.runs[ri]?.text ?? "";
    const lines = lineOf[ri];
    if (!node || !lines) return;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const len = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      range.setStart(node, i);
      range.setEnd(node, i + len);
      const rect = range.getBoundingClientRect();
      const isBreakable = rect.width > 0 || rect.height > 0;
      if (isBreakable && rect.top > lastTop + pitchPx / 2) {
        line++;
        lastTop = rect.top;
      }
      for (let k = 0; k < len; k++) lines.push(Math.max(0, line));
      i += len - 1;
    }
  });
  const count = Math.max(1, line + 1);
  const out: { runs: LayoutRun[] }[] = Array.from({ length: count }, () => ({ runs: [] }));
  item.runs.forEach((run, ri) => {
    const lines = lineOf[ri] ?? [];
    let start = 0;
    for (let i = 1; i <= run.text.length; i++) {
      if (i === run.text.length || lines[i] !== lines[start]) {
        const target = out[lines[start] ?? 0];
        if (target && i > start) target.runs.push({ ...run, text: run.text.slice(start, i) });
        start = i;
      }
    }
  });
  return out.map((l, i) => ({ runs: l.runs, first: i === 0, last: i === count - 1 }));
}

/** The grid lines of each text item (by key). Measures only items whose content changed since the last call. */
export function measureLines(items: readonly TextFlow[], page: PageGeometry): Map<string, readonly LineSlice[]> {
  const result = new Map<string, readonly LineSlice[]>();
  const todo: { item: TextFlow; key: string; p: HTMLParagraphElement }[] = [];
  const el = measureHost(page);
  for (const item of items) {
    const key = cacheKey(item, page);
    const hit = cache.get(key);
    if (hit) result.set(item.key, hit);
    else {
      const p = paragraphElement(item, page);
      el.appendChild(p);
      todo.push({ item, key, p });
    }
  }
  const pitchPx = page.linePitchPt * PX_PER_PT;
  for (const { item, key, p } of todo) {
    const lines = readLines(p, item, pitchPx);
    cache.set(key, lines);
    result.set(item.key, lines);
  }
  el.replaceChildren();
  if (cache.size > 5000) cache.clear();
  return result;
}

/** Forgets measured lines (after the web fonts finish loading, glyph widths may differ). */
export function clearLineCache(): void {
  cache.clear();
}
