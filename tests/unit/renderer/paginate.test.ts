// The preview paginates with the export's rules: kept headings and the kept 落款 move whole, widow control
// leaves two lines on each side, and layoutToFlow takes its keep flags from the shared keep plan.
import { describe, expect, it } from "vitest";
import {
  layoutToFlow,
  type FlowItem,
  type LineSlice,
  type TextFlow,
} from "../../../renderer/src/features/preview/flow";
import { paginate, type PageLines } from "../../../renderer/src/features/preview/paginate";
import { sampleLayout } from "../export/helpers";

function text(key: string, opts: Partial<TextFlow> = {}): TextFlow {
  return {
    kind: "text",
    key,
    style: "body",
    runs: [{ text: key, font: "fangsong" }],
    align: "justify",
    firstIndentChars: 2,
    leftChars: 0,
    rightChars: 0,
    fontPt: 16,
    source: key,
    ...opts,
  };
}

function measuredOf(lines: Record<string, number>): Map<string, LineSlice[]> {
  return new Map(
    Object.entries(lines).map(([k, n]) => [
      k,
      Array.from({ length: n }, (_, i) => ({ runs: [], first: i === 0, last: i === n - 1 })),
    ]),
  );
}

/** Which item keys each page holds, with the number of their lines there. */
function shape(pages: readonly PageLines[]): string[][] {
  return pages.map((p) => {
    const counts = new Map<string, number>();
    for (const l of p.lines) counts.set(l.item.key, (counts.get(l.item.key) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k}×${n}`);
  });
}

describe("paginate with the export's rules", () => {
  it("a heading line that would end a page moves to the next page with the line after it", () => {
    const items: FlowItem[] = [text("a"), text("h", { keepWithNext: true, widow: true }), text("b")];
    const pages = paginate(items, measuredOf({ a: 21, h: 1, b: 5 }), 22);
    expect(shape(pages)).toEqual([["a×21"], ["h×1", "b×5"]]);
  });

  it("widow control: never one line alone at the bottom or at the top of a page", () => {
    const orphan = paginate([text("a"), text("w", { widow: true })], measuredOf({ a: 21, w: 6 }), 22);
    expect(shape(orphan)).toEqual([["a×21"], ["w×6"]]);
    const widow = paginate([text("a"), text("w", { widow: true })], measuredOf({ a: 17, w: 6 }), 22);
    expect(shape(widow)).toEqual([["a×17", "w×4"], ["w×2"]]);
    const plain = paginate([text("a"), text("p")], measuredOf({ a: 17, p: 6 }), 22);
    expect(shape(plain)).toEqual([["a×17", "p×5"], ["p×1"]]);
  });

  it("the 落款 keeps together with the closing lines it keeps; nothing more moves", () => {
    const items: FlowItem[] = [
      text("body"),
      text("closing", { keepWithNext: true, widow: true }),
      { kind: "blank", key: "gap", lines: 1 },
      text("unit", { keepWithNext: true }),
      text("date"),
    ];
    const pages = paginate(items, measuredOf({ body: 19, closing: 2, unit: 1, date: 1 }), 22);
    expect(shape(pages)).toEqual([["body×19"], ["closing×2", "gap×1", "unit×1", "date×1"]]);
  });

  it("the sample's flow carries the keep plan: one-line headings and the 落款 chain keep with next", () => {
    const flow = layoutToFlow(sampleLayout({ sealed: false, isDraft: false }));
    const texts = flow.filter((i): i is TextFlow => i.kind === "text");
    const h1 = texts.filter((t) => t.style === "h1");
    expect(h1.length).toBeGreaterThan(0);
    expect(h1.every((t) => t.keepWithNext === true && t.widow === true)).toBe(true);
    const unitAt = texts.findIndex((t) => t.key.endsWith(":unit"));
    expect(texts[unitAt]?.keepWithNext).toBe(true);
    expect(texts[unitAt - 1]?.keepWithNext).toBe(true);
    expect(texts.filter((t) => t.style === "body" && t.keepWithNext).length).toBeLessThanOrEqual(2);
  });
});
