// The five real seed letters, field by field (DOMAIN.md §5).
import { describe, expect, it } from "vitest";
import { inspectView } from "../../../shared/import/inspect-view";
import { Draft, type Measure } from "../../../shared/model/draft";
import { figureText, resolveText } from "../../../shared/letter/variables";
import type { ImportResult } from "../../../shared/import/types";
import { parseSeed } from "./helpers";

function draftOf(r: ImportResult): Draft {
  expect(r.kind).toBe("reply");
  expect(r.draft).not.toBeNull();
  return Draft.parse(r.draft);
}

function figureTexts(d: Draft): string[] {
  return d.figures.map(figureText);
}

function allText(d: Draft): string {
  const ctx = { record: d.record, bureau: { fullName: "", shortName: "" }, figures: d.figures };
  const walk = (ms: readonly Measure[]): string[] =>
    ms.flatMap((m) => [m.heading, resolveText(m.text, ctx), ...walk(m.children)]);
  return [
    resolveText(d.letter.opening, ctx),
    ...d.letter.background.map((t) => resolveText(t, ctx)),
    ...d.letter.sections.flatMap((s) => [
      s.heading,
      ...s.paragraphs.map((t) => resolveText(t, ctx)),
      ...walk(s.measures),
    ]),
    ...d.letter.closing,
  ].join("\n");
}

describe("seed 000: table-form record, Traditional script with pinyin", () => {
  const r = parseSeed("000");
  const d = draftOf(r);
  it("records the cleaning steps (pinyin removed, Traditional → Simplified)", () => {
    const ids = r.cleaning.map((c) => c.id);
    expect(ids).toContain("pinyin");
    expect(ids).toContain("traditional");
    expect(r.cleaning.find((c) => c.id === "pinyin")?.examples[0]).toMatch(
      /^.\([a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜü]+\) → .$/u,
    );
    expect(r.source).not.toMatch(/[關發業議]/u);
    expect(r.source).not.toMatch(/\(biāo\)/u);
    expect(r.findings.some((f) => f.rule === "R28")).toBe(true);
  });
  it("reads the record table", () => {
    expect(d.record.proposers).toEqual(["崔巍"]);
    expect(d.record.proposalNumber).toBe(205);
    expect(d.record.proposalTitle).toBe("关于发展科技型中小企业的建议");
    expect(d.record.leadUnit).toBe("科技局");
    expect(d.record.coUnits).toEqual(["发改委", "商务局", "资规局"]);
    expect(r.extras).toContainEqual({ label: "答复日期", value: "2024-05-28" });
  });
  it("reads salutation, role and channel", () => {
    expect(d.letter.salutation).toBe("尊敬的崔巍委员：");
    expect(r.meta.role).toBe("委员");
    expect(d.record.channel).toBe("提案");
    expect(d.letter.opening).toMatch(/^我局会同.*做出如下答复：$/u);
  });
  it("splits inline headings and the 一是 run of section 三", () => {
    expect(d.letter.sections.map((s) => s.heading)).toEqual([
      "招新引优导向很明确",
      "主力平台用地有保障",
      "项目建设用地强聚焦",
      "科小培育工程再加强",
    ]);
    const s3 = d.letter.sections[2];
    expect(s3?.paragraphs[0]).toMatch(/^根据区政府的统一部署安排/u);
    expect(s3?.measures.map((m) => m.style)).toEqual(["run", "run"]);
    expect(s3?.measures[0]?.text).toMatch(/^积极向上争取用地指标。/u);
    expect(d.letter.sections[3]?.paragraphs).toHaveLength(2);
  });
  it("lifts areas and percentages into the figures table", () => {
    expect(figureTexts(d)).toEqual(
      expect.arrayContaining(["48.49平方公里", "5.99平方公里", "19.63平方公里", "44.92%"]),
    );
    expect(d.letter.sections[1]?.paragraphs[0]).toContain("{{fig:");
    expect(allText(d)).toContain("城镇开发边界48.49平方公里");
  });
  it("reads the sign-off", () => {
    expect(d.letter.signOff.unit).toBe("南通市通州区科学技术局");
    expect(d.letter.signOff.date).toBe("2024-05-28");
    expect(r.meta.dateText).toBe("2024年5月28日");
    expect(d.letter.title).toBeNull();
  });
});

