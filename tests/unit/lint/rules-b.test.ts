// R10–R19: each rule on letters that must trigger it and near-misses that must not.
import { describe, expect, it } from "vitest";
import { applyFix } from "../../../shared/lint";
import type { Draft } from "../../../shared/model/draft";
import {
  cleanDraft,
  findingsOf,
  run,
  section,
  SETTINGS,
  sub,
  withFirstRun,
  withLetter,
  withParagraph,
  withRecord,
} from "./helpers";

/** A letter whose whole body is the given sections (opening and closing kept). */
function withSections(d: Draft, sections: Draft["letter"]["sections"]): Draft {
  return withLetter(d, { sections, background: [] });
}

describe("R10 category mark", () => {
  it("errors without a mark on a 主办 reply, not on a 会办 opinion; a hint on imported text", () => {
    const d = withRecord(cleanDraft(), { category: null });
    expect(findingsOf("R10", d).map((f) => f.severity)).toEqual(["error"]);
    expect(findingsOf("R10", d, { imported: true }).map((f) => f.severity)).toEqual(["hint"]);
    expect(findingsOf("R10", withRecord(d, { handling: "会办" }))).toEqual([]);
  });
  it("errors on D under a three-class scheme", () => {
    const abc = { ...SETTINGS, bureau: { ...SETTINGS.bureau, categoryScheme: "ABC" as const } };
    expect(findingsOf("R10", withRecord(cleanDraft(), { category: "D" }), { settings: abc })).toHaveLength(1);
    expect(findingsOf("R10", withRecord(cleanDraft(), { category: "D" }))).toHaveLength(1); // no reason clause
  });
  it("warns on A with only plans, C without a reason, B without a timeline", () => {
    const plansOnly = withSections(cleanDraft(), [
      section("下一步打算", [run("我们将积极争取上级支持，拟研究制定扶持政策。")]),
    ]);
    expect(findingsOf("R10", withRecord(plansOnly, { category: "A" }))).toHaveLength(1);
    expect(findingsOf("R10", withRecord(plansOnly, { category: "C" }))).toHaveLength(1);
    const noTime = withSections(cleanDraft(), [section("工作情况", [run("我们将积极争取上级支持。")])]);
    expect(findingsOf("R10", withRecord(noTime, { category: "B" }))).toHaveLength(1);
  });
  it("accepts C with a reason and A with completed facts", () => {
    const withReason = withParagraph(cleanDraft(), "因用地指标受上级规划限制，暂不具备建设条件。");
    expect(findingsOf("R10", withRecord(withReason, { category: "C" }))).toEqual([]);
    expect(findingsOf("R10", withRecord(cleanDraft(), { category: "A" }))).toEqual([]);
  });
});

describe("R11 公开属性", () => {
  it("errors when not chosen", () => {
    expect(findingsOf("R11", withRecord(cleanDraft(), { disclosure: null }))).toHaveLength(1);
  });
  it("errors on a mobile number in a published body, warns on a staff mobile in the 附注", () => {
    expect(findingsOf("R11", withParagraph(cleanDraft(), "如有疑问请联系13912345678。"))[0]?.severity).toBe("error");
    const staff = withLetter(cleanDraft(), {
      signOff: { ...cleanDraft().letter.signOff, contactPhone: "13912345678" },
    });
    expect(findingsOf("R11", staff)[0]?.severity).toBe("warning");
  });
  it("accepts office numbers, and mobiles when the letter is not published", () => {
    expect(findingsOf("R11", withParagraph(cleanDraft(), "咨询电话0371-12345678。"))).toEqual([]);
    const priv = withRecord(withParagraph(cleanDraft(), "请联系13912345678。"), { disclosure: "不予公开" });
    expect(findingsOf("R11", priv)).toEqual([]);
  });
});

