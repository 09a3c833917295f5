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

/**
 * Fills pages line by line: paragraphs split anywhere between lines; blank lines at the top of a page after
 * the first are dropped; an item marked keepWithNext moves to the next page rather than end a page alone;
 * pinned items (版记) go to the bottom of the last page, or of a new page when they do not fit.
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
      const next = flowing.slice(idx + 1).find((n) => n.kind === "text");
      const need = lines.length + (next ? 1 : 0);
      if (need <= linesPerPage && page.lines.length + need > linesPerPage) newPage();
    }
    for (const line of lines) {
      if (page.lines.length >= linesPerPage) newPage();
      if (line.kind === "blank" && page.lines.length === 0 && pages.length > 1) continue;
      page.lines.push(line);
    }
  });

  const bottom = pinned.flatMap((i) => linesOf(i, measured));
  if (bottom.length > 0) {
    if (page.lines.length + bottom.length > linesPerPage) newPage();
    page.bottom.push(...bottom);
  }
  return pages;
}
