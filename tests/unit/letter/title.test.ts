import { describe, expect, it } from "vitest";
import { breakTitleLines, generateTitle } from "../../../shared/letter/title";
import { smallDraft } from "./helpers";

const bureau = { fullName: "惠济区科技和工业信息化局" };

describe("generateTitle", () => {
  const record = smallDraft().record;

  it("builds the 主办 title for 提案 and 建议", () => {
    expect(generateTitle(record, bureau)).toBe(
      "惠济区科技和工业信息化局关于政协郑州市惠济区第十一届委员会第二次会议第45号提案的答复",
    );
    const suggestion = { ...record, channel: "建议" as const, session: "郑州市第十六届人民代表大会第二次会议" };
    expect(generateTitle(suggestion, bureau)).toBe(
      "惠济区科技和工业信息化局关于郑州市第十六届人民代表大会第二次会议第45号建议的答复",
    );
  });

  it("builds the 会办 title without the bureau name", () => {
    expect(generateTitle({ ...record, handling: "会办" }, bureau)).toBe(
      "关于政协郑州市惠济区第十一届委员会第二次会议第45号提案的会办意见",
    );
  });

  it("leaves out what the record does not have", () => {
    expect(generateTitle({ ...record, proposalNumber: null }, bureau)).toBe(
      "惠济区科技和工业信息化局关于政协郑州市惠济区第十一届委员会第二次会议提案的答复",
    );
    expect(generateTitle({ ...record, session: "", proposalNumber: null }, { fullName: "" })).toBe(
      "关于《关于产业强区的提案》的答复",
    );
    expect(generateTitle({ ...record, session: "", proposalNumber: null, proposalTitle: "" }, bureau)).toBe(
      "惠济区科技和工业信息化局关于提案的答复",
    );
    expect(generateTitle({ ...record, session: "" }, bureau)).toBe("惠济区科技和工业信息化局关于第45号提案的答复");
  });
});

describe("breakTitleLines", () => {
  it("keeps a short title on one line", () => {
    expect(breakTitleLines("关于第45号提案的答复")).toEqual(["关于第45号提案的答复"]);
  });

  it("breaks a long title at meaning boundaries into balanced lines", () => {
    const lines = breakTitleLines(
      "惠济区科技和工业信息化局关于政协郑州市惠济区第十一届委员会第二次会议第45号提案的答复",
    );
    expect(lines).toEqual([
      "惠济区科技和工业信息化局",
      "关于政协郑州市惠济区第十一届委员会",
      "第二次会议第45号提案的答复",
    ]);
  });

  it("never exceeds the width and never splits protected words", () => {
    const titles = [
      "关于政协郑州市惠济区第十一届委员会第二次会议第45号提案的会办意见",
      "郑州市惠济区人民政府办公室关于郑州市惠济区第十六届人民代表大会第三次会议第1024号建议的答复",
      "某某市某某区住房和城乡建设局关于市十五届人大一次会议第12号建议的答复",
    ];
    for (const t of titles) {
      const lines = breakTitleLines(t);
      expect(lines.join("")).toBe(t);
      for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(20);
      for (let i = 1; i < lines.length; i++) {
        const joint = `${lines[i - 1]!.slice(-1)}|${lines[i]!.slice(0, 1)}`;
        expect(["提|案", "建|议", "答|复", "会|议", "员|会", "关|于"]).not.toContain(joint);
        // a number is never cut
        expect(/\d\|\d/.test(joint)).toBe(false);
      }
    }
  });

  it("respects a narrower width", () => {
    const lines = breakTitleLines("关于政协郑州市惠济区第十一届委员会第二次会议第45号提案的答复", 12);
    expect(lines.every((l) => l.length <= 12)).toBe(true);
    expect(lines).toEqual(["关于政协郑州市惠济区", "第十一届委员会第二次会议", "第45号提案的答复"]);
  });
});