describe("R12 full-width punctuation", () => {
  it("errors on each half-width mark next to Chinese, with a fix", () => {
    const d = withFirstRun(cleanDraft(), "建立工作机制,形成合力;成效明显(见附件)。");
    const fs = findingsOf("R12", d);
    expect(fs.map((f) => f.fix?.edits[0]?.replacement)).toEqual(["，", "；", "（", "）"]);
    let fixed = d;
    for (const f of [...fs].reverse()) fixed = applyFix(fixed, f.fix!);
    expect(fixed.letter.sections[0]?.measures[0]?.text).toBe("建立工作机制，形成合力；成效明显（见附件）。");
  });
  it("turns ASCII quotes into “” pairs", () => {
    const [f] = findingsOf("R12", withFirstRun(cleanDraft(), '推行"一站式"服务。')).slice(0, 1);
    expect(f?.fix?.edits[0]?.replacement).toBe("“");
  });
  it("gives one auto-fix hint per paragraph on imported text", () => {
    const fs = findingsOf("R12", withFirstRun(cleanDraft(), "建立机制,形成合力,成效明显。"), { imported: true });
    expect(fs).toHaveLength(1);
    expect(fs[0]?.severity).toBe("hint");
    expect(fs[0]?.fix?.edits).toHaveLength(2);
  });
  it("leaves times, decimals, English and phone numbers alone", () => {
    const d = withParagraph(cleanDraft(), "会议于10:30召开，增长3.5%，采用AI (artificial intelligence) 技术。");
    expect(findingsOf("R12", d)).toEqual([]);
  });
});

describe("R13 paired marks", () => {
  it("errors on an unclosed quote, a stray 》 and crossed marks", () => {
    for (const t of ["推行“一站式服务。", "出台实施意见》。", "《关于“加快》发展”的意见》。"]) {
      expect(findingsOf("R13", withFirstRun(cleanDraft(), t))).toHaveLength(1);
    }
  });
  it("accepts nested and mixed-width brackets", () => {
    expect(
      findingsOf("R13", withFirstRun(cleanDraft(), "出台《关于“专精特新”的意见》（惠政办〔2022〕4号）。")),
    ).toEqual([]);
    expect(findingsOf("R13", withFirstRun(cleanDraft(), "高新区(金新街道）48平方公里。"))).toEqual([]);
  });
});

describe("R14 heading numbering", () => {
  it("warns on a hand-typed label the layout also prints, with a fix", () => {
    const d = withSections(cleanDraft(), [section("一、坚持多措并举", [run("建立工作机制。")])]);
    const [f] = findingsOf("R14", d);
    expect(applyFix(d, f!.fix!).letter.sections[0]?.heading).toBe("坚持多措并举");
  });
  it("warns on 1、 and a gap in manual paragraph numbering, and on a heading ending in 。", () => {
    const d = withLetter(cleanDraft(), { background: ["1.建立机制。", "2、完善制度。", "4.加强督办。"] });
    expect(findingsOf("R14", d).map((f) => f.message)).toEqual([
      expect.stringContaining("“2.”"),
      expect.stringContaining("不连续"),
    ]);
    const stop = withSections(cleanDraft(), [section("坚持多措并举。", [run("建立工作机制。")])]);
    expect(findingsOf("R14", stop)).toHaveLength(1);
  });
  it("warns when a level is skipped", () => {
    const d = withLetter(cleanDraft(), { background: ["一、总体情况", "1.建立机制。"] });
    expect(findingsOf("R14", d).some((f) => f.message.includes("层级跳过"))).toBe(true);
  });
  it("accepts consecutive manual numbering and decimals at the start", () => {
    const d = withLetter(cleanDraft(), {
      background: ["（一）建立机制。", "1.明确分工。", "2.压实责任。", "（二）完善制度。"],
    });
    expect(findingsOf("R14", d)).toEqual([]);
    expect(findingsOf("R14", withParagraph(cleanDraft(), "1.5亿元资金已拨付到位。"))).toEqual([]);
  });
});

