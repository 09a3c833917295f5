import { describe, expect, it } from "vitest";
import { AppError } from "../../../shared/api/errors";
import { buildLayout } from "../../../shared/letter/build-layout";
import {
  addMeasure,
  addSection,
  demoteToRun,
  indentMeasure,
  moveMeasure,
  moveSection,
  outdentMeasure,
  promoteToSub,
  removeMeasure,
  removeSection,
  updateMeasure,
} from "../../../shared/letter/edit-ops";
import { Draft } from "../../../shared/model/draft";
import { paragraphTexts, SETTINGS, smallDraft } from "./helpers";

const texts = (d: Draft): string[] => paragraphTexts(buildLayout(d, SETTINGS, { sealed: false, isDraft: true }));
const headings = (d: Draft): string[] =>
  texts(d).filter((t) => /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)/.test(t));

describe("sections", () => {
  it("renumbers 一、二、 when sections move, are added or removed", () => {
    const d = smallDraft();
    expect(headings(d).filter((h) => h.includes("、"))).toEqual(["一、开展活动", "二、下步工作计划"]);
    const moved = moveSection(d, 1, 0);
    expect(headings(moved).filter((h) => /^.、/.test(h))).toEqual(["一、下步工作计划", "二、开展活动"]);
    const added = addSection(d, { heading: "支持集聚发展" });
    // a new section goes before the 下一步 section by default
    expect(added.letter.sections.map((s) => s.heading)).toEqual(["开展活动", "支持集聚发展", "下步工作计划"]);
    expect(added.letter.sections[1]?.id).toBe("s3");
    expect(texts(added)).toContain("三、下步工作计划");
    expect(texts(removeSection(added, 0))).toContain("一、支持集聚发展");
    expect(Draft.safeParse(added).success).toBe(true);
  });

  it("refuses an address that does not exist", () => {
    expect(() => removeSection(smallDraft(), 5)).toThrow(AppError);
    expect(() => moveSection(smallDraft(), 7, 0)).toThrow(/找不到/);
  });
});

describe("measures", () => {
  it("renumbers runs and subs when measures are reordered", () => {
    const d = smallDraft();
    // move 开展培训 (run) to the front: it joins the first run group and the old one disappears
    const moved = moveMeasure(d, { section: 0, path: [3] }, { section: 0, parent: [], index: 0 });
    expect(texts(moved)).toContain("一是开展培训。二是建立机制。三是累计收集问题633个。");
    expect(texts(moved)).not.toContain("一是开展培训。");
  });

  it("moves a measure across sections and renumbers both", () => {
    const d = smallDraft();
    const moved = moveMeasure(d, { section: 1, path: [0] }, { section: 0, parent: [], index: 0 });
    expect(texts(moved)).toContain("（一）持续帮扶。深入推进。");
    expect(texts(moved)).toContain("（二）加大帮扶。制定意见。");
    expect(moved.letter.sections[1]?.measures).toEqual([]);
  });

  it("adds and removes measures with fresh ids", () => {
    const d = addMeasure(smallDraft(), {
      section: 1,
      parent: [],
      style: "sub",
      heading: "加快园区建设",
      text: "推进建设。",
    });
    expect(d.letter.sections[1]?.measures[1]?.id).toBe("m7");
    expect(texts(d)).toContain("（二）加快园区建设。推进建设。");
    const removed = removeMeasure(d, { section: 1, path: [0] });
    expect(texts(removed)).toContain("（一）加快园区建设。推进建设。");
    const updated = updateMeasure(removed, { section: 1, path: [0] }, { text: "{{fig:f1}}已完成。" });
    expect(texts(updated)).toContain("（一）加快园区建设。633个已完成。");
  });

  it("promotes a run to a sub-section and demotes it back, renumbering around it", () => {
    const d = smallDraft();
    const promoted = promoteToSub(d, { section: 0, path: [1] });
    expect(promoted.letter.sections[0]?.measures[1]).toMatchObject({
      style: "sub",
      heading: "累计收集问题{{fig:f1}}",
      text: "",
    });
    expect(texts(promoted)).toEqual(
      expect.arrayContaining(["一是建立机制。", "（一）累计收集问题633个", "（二）加大帮扶。制定意见。"]),
    );
    const demoted = demoteToRun(d, { section: 0, path: [2] });
    expect(texts(demoted)).toContain("一是建立机制。二是累计收集问题633个。三是加大帮扶。制定意见。");
    // its child keeps its place under it, now as the only sub-section of that level
    expect(texts(demoted)).toContain("1.走访企业。走访150余家。");
    expect(demoteToRun(demoted, { section: 0, path: [2] })).toBe(demoted);
  });

  it("indents to 1. and （1） and outdents back, never deeper than level 4", () => {
    let d = smallDraft();
    d = addMeasure(d, { section: 0, parent: [2], style: "sub", heading: "举办宣讲", text: "" });
    expect(texts(d)).toContain("2.举办宣讲");
    d = indentMeasure(d, { section: 0, path: [2, 1] });
    expect(texts(d)).toContain("（1）举办宣讲");
    expect(() =>
      indentMeasure(addMeasure(d, { section: 0, parent: [2, 0], style: "sub", heading: "x" }), {
        section: 0,
        path: [2, 0, 1],
      }),
    ).toThrow(/最多四级/);
    expect(() => addMeasure(d, { section: 0, parent: [2, 0, 0], style: "sub" })).toThrow(/最多四级/);
    d = outdentMeasure(d, { section: 0, path: [2, 0, 0] });
    expect(texts(d)).toContain("2.举办宣讲");
    d = outdentMeasure(d, { section: 0, path: [2, 1] });
    expect(d.letter.sections[0]?.measures.map((m) => m.id)).toEqual(["m1", "m2", "m3", "m7", "m5"]);
    expect(headings(d)).toContain("（二）举办宣讲");
    expect(() => outdentMeasure(d, { section: 0, path: [0] })).toThrow(AppError);
    expect(() => indentMeasure(d, { section: 0, path: [0] })).toThrow(/无法缩进/);
  });

  it("refuses to move a measure into its own children", () => {
    expect(() => moveMeasure(smallDraft(), { section: 0, path: [2] }, { section: 0, parent: [2], index: 0 })).toThrow(
      /自己的下级/,
    );
  });

  it("leaves the original draft untouched", () => {
    const d = smallDraft();
    const before = JSON.stringify(d);
    indentMeasure(promoteToSub(moveSection(d, 0, 1), { section: 1, path: [0] }), { section: 1, path: [1] });
    expect(JSON.stringify(d)).toBe(before);
  });
});