describe("seed 001: a policy notice, not a reply", () => {
  const r = parseSeed("001");
  it("is refused with a Chinese reason naming what is missing", () => {
    expect(r.kind).toBe("not-a-letter");
    expect(r.draft).toBeNull();
    expect(r.reason).toMatch(/不是答复函/u);
    expect(r.reason).toContain("连政办发〔2021〕39号");
    expect(r.findings.at(-1)).toMatchObject({ rule: "R27", severity: "error" });
  });
  it("still removed the spam residue before deciding", () => {
    expect(r.source).not.toContain("www.ju111.net");
    expect(r.source).not.toContain("扫一扫");
  });
});

describe("seed 002: metadata block, two 一是 runs, no sign-off", () => {
  const r = parseSeed("002");
  const d = draftOf(r);
  it("reads record and title", () => {
    expect(d.record.leadUnit).toBe("科技局");
    expect(d.record.coUnits).toEqual(["经信局", "开发委", "自然资源和规划局", "金融办"]);
    expect(d.letter.title).toBe("诸暨市科技局关于政协诸暨市第十五届委员会第三次会议第74号提案的答复");
    expect(d.record.session).toBe("政协诸暨市第十五届委员会第三次会议");
    expect(d.record.proposalNumber).toBe(74);
    expect(d.record.channel).toBe("提案");
    expect(r.extras).toContainEqual({ label: "索引号", value: "2588418/2024-158396" });
    expect(r.extras).toContainEqual({ label: "公开日期", value: "2024-07-03" });
  });
  it("reads salutation, opening and closing", () => {
    expect(d.letter.salutation).toBe("郦炳委员：");
    expect(d.record.proposers).toEqual(["郦炳"]);
    expect(d.letter.opening).toMatch(/收悉.*现答复如下：$/u);
    expect(d.letter.closing).toEqual(["最后，再次衷心感谢您对诸暨科技企业发展的关心和支持。"]);
  });
  it("lifts figures, including money without 元", () => {
    const texts = figureTexts(d);
    expect(texts).toEqual(expect.arrayContaining(["2187家", "811.6万元", "近7000万", "300余家"]));
    const f = d.figures.find((x) => x.value === "811.6");
    expect(f).toMatchObject({ unit: "万元", prefix: "", suffix: "" });
  });
  it("has no 署名 or date and says so", () => {
    expect(d.letter.signOff.unit).toBeNull();
    expect(d.letter.signOff.date).toBeNull();
    expect(r.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["R08", "R09"]));
  });
  it("converts ASCII quotes to “”", () => {
    expect(allText(d)).toContain("“弹性年期出让”、“先租后让”");
  });
});

describe("seed 003: the cleanest structure", () => {
  const r = parseSeed("003");
  const d = draftOf(r);
  it("reads five sections, the last one as next steps", () => {
    expect(d.letter.sections).toHaveLength(5);
    expect(d.letter.sections[4]?.heading).toBe("下步工作计划");
    expect(d.letter.sections.map((s) => s.role)).toEqual(["measures", "measures", "measures", "measures", "nextSteps"]);
    expect(d.letter.sections[4]?.paragraphs[0]).toMatch(/^接下来我们将/u);
  });
  it("reads runs and （一） measures with inline headings", () => {
    expect(d.letter.sections[0]?.measures.map((m) => m.style)).toEqual(["run", "run", "run", "run"]);
    const s2 = d.letter.sections[1];
    expect(s2?.measures.map((m) => m.heading)).toEqual([
      "加大对辖区中小企业纾困帮扶力度",
      "深入走访企业，大力宣传各类惠企政策",
      "举办纾困解难政策宣讲活动",
      "加大中小企业培训服务力度",
    ]);
    expect(s2?.measures[0]?.text).toMatch(/^制定出台《关于进一步加大/u);
    expect(s2?.measures[0]?.text).toContain("惠政办〔2022〕4号");
  });
  it("joins the hard line break in mid-sentence", () => {
    expect(r.cleaning.find((c) => c.id === "line-join")?.count).toBe(1);
    expect(d.letter.sections[1]?.measures[1]?.text).toContain("等，提高企业政策知晓率");
  });
  it("lifts 187% and other figures", () => {
    expect(figureTexts(d)).toEqual(expect.arrayContaining(["187%", "150余家", "约280亩", "约25亿元"]));
  });
  it("reads salutation, closing and sign-off", () => {
    expect(d.letter.salutation).toBe("何昕委员：");
    expect(d.record.proposers).toEqual(["何昕"]);
    expect(d.letter.closing).toEqual(["再次感谢您对我区经济工作的关心和支持，欢迎今后多提宝贵意见。"]);
    expect(d.letter.signOff.unit).toBe("惠济区科技和工业信息化局");
    expect(d.letter.signOff.date).toBe("2023-05-15");
    expect(r.lowConfidence).toEqual([]);
  });
});