describe("R15 一是…二是 runs", () => {
  it("warns on a missing 。 before 五是 (seed 004) and on a skipped ordinal", () => {
    const d = withParagraph(
      cleanDraft(),
      "一是建立机制。二是完善制度。四是完善服务专员工作制度，及时解决实际问题五是建立专班。",
    );
    const fs = findingsOf("R15", d);
    expect(fs.map((f) => f.message)).toEqual([
      expect.stringContaining("缺少“三是”"),
      expect.stringContaining("“五是”前"),
    ]);
    expect(applyFix(d, fs[1]!.fix!).letter.background[1]).toContain("问题。五是");
  });
  it("warns when a structured run item does not end with 。 or ；", () => {
    const d = withFirstRun(cleanDraft(), "建立健全工作机制");
    const [f] = findingsOf("R15", d);
    expect(applyFix(d, f!.fix!).letter.sections[0]?.measures[0]?.text).toBe("建立健全工作机制。");
  });
  it("accepts runs closed with ；, 统一是 and a single 一是", () => {
    const d = withParagraph(cleanDraft(), "标准统一是前提。一是建立机制；二是完善制度；三是加强督办。");
    expect(findingsOf("R15", d)).toEqual([]);
  });
});

describe("R16 figures and units", () => {
  it("warns on money without 元 (近7000万), with a fix in a money context", () => {
    const d = withFirstRun(cleanDraft(), "共计补助科技专项811.6万元，带动研发投入近7000万。");
    const [f] = findingsOf("R16", d);
    expect(applyFix(d, f!.fix!).letter.sections[0]?.measures[0]?.text).toContain("近7000万元。");
  });
  it("accepts 万元, 万人, 余万元, 万平方米 and 亿元", () => {
    const d = withFirstRun(cleanDraft(), "兑付资金2800余万元，服务群众10万人，建成厂房15万平方米，贷款2.6亿元。");
    expect(findingsOf("R16", d)).toEqual([]);
  });
  it("warns on year ranges with a hyphen and number ranges with a hyphen", () => {
    const fs = findingsOf("R16", withFirstRun(cleanDraft(), "编制2020-2035年规划，集中发展1-2个特色产业。"));
    expect(fs.map((f) => f.fix?.edits[0]?.replacement)).toEqual(["2020—2035", "1～2"]);
  });
  it("warns when a percentage does not match its numbers, accepts truncation (15 of 8 → 187%)", () => {
    expect(findingsOf("R16", cleanDraft())).toEqual([]);
    const wrong = withFirstRun(cleanDraft(), "全年共新增15家企业，完成市定新增8家目标任务的150%。");
    expect(findingsOf("R16", wrong)[0]?.message).toContain("187.5%");
    const rounded = withFirstRun(cleanDraft(), "全年共新增15家企业，完成市定新增8家目标任务的188%。");
    expect(findingsOf("R16", rounded)).toEqual([]);
  });
  it("warns when a 其中 part exceeds its total, and when one quantity is stated twice differently", () => {
    const parts = withFirstRun(cleanDraft(), "累计受理诉求633件，其中已答复700件。");
    expect(findingsOf("R16", parts)).toHaveLength(1);
    const twice = withParagraph(cleanDraft(), "全区认定创新型中小企业42家。截至目前，全区认定创新型中小企业45家。");
    expect(findingsOf("R16", twice)).toHaveLength(1);
  });
  it("flags a stale figure (asOf older than the limit) where it is used, and a missing figure", () => {
    const base = withFirstRun(cleanDraft(), "累计兑付资金{{fig:f1}}。");
    const fig = {
      id: "f1",
      label: "兑付资金",
      value: "811.6",
      unit: "万元",
      prefix: "",
      suffix: "",
      asOf: "2022-01-01",
      source: "",
    };
    const stale = { ...base, figures: [fig] };
    const [f] = findingsOf("R16", stale);
    expect(f?.location).toEqual({ path: "sections.0.measures.0.text", start: 6, end: 16 });
    expect(findingsOf("R16", stale, { staleFigureDays: 2000 })).toEqual([]);
    expect(findingsOf("R16", base)[0]?.severity).toBe("error");
  });
});

