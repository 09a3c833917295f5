// Editor underline marks: moved along with typing done since the lint ran, and cut into segments for the underlay.
import { describe, expect, it } from "vitest";
import { segmentsOf, shiftMarks, type FieldMark } from "../../../renderer/src/features/lint/marks";
import { textAt } from "../../../renderer/src/features/lint/field-text";
import { cleanDraft } from "./helpers";

const mark = (start: number, end: number, severity: FieldMark["severity"] = "error", key = `${start}`): FieldMark => ({
  start,
  end,
  severity,
  key,
});

describe("shiftMarks", () => {
  const from = "收悉,现答复如下:";
  it("keeps marks before an edit and shifts marks after it", () => {
    const to = `经${from}`;
    expect(shiftMarks([mark(2, 3), mark(8, 9)], from, to)).toEqual([
      mark(3, 4, "error", "2"),
      mark(9, 10, "error", "8"),
    ]);
    const typedAtEnd = `${from}谢谢`;
    expect(shiftMarks([mark(2, 3)], from, typedAtEnd)).toEqual([mark(2, 3)]);
  });
  it("drops a mark whose text was edited (until the next lint run)", () => {
    expect(shiftMarks([mark(2, 3), mark(8, 9)], from, from.replace(",", "，"))).toEqual([mark(8, 9)]);
  });
  it("is the identity on unchanged text", () => {
    expect(shiftMarks([mark(0, 2)], from, from)).toEqual([mark(0, 2)]);
  });
});

describe("segmentsOf", () => {
  it("cuts the text, takes the worse severity where marks overlap, and flags the active one", () => {
    const segs = segmentsOf("甲乙丙丁", [mark(0, 2, "warning", "w"), mark(1, 3, "error", "e")], "e");
    expect(segs).toEqual([
      { text: "甲", severity: "warning", active: false },
      { text: "乙丙", severity: "error", active: true },
      { text: "丁", severity: null, active: false },
    ]);
  });
  it("shows a zero-width mark (missing punctuation) on the character before it", () => {
    expect(segmentsOf("问题五是", [mark(2, 2)], null)).toEqual([
      { text: "问", severity: null, active: false },
      { text: "题", severity: "error", active: false },
      { text: "五是", severity: null, active: false },
    ]);
    expect(segmentsOf("", [mark(0, 0)], null)).toEqual([{ text: "", severity: null, active: false }]);
  });
});

describe("textAt", () => {
  it("reads letter and record paths and gives '' for missing ones", () => {
    const d = cleanDraft();
    expect(textAt(d, "opening")).toBe(d.letter.opening);
    expect(textAt(d, "sections.0.measures.1.text")).toBe(d.letter.sections[0]?.measures[1]?.text);
    expect(textAt(d, "record.session")).toBe(d.record.session);
    expect(textAt(d, "sections.9.heading")).toBe("");
    expect(textAt(d, "signOff.date")).toBe(d.letter.signOff.date ?? "");
  });
});
