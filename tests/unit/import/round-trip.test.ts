// Text-level round trip: parse → buildLayout → text equals the cleaned source in content and order.
import { describe, expect, it } from "vitest";
import { parseLetterText } from "../../../shared/import/parse-letter";
import { parseSeed } from "./helpers";
import { expectedLetterText, layoutLetterText, normalise } from "./round-trip-helpers";

describe("round trip through the letter layout", () => {
  for (const n of ["000", "002", "003", "004"] as const) {
    it(`seed ${n}: every character of the letter comes back, in order`, () => {
      const r = parseSeed(n);
      const got = normalise(layoutLetterText(r));
      const want = normalise(expectedLetterText(r));
      expect(got.length).toBeGreaterThan(500);
      expect(got).toBe(want);
    });
  }
  it("the 附注 that moved below the date is a sentence of the source", () => {
    const r = parseSeed("004");
    for (const note of r.draft?.letter.signOff.notes ?? []) expect(r.source).toContain(note);
  });
  it("the comparison fails when the importer drops a paragraph", () => {
    const r = parseSeed("003");
    if (!r.draft) throw new Error("no draft");
    const [, ...rest] = r.draft.letter.background;
    const broken = { ...r, draft: { ...r.draft, letter: { ...r.draft.letter, background: rest } } };
    expect(normalise(layoutLetterText(broken))).not.toBe(normalise(expectedLetterText(broken)));
  });
  it("keeps paragraphs it cannot place (text after measures) instead of dropping them", () => {
    const text = [
      "王五代表：",
      "你提出的第12号建议收悉，现答复如下：",
      "一、加强管理",
      "（一）完善制度。建立台账。",
      "另有一段无法归类的说明文字，也要保留。",
      "二、下一步工作",
      "继续做好工作。",
      "某某市交通运输局",
      "2024年3月1日",
    ].join("\n");
    const r = parseLetterText(text, { now: "2024-06-01T00:00:00.000Z", id: "t1" });
    expect(r.draft?.record.channel).toBe("建议");
    expect(r.draft?.record.proposalNumber).toBe(12);
    expect(r.draft?.letter.sections[1]?.role).toBe("nextSteps");
    expect(normalise(layoutLetterText(r))).toBe(normalise(expectedLetterText(r)));
  });
});