describe("R17 顿号 between paired marks", () => {
  it("warns on 》、《 and ”、“ with a fix", () => {
    const d = withFirstRun(cleanDraft(), "出台《甲办法》、《乙办法》，开展“双倍增”、“双提升”行动。");
    const fs = findingsOf("R17", d);
    expect(fs).toHaveLength(2);
    expect(applyFix(d, fs[0]!.fix!).letter.sections[0]?.measures[0]?.text).toContain("《甲办法》《乙办法》");
  });
  it("accepts adjacent titles and a 顿号 between ordinary words", () => {
    expect(findingsOf("R17", withFirstRun(cleanDraft(), "发放《甲汇编》《乙汇编》、宣传册等材料。"))).toEqual([]);
  });
  it("accepts a comma between quotations (only the 顿号 is wrong there)", () => {
    expect(findingsOf("R17", withFirstRun(cleanDraft(), "他说“要抓紧”，“要抓实”，《甲》，《乙》。"))).toEqual([]);
  });
  it("quotes the offending pair and its corrected form in the message", () => {
    const [f] = findingsOf("R17", withFirstRun(cleanDraft(), "通过“弹性年期出让”、“先租后让”等模式。"));
    expect(f?.message).toBe("并列的引号之间不加顿号：“弹性年期出让”、“先租后让”应写作“弹性年期出让”“先租后让”。");
  });
});

describe("R18 duplications", () => {
  it("warns on 政协…政协 in the session, 关于“关于 and a doubled word", () => {
    expect(
      findingsOf("R18", withRecord(cleanDraft(), { session: "政协重庆市梁平区政协第十五届委员会第一次会议" })),
    ).toHaveLength(1);
    expect(findingsOf("R18", withFirstRun(cleanDraft(), "落实关于“关于加快发展的意见”的要求。"))).toHaveLength(1);
    expect(findingsOf("R18", withFirstRun(cleanDraft(), "高新区高新区管委会牵头。"))).toHaveLength(1);
  });
  it("accepts ABAC words, 一步一步 and a generated title", () => {
    const d = withFirstRun(cleanDraft(), "支持企业创业创新，一步一步推进，实实在在见效。");
    expect(findingsOf("R18", d)).toEqual([]);
  });
});

describe("R19 responsiveness", () => {
  const proposal =
    "一是加快建设小微企业园，解决企业用地难题。二是设立产业引导基金，缓解融资压力。三是引进高层次人才团队。";
  it("warns when suggestions of the proposal find no answer", () => {
    expect(findingsOf("R19", cleanDraft(), { proposalText: proposal })).toHaveLength(1);
  });
  it("accepts a reply that answers each suggestion", () => {
    const d = withParagraph(
      cleanDraft(),
      "关于小微企业园，已建成1个并解决企业用地；关于产业引导基金，已设立5000万元基金缓解融资压力；关于人才，已引进高层次人才团队3个。",
    );
    expect(findingsOf("R19", d, { proposalText: proposal })).toEqual([]);
  });
  it("warns when the body shares nothing with the proposal title, hints on vague wording", () => {
    const off = withRecord(cleanDraft(), { proposalTitle: "关于加强城市绿化养护管理的提案" });
    expect(findingsOf("R19", off)).toHaveLength(1);
    const vague = withSections(cleanDraft(), [
      section("高度重视", [
        sub("积极推进", "我们高度重视，积极研究，进一步加大力度，适时推进，积极协调，进一步完善产业强区工作。"),
      ]),
    ]);
    expect(findingsOf("R19", vague).map((f) => f.severity)).toContain("hint");
  });
});
