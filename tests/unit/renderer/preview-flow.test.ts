// The preview's pure logic: layout blocks → flow items (flow.ts) and flow items → pages of 22 grid lines
// (paginate.ts). Line breaking itself (measure-lines.ts) needs a DOM and is checked in Chromium by
// tests/e2e/preview-geometry.spec.ts.
import { describe, expect, it } from "vitest";
import {
  ccText,
  layoutToFlow,
  signOffIndents,
  widthChars,
  type FlowItem,
  type LineSlice,
  type TextFlow,
} from "../../../renderer/src/features/preview/flow";
import { paginate } from "../../../renderer/src/features/preview/paginate";
import { tinyLayout } from "../export/helpers";

describe("flow: widths and the sign-off", () => {
  it("counts ASCII as half a character and everything else as one", () => {
    expect(widthChars("2024年5月28日")).toBe(2 + 1 + 0.5 + 1 + 1 + 1);
    expect(widthChars("")).toBe(0);
  });

  it("without a seal: 署名 右空二字, the date two characters in from the 署名's start", () => {
    // 8-character unit, 11-character date (2024年5月28日 is 4×½ + 1 + ½ + 1 + 1 + 1 = 6.5).
    expect(signOffIndents("某市科学技术局局长", "2024年5月28日", false)).toEqual({
      unitRight: 2,
      dateRight: 9 - 6.5,
      blankBefore: 1,
    });
    // A date wider than the unit: the date is 右空二字 and the unit moves left to keep the step.
    expect(signOffIndents("某局", "2024年12月28日", false)).toEqual({
      unitRight: 2 + 7 + 2 - 2,
      dateRight: 2,
      blankBefore: 1,
    });
  });

  it("with a seal: the date 右空四字, the 署名 centred over it, two blank lines before", () => {
    expect(signOffIndents("某市科学技术局", "2024年5月28日", true)).toEqual({
      unitRight: 4 + (6.5 - 7) / 2,
      dateRight: 4,
      blankBefore: 2,
    });
    expect(signOffIndents("某市科学技术局", "", true).unitRight).toBe(4);
  });

  it("writes the 抄送 line with full-width punctuation, dropping empty organs and trailing marks", () => {
    expect(ccText(["市人大常委会选联委。", " ", "市政府督查室，"])).toBe("抄送：市人大常委会选联委，市政府督查室。");
  });
});

describe("flow: layout blocks", () => {
  const items = layoutToFlow(tinyLayout());
  const texts = items.filter((i): i is TextFlow => i.kind === "text");

  it("keeps document order with unique keys", () => {
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
    expect(texts.map((t) => t.style)).toEqual([
      "mark",
      "title",
      "title",
      "salutation",
      "body",
      "h1",
      "h2",
      "h3",
      "h4",
      "sign",
      "sign",
      "note",
      "cc",
    ]);
  });

  it("styles each block as GB/T 9704 wants: 二号 centred title, indented body, h1 kept with next, 版记 at the bottom", () => {
    const title = texts.find((t) => t.style === "title");
    expect(title).toMatchObject({ align: "center", fontPt: 22 });
    expect(texts.find((t) => t.style === "body")).toMatchObject({ firstIndentChars: 2, fontPt: 16 });
    expect(texts.find((t) => t.style === "h1")?.keepWithNext).toBe(true);
    expect(texts.find((t) => t.style === "note")?.runs[0]?.text).toBe("（联系人：李某，联系电话：1234567）");
    const pinned = items.filter((i) => i.pinBottom).map((i) => i.kind);
    expect(pinned).toEqual(["blank", "text"]);
    expect(texts.find((t) => t.style === "cc")).toMatchObject({
      fontPt: 14,
      runs: [{ text: "抄送：市人大常委会选联委，市政府督查室。" }],
    });
  });
});

/** A text item of `n` measured lines. */
function para(key: string, n: number, extra: Partial<TextFlow> = {}): [TextFlow, LineSlice[]] {
  const item: TextFlow = {
    kind: "text",
    key,
    style: "body",
    runs: [{ text: key, font: "fangsong" }],
    fontPt: 16,
    source: key,
    align: "justify",
    firstIndentChars: 2,
    leftChars: 0,
    rightChars: 0,
    ...extra,
  };
  const slices = Array.from({ length: n }, (_, i) => ({ runs: item.runs, first: i === 0, last: i === n - 1 }));
  return [item, slices];
}

function pagesOf(list: readonly (FlowItem | [TextFlow, LineSlice[]])[], perPage = 22) {
  const measured = new Map<string, readonly LineSlice[]>();
  const items = list.map((x) => {
    if (Array.isArray(x)) {
      measured.set(x[0].key, x[1]);
      return x[0];
    }
    return x;
  });
  return paginate(items, measured, perPage).map((p) => ({
    lines: p.lines.map((l) => (l.kind === "text" ? `${l.item.key}${l.index}` : "_")),
    bottom: p.bottom.map((l) => (l.kind === "text" ? `${l.item.key}${l.index}` : "_")),
  }));
}

describe("paginate", () => {
  it("splits a paragraph between lines when the page is full", () => {
    expect(pagesOf([para("a", 3), para("b", 3)], 4)).toEqual([
      { lines: ["a0", "a1", "a2", "b0"], bottom: [] },
      { lines: ["b1", "b2"], bottom: [] },
    ]);
  });

  it("drops blank lines at the top of a later page, but not on the first page", () => {
    const blank: FlowItem = { kind: "blank", key: "x", lines: 2 };
    expect(pagesOf([blank, para("a", 2), blank, para("b", 1)], 4)).toEqual([
      { lines: ["_", "_", "a0", "a1"], bottom: [] },
      { lines: ["b0"], bottom: [] },
    ]);
  });

  it("moves a heading kept with the next paragraph to the next page instead of ending a page alone", () => {
    expect(pagesOf([para("a", 3), para("h", 1, { keepWithNext: true }), para("b", 2)], 4)).toEqual([
      { lines: ["a0", "a1", "a2"], bottom: [] },
      { lines: ["h0", "b0", "b1"], bottom: [] },
    ]);
  });

  it("pins the 版记 to the bottom of the last page, or of a new page when it does not fit", () => {
    const cc = para("c", 1, { pinBottom: true });
    expect(pagesOf([para("a", 2), cc], 4)).toEqual([{ lines: ["a0", "a1"], bottom: ["c0"] }]);
    expect(pagesOf([para("a", 4), cc], 4)).toEqual([
      { lines: ["a0", "a1", "a2", "a3"], bottom: [] },
      { lines: [], bottom: ["c0"] },
    ]);
  });

  it("an unmeasured item takes one line", () => {
    const [item] = para("u", 3);
    expect(paginate([item], new Map(), 22)[0]?.lines).toHaveLength(1);
  });
});
