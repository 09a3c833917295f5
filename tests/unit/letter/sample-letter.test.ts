import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildLayout } from "../../../shared/letter/build-layout";
import { figureUsages } from "../../../shared/letter/figure-ops";
import { Draft } from "../../../shared/model/draft";
import { paragraphTexts, SETTINGS } from "./helpers";

const raw: unknown = JSON.parse(readFileSync(new URL("../../../assets/sample-letter.json", import.meta.url), "utf8"));

describe("assets/sample-letter.json", () => {
  const parsed = Draft.safeParse(raw);

  it("is a valid Draft", () => {
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.success).toBe(true);
  });

  it("lays out as the 何昕 letter of seed 003 with its five sections", () => {
    const draft = Draft.parse(raw);
    const layout = buildLayout(draft, SETTINGS, { sealed: true, isDraft: false });
    const texts = paragraphTexts(layout);
    expect(layout.blocks.find((b) => b.kind === "salutation")).toMatchObject({ text: "何昕委员：" });
    expect(layout.blocks.find((b) => b.kind === "categoryMark")).toMatchObject({ text: "A" });
    expect(texts.filter((t) => /^[一二三四五]、/.test(t))).toEqual([
      "一、坚持多措并举，深入开展“万人助万企”活动",
      "二、坚持政策引导，加大企业纾困帮扶力度",
      "三、坚持梯度培育，鼓励中小企业走“专精特新”发展之路",
      "四、支持企业集聚发展，谋划建设小微企业园",
      "五、下步工作计划",
    ]);
    const all = texts.join("\n");
    for (const s of [
      "累计收集问题633个",
      "今年已收集问题227个",
      "走访企业150余家",
      "发放宣传材料1800余份",
      "创新型中小企业42家",
      "目标任务的187%",
      "占地面积约280亩",
      "计划总投资约25亿元",
    ]) {
      expect(all).toContain(s);
    }
    expect(all).not.toContain("{{");
    expect(all).not.toContain("【");
    expect(texts.find((t) => t.startsWith("一是建立健全工作机制"))).toMatch(/。二是自“万人助万企”.*。三是.*。四是/);
    expect(layout.blocks.find((b) => b.kind === "signOff")).toMatchObject({
      unit: "惠济区科技和工业信息化局",
      dateText: "2023年5月15日",
    });
    expect(layout.blocks.some((b) => b.kind === "note" && b.text.startsWith("联系人："))).toBe(true);
    expect(layout.blocks.find((b) => b.kind === "cc")).toMatchObject({
      organs: ["政协郑州市惠济区委员会提案委员会", "惠济区人民政府督查室"],
    });
  });

  it("references every figure of its table from the text", () => {
    const draft = Draft.parse(raw);
    expect(draft.figures.length).toBeGreaterThanOrEqual(6);
    for (const f of draft.figures) expect(figureUsages(draft, f.id), f.id).not.toEqual([]);
  });
});
