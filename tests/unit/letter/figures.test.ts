import { describe, expect, it } from "vitest";
import { AppError } from "../../../shared/api/errors";
import { buildLayout } from "../../../shared/letter/build-layout";
import { updateMeasure } from "../../../shared/letter/edit-ops";
import {
  addFigure,
  figureUsages,
  insertFigureRef,
  removeFigure,
  updateFigure,
} from "../../../shared/letter/figure-ops";
import { paragraphTexts, SETTINGS, smallDraft } from "./helpers";

const layoutTexts = (d: ReturnType<typeof smallDraft>): string =>
  paragraphTexts(buildLayout(d, SETTINGS, { sealed: false, isDraft: true })).join("\n");

describe("figures", () => {
  it("updates every place a figure is used when its value changes", () => {
    let d = smallDraft();
    d = updateMeasure(d, { section: 1, path: [0] }, { text: "今年再收集问题{{fig:f1}}。" });
    expect(layoutTexts(d).match(/633个/g)).toHaveLength(2);
    const changed = updateFigure(d, "f1", { value: "640", prefix: "近" });
    const text = layoutTexts(changed);
    expect(text).not.toContain("633");
    expect(text.match(/近640个/g)).toHaveLength(2);
  });

  it("adds figures with fresh ids and finds where they are used", () => {
    const d = smallDraft();
    const { draft, id } = addFigure(d, {
      label: "总投资",
      value: "25",
      unit: "亿元",
      prefix: "约",
      suffix: "",
      asOf: null,
      source: "",
    });
    expect(id).toBe("f3");
    expect(figureUsages(draft, id)).toEqual([]);
    expect(figureUsages(draft, "f2")).toEqual(["sections.0.measures.2.children.0.text"]);
    expect(() => updateFigure(d, "nope", { value: "1" })).toThrow(AppError);
  });

  it("refuses to remove a figure still referenced, naming where, and removes it once unreferenced", () => {
    const d = smallDraft();
    expect(() => removeFigure(d, "f2")).toThrow(/走访企业.*第一部分（一）1\..*不能删除/);
    const unreferenced = updateMeasure(d, { section: 0, path: [2, 0] }, { text: "走访150余家。" });
    const removed = removeFigure(unreferenced, "f2");
    expect(removed.figures.map((f) => f.id)).toEqual(["f1"]);
  });

  it("marks a reference to a missing figure visibly", () => {
    const d = smallDraft();
    const broken = { ...d, figures: d.figures.filter((f) => f.id !== "f1") };
    expect(layoutTexts(broken)).toContain("累计收集问题【数据缺失】");
  });

  it("inserts a reference at the caret without splitting another token", () => {
    expect(insertFigureRef("共走访企业。", 5, "f2")).toEqual({ text: "共走访企业{{fig:f2}}。", caret: 15 });
    expect(insertFigureRef("{{fig:f1}}个", 3, "f2")).toEqual({ text: "{{fig:f1}}{{fig:f2}}个", caret: 20 });
    expect(insertFigureRef("ab", 99, "f1").text).toBe("ab{{fig:f1}}");
  });
});
