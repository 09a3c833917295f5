// Places measured grid lines onto pages of a fixed number of lines (22 for GB/T 9704). Pure.
import type { BlankFlow, FlowItem, LineSlice, TextFlow } from "./flow";

/** A line on a page: part of a text item, or an empty grid line. */
export type PlacedLine =
  | { readonly kind: "text"; readonly item: TextFlow; readonly slice: LineSlice; readonly index: number }
  | { readonly kind: "blank"; readonly item: BlankFlow };

/** One page: lines from the top of the 版心, and lines pinned to its bottom (版记). */
export interface PageLines {
  readonly lines: PlacedLine[];
  readonly bottom: PlacedLine[];
}

function linesOf(item: FlowItem, measured: ReadonlyMap<string, readonly LineSlice[]>): PlacedLine[] {
  if (item.kind === "blank") return Array.from({ length: item.lines }, () => ({ kind: "blank", item }) as const);
  const slices = measured.get(item.key) ?? [{ runs: item.runs, first: true, last: true }];
  return slices.map((slice, index) => ({ kind: "text", item, slice, index }));
}

/** Lines a keep-with-next item needs on its page: itself, every item it chains to, and the first lines after. */
function keptLines(
  flowing: readonly FlowItem[],
  idx: number,
  measured: ReadonlyMap<string, readonly LineSlice[]>,
): number {
  let need = 0;
  for (let j = idx; j < flowing.length; j += 1) {
    const item = flowing[j] as FlowItem;
    const n = linesOf(item, measured).length;
    const chained = j === idx || item.kind === "blank" || item.keepWithNext === true;
    if (!chained) return need + Math.min(n, item.widow === true ? 2 : 1);
    need += n;
  }
  return need;
}

/**
 * Fills pages line by line, with the export's rules as LibreOffice applies them: blank lines at the top of a page
 * after the first are dropped; a keep-with-next item is never split and moves to the next page, with what it
 * keeps, unless all of it fits; a widow-controlled item leaves at least two lines on each side of a page break;
 * other paragraphs split anywhere; pinned items (版记) go to the bottom of the last page, or of a new page when
 * they do not fit.
 */
export function paginate(
  items: readonly FlowItem[],
  measured: ReadonlyMap<string, readonly LineSlice[]>,
  linesPerPage: number,
): PageLines[] {
  const pages: PageLines[] = [{ lines: [], bottom: [] }];
  let page = pages[0] as PageLines;
  const newPage = (): void => {
    page = { lines: [], bottom: [] };
    pages.push(page);
  };
  const flowing = items.filter((i) => !i.pinBottom);
  const pinned = items.filter((i) => i.pinBottom);

  flowing.forEach((item, idx) => {
    const lines = linesOf(item, measured);
    if (item.kind === "text" && item.keepWithNext && page.lines.length > 0) {
      const need = keptLines(flowing, idx, measured);
      if (need <= linesPerPage && page.lines.length + need > linesPerPage) newPage();
    }
    const widow = item.kind === "text" && item.widow === true;
    if (widow && page.lines.length > 0) {
      const room = linesPerPage - page.lines.length;
      const n = lines.length;
      // Split only with two lines on each side: one line short of fitting gives one more line to the next page.
      if (n > room && (room < 2 || (n - room < 2 && room - 1 < 2))) newPage();
    }
    lines.forEach((line, li) => {
      const room = linesPerPage - page.lines.length;
      const widowBreak = widow && li > 0 && lines.length - li === 2 && room === 1;
      if (room <= 0 || widowBreak) newPage();
      if (line.kind === "blank" && page.lines.length === 0 && pages.length > 1) return;
      page.lines.push(line);
    });
  });
  const bottom = pinned.flatMap((i) => linesOf(i, measured));
  if (bottom.length > 0) {
    if (page.lines.length + bottom.length > linesPerPage) newPage();
    page.bottom.push(...bottom);
  }
  return pages;
}
