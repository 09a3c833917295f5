import { describe, expect, it } from "vitest";
import {
  chineseNumeral,
  headingLabel,
  runLabel,
  siblingLabels,
  startsWithOrdinal,
} from "../../../shared/letter/numbering";

describe("chineseNumeral", () => {
  it.each([
    [1, "一"],
    [9, "九"],
    [10, "十"],
    [11, "十一"],
    [20, "二十"],
    [21, "二十一"],
    [99, "九十九"],
    [100, "一百"],
    [101, "一百零一"],
    [110, "一百一十"],
    [1005, "一千零五"],
  ])("%i → %s", (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it("rejects negative and fractional numbers", () => {
    expect(() => chineseNumeral(-1)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe("labels", () => {
  it("gives the four heading levels and runs", () => {
    expect(([1, 2, 3, 4] as const).map((l) => headingLabel(l, 11))).toEqual(["十二、", "（十二）", "12.", "（12）"]);
    expect(runLabel(0)).toBe("一是");
    expect(runLabel(6)).toBe("七是");
  });

  it("counts subs among themselves and restarts runs after a sub", () => {
    const list = [{ style: "run" }, { style: "run" }, { style: "sub" }, { style: "run" }, { style: "sub" }] as const;
    expect(siblingLabels(list, 2)).toEqual(["一是", "二是", "（一）", "一是", "（二）"]);
    expect(siblingLabels(list, 3)).toEqual(["一是", "二是", "1.", "一是", "2."]);
  });

  it("recognises text that already starts with an ordinal", () => {
    expect(["一、概况", "（二）措施", "3.做法", "(4)细则", "五是加强"].map(startsWithOrdinal)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(startsWithOrdinal("近年来")).toBe(false);
  });
});
