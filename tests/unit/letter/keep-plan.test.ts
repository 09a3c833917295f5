// Pagination rules as keep flags: headings keep with their next line, the 落款 keeps together and takes at least
// two lines of text with it, and no long paragraph is moved whole (LibreOffice never splits a kept paragraph).
import { describe, expect, it } from "vitest";
import { estimatedLines, keepPlan, MAX_KEPT_LINES } from "../../../shared/letter/keep-plan";
import type { LayoutBlock } from "../../../shared/letter/layout-types";

const src = { path: "t" };
const para = (text: string, role: "body" | "h1" | "h2" = "body"): LayoutBlock => ({
  kind: "paragraph",
  role,
  runs: [{ text, font: "fangsong" }],
  source: src,
});
const signOff: LayoutBlock = { kind: "signOff", unit: "某局", dateText: "2024年5月28日", sealed: false, source: src };
const note: LayoutBlock = { kind: "note", text: "联系人：李某", source: src };
const han = (n: number): string => "字".repeat(n);

describe("keepPlan", () => {
  it("estimates printed lines with the 2-character indent, 28 to a line", () => {
    expect(estimatedLines(para(han(26)), 28)).toBe(1);
    expect(estimatedLines(para(han(27)), 28)).toBe(2);
    expect(estimatedLines(para(han(54)), 28)).toBe(2);
    expect(estimatedLines(para(han(55)), 28)).toBe(3);
  });

  it("keeps one-line headings with the next line; a long heading-with-text paragraph only gets widow control", () => {
    const plan = keepPlan([para("一、基本情况", "h1"), para(han(200), "h2"), para(han(200)), signOff], 28);
    expect(plan[0]).toEqual({ keepNext: true, widow: true });
    expect(plan[1]).toEqual({ keepNext: false, widow: true });
  });

  it("the closing lines (two printed lines at least) keep with the 署名, the 署名 with the date and first 附注", () => {
    const blocks = [para(han(200)), para(han(40)), para("此复。"), signOff, note, note];
    const plan = keepPlan(blocks, 28);
    expect(plan.map((k) => k.keepNext)).toEqual([false, true, true, true, false, false]);
  });

  it("a paragraph longer than MAX_KEPT_LINES before the 落款 is not moved whole", () => {
    const long = para(han(28 * (MAX_KEPT_LINES + 1)));
    const plan = keepPlan([para(han(20)), long, signOff], 28);
    expect(plan[1]).toEqual({ keepNext: false, widow: true });
    expect(plan[0]).toEqual({ keepNext: false, widow: false });
  });
});
