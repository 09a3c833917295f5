// Cleaning steps one by one, and collapsed-date readings.
import { describe, expect, it } from "vitest";
import { cleanText } from "../../../shared/import/clean";
import { removePinyin } from "../../../shared/import/clean/pinyin";
import { fullWidthPunctuation } from "../../../shared/import/clean/punctuation";
import { joinBrokenLines } from "../../../shared/import/clean/spacing";
import { toSimplified } from "../../../shared/import/clean/traditional";
import { removeWebResidue } from "../../../shared/import/clean/web-residue";
import { readDate } from "../../../shared/import/dates";

describe("full-width punctuation", () => {
  it("converts marks next to Han characters and counts them", () => {
    const r = fullWidthPunctuation("郦炳委员:\n收悉,感谢!是否?好;");
    expect(r.text).toBe("郦炳委员：\n收悉，感谢！是否？好；");
    expect(r.step.count).toBe(5);
    expect(r.step.examples.length).toBeGreaterThan(0);
  });
  it("leaves ASCII-only text, decimals and times alone", () => {
    const r = fullWidthPunctuation("see http://x.org, 10:30 (a) 1,000");
    expect(r.text).toBe("see http://x.org, 10:30 (a) 1,000");
    expect(r.step.count).toBe(0);
  });
  it("converts brackets as pairs, including (PPP) and (2020-2035) in Chinese text", () => {
    expect(fullWidthPunctuation("合作(PPP)、规划(2020-2035)中").text).toBe("合作（PPP）、规划（2020-2035）中");
  });
  it("pairs straight quotes into “”", () => {
    expect(fullWidthPunctuation('通过"弹性年期出让"、"先租后让"等').text).toBe("通过“弹性年期出让”、“先租后让”等");
  });
});

describe("pinyin and script", () => {
  it("removes toned pinyin annotations only", () => {
    const r = removePinyin("標(biāo)題 合作(PPP) 字(abc)");
    expect(r.text).toBe("標題 合作(PPP) 字(abc)");
    expect(r.step.count).toBe(1);
    expect(r.step.examples).toEqual(["標(biāo) → 標"]);
  });
  it("converts Traditional text and leaves Simplified text untouched", () => {
    const t = toSimplified("關於發展科技型中小企業的建議，堅持項目跟著規劃走");
    expect(t.text).toBe("关于发展科技型中小企业的建议，坚持项目跟着规划走");
    expect(t.step.count).toBeGreaterThan(5);
    const s = toSimplified("关于发展科技型中小企业的建议");
    expect(s.step.count).toBe(0);
    expect(s.text).toBe("关于发展科技型中小企业的建议");
  });
});

describe("web residue", () => {
  it("drops breadcrumbs, 扫一扫, print links, footers and URLs", () => {
    const text = [
      "您当前的位置: 首页>专题专栏> 政协委员提案",
      "首页 > 政务公开 > 建议提案",
      "张三委员：",
      "正文第一段。",
      "www.ju111.net",
      "打印本页",
      "关闭窗口",
      "扫一扫在手机打开当前页",
      "版权所有：某某市人民政府办公室 苏ICP备12345678号",
    ].join("\n");
    const r = removeWebResidue(text);
    expect(r.text).toBe("张三委员：\n正文第一段。");
    expect(r.step.count).toBe(7);
  });
  it("drops site navigation only at the end of the page", () => {
    const r = removeWebResidue("其他网站\n正文。\n国务院部门网站\n返回主站");
    expect(r.text).toBe("其他网站\n正文。");
  });
});

describe("line joins", () => {
  it("joins a line broken after ， but not a heading or a finished sentence", () => {
    const r = joinBrokenLines("为企业发放《汇编》等，\n提高知晓率。\n一、标题\n正文");
    expect(r.text).toBe("为企业发放《汇编》等，提高知晓率。\n一、标题\n正文");
    expect(r.step.count).toBe(1);
  });
});

describe("collapsed dates", () => {
  it("guesses only when exactly one calendar reading exists", () => {
    expect(readDate("2022720")).toEqual({ iso: "2022-07-20", confidence: "guessed", candidates: ["2022-07-20"] });
    expect(readDate("20230915")).toMatchObject({ iso: "2023-09-15", confidence: "guessed" });
  });
  it("refuses to guess an ambiguous one and lists the candidates", () => {
    const r = readDate("2022111");
    expect(r.iso).toBeNull();
    expect(r.confidence).toBe("ambiguous");
    expect(r.candidates).toEqual(["2022-01-11", "2022-11-01"]);
  });
  it("reads written dates exactly and rejects impossible ones", () => {
    expect(readDate("2024年5月28日")).toMatchObject({ iso: "2024-05-28", confidence: "exact" });
    expect(readDate("2024-05-28")).toMatchObject({ iso: "2024-05-28", confidence: "exact" });
    expect(readDate("2023年2月29日").confidence).toBe("invalid");
  });
});

describe("cleanText pipeline", () => {
  it("reports only the steps that changed something, in order", () => {
    const r = cleanText('標(biāo)題: 關於"發展"\n扫一扫打开当前页');
    expect(r.steps.map((s) => s.id)).toEqual(["pinyin", "traditional", "web-residue", "punctuation", "spaces"]);
    expect(r.text).toBe("标题：关于“发展”");
  });
});