describe("seed 004: defects to flag", () => {
  const r = parseSeed("004");
  const d = draftOf(r);
  it("removes the breadcrumb and site footer", () => {
    expect(r.source).not.toMatch(/首页|扫一扫|返回顶部|政务新媒体|国务院部门网站/u);
    expect(r.cleaning.find((c) => c.id === "web-residue")?.count).toBeGreaterThanOrEqual(10);
  });
  it("reads the bare salutation 张华 with no role, flagged", () => {
    expect(d.letter.salutation).toBe("张华");
    expect(r.meta.role).toBeNull();
    expect(d.record.proposers).toEqual(["张华"]);
    expect(r.lowConfidence).toContain("letter.salutation");
    expect(r.findings.some((f) => f.rule === "R03")).toBe(true);
  });
  it("reads 第069号 as 69 and flags the zero padding and the doubled 政协", () => {
    expect(d.record.proposalNumber).toBe(69);
    expect(d.record.channel).toBe("提案");
    expect(r.findings.find((f) => f.rule === "R05")?.message).toContain("第069号");
    expect(r.findings.some((f) => f.rule === "R18")).toBe(true);
    expect(d.record.proposalTitle).toBe("关于加快创建国家级高新区的建议");
    expect(d.record.coUnits).toEqual(["区经济信息委", "工业园区管委会", "区招商投资局"]);
  });
  it("flags the collapsed date 2022720 with its only reading, low confidence", () => {
    expect(r.meta.dateText).toBe("2022720");
    expect(d.letter.signOff.date).toBe("2022-07-20");
    expect(r.lowConfidence).toContain("letter.signOff.date");
    const f = r.findings.find((x) => x.rule === "R08");
    expect(f?.severity).toBe("warning");
    expect(f?.message).toContain("2022年7月20日");
  });
  it("splits 一是…七是 even where 。 is missing", () => {
    expect(d.letter.sections[0]?.measures).toHaveLength(7);
    expect(d.letter.sections[0]?.measures[3]?.text).toMatch(/及时解决实际问题$/u);
    expect(r.findings.some((f) => f.rule === "R15")).toBe(true);
  });
  it("lifts money figures", () => {
    expect(figureTexts(d)).toEqual(expect.arrayContaining(["2800余万元", "1.45亿元", "2.6亿元"]));
    const f = d.figures.find((x) => x.value === "2800");
    expect(f).toMatchObject({ suffix: "余", unit: "万元" });
  });
  it("moves the 审签 sentence to 附注 and keeps the 回执 sentence as closing", () => {
    expect(d.letter.signOff.notes).toEqual(["此答复函已经区科技局主要领导审签"]);
    expect(d.letter.closing).toEqual(["对以上答复有什么意见，请填写在答复函回执单上，以便进一步改进工作。"]);
    expect(d.letter.signOff.unit).toBe("重庆市梁平区科学技术局");
  });
});

describe("inspect view of the seeds", () => {
  it("has exactly the documented keys", () => {
    for (const n of ["000", "001", "002", "003", "004"] as const) {
      expect(Object.keys(inspectView(parseSeed(n))).sort()).toEqual(
        [
          "kind",
          "handling",
          "channel",
          "proposers",
          "role",
          "proposalNumber",
          "session",
          "title",
          "categoryMark",
          "docNumber",
          "signer",
          "salutation",
          "sections",
          "figures",
          "signOff",
          "contact",
          "cc",
          "findings",
        ].sort(),
      );
    }
  });
  it("lists section levels and figures of seed 003", () => {
    const v = inspectView(parseSeed("003"));
    expect(v.sections.filter((s) => s.level === 1)).toHaveLength(5);
    expect(v.sections).toContainEqual({ level: 2, heading: "超额完成全年“专精特新”培育目标任务" });
    expect(v.figures).toContainEqual({ text: "187%", value: 187, unit: "%" });
    expect(v.signOff).toEqual({ unit: "惠济区科技和工业信息化局", date: "2023-05-15", dateText: "2023年5月15日" });
    expect(v.title).toBeNull();
    expect(v.session).toBeNull();
  });
});
