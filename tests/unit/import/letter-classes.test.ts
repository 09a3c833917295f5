// One synthetic letter per class of issue 16 (web residue, sessions and numbers, dates, contact/抄送, names,
// 字号, figures, channel conflicts, 会办 opinions, look-alikes): what the importer reads and what lint reports.
import { describe, expect, it } from "vitest";
import { inspectView } from "../../../shared/import/inspect-view";
import { parseLetterText } from "../../../shared/import/parse-letter";
import { lintImport } from "../../../shared/lint/imported";
import { DEFAULT_SETTINGS } from "../../../shared/model/settings";

const NOW = { now: "2024-06-01T00:00:00.000Z" };

function read(text: string) {
  const result = parseLetterText(text, NOW);
  const lint = lintImport(result, DEFAULT_SETTINGS, "2024-06-01");
  return { result, view: inspectView(result, lint), lint, rules: new Set(lint.map((f) => f.rule)) };
}

const BODY = `经认真研究，我局已在城东新建停车场一处，新增车位三百个。
感谢您对我局工作的关心和支持。`;

describe("class 1: web-page residue is not read as letter parts", () => {
  const text = `某某县人民政府 发布时间：2024-03-02 信息来源：某某县交通运输局
• 提案，建议提案，提案答复函
信息名称：关于县政协第九届委员会第二次会议第12号提案的答复
内容概述：
建议答复
关于县政协第九届委员会第二次会议第12号提案的答复
王某某委员：
您提出的《关于增设停车场的提案》收悉，现答复如下：
${BODY}
某某县交通运输局
2024年3月1日`;
  it("takes the letter's own title and salutation", () => {
    const { view } = read(text);
    expect(view.title).toBe("关于县政协第九届委员会第二次会议第12号提案的答复");
    expect(view.salutation).toBe("王某某委员：");
    expect(view.proposers).toEqual(["王某某"]);
    expect(view.session).toBe("县政协第九届委员会第二次会议");
  });
  it("raises no R03/R04/R24 on the residue", () => {
    const { rules } = read(text);
    for (const r of ["R03", "R04", "R24"]) expect(rules.has(r as never)).toBe(false);
  });
});

describe("class 2: session and number phrases in every written form", () => {
  const cases: [string, string, number][] = [
    ["对政协某县第十届委员会五次会议49号提案的答复", "政协某县第十届委员会五次会议", 49],
    ["对县政协第十五届五次会议第7号提案的答复", "县政协第十五届五次会议", 7],
    ["某自治县十八届人大第三次会议第21号建议的答复", "某自治县十八届人大第三次会议", 21],
    ["某局对县十九届人大五次会议第8号建议的答复", "县十九届人大五次会议", 8],
  ];
  for (const [title, session, number] of cases) {
    it(`reads ${title}`, () => {
      const { view } = read(`${title}\n李某代表：\n您提出的建议收悉，现答复如下：\n${BODY}\n某局\n2024年3月1日`);
      expect(view.session).toBe(session);
      expect(view.proposalNumber).toBe(number);
    });
  }
  it("reads a session after 你在 and a traditional-script title", () => {
    const { view } = read(
      `關於縣政協第九屆委員會第二次會議第5號提案的答復\n趙某委員：\n你在縣政協九屆二次會議期間提出的提案收悉，現答復如下：\n${BODY}\n某局\n2024年3月1日`,
    );
    expect(view.session).toBe("县政协第九届委员会第二次会议");
    expect(view.proposalNumber).toBe(5);
    expect(view.channel).toBe("提案");
  });
  it("flags a number written without 第 (R05)", () => {
    const { view, rules } = read(
      `张某委员：\n您向县政协七届四次会议提出的23号提案收悉，现答复如下：\n${BODY}\n某局\n2024年3月1日`,
    );
    expect(view.proposalNumber).toBe(23);
    expect(view.session).toBe("县政协七届四次会议");
    expect(rules.has("R05")).toBe(true);
  });
});

describe("class 3: 成文日期 forms", () => {
  it("reads a date in Chinese numerals and flags it (R08)", () => {
    const { view, lint } = read(`李某代表：\n您提出的建议收悉，现答复如下：\n${BODY}\n某局\n二〇一七年六月二十九日`);
    expect(view.signOff.date).toBe("2017-06-29");
    expect(view.signOff.dateText).toBe("二〇一七年六月二十九日");
    expect(lint.some((f) => f.rule === "R08" && f.message.includes("二〇一七年六月二十九日"))).toBe(true);
  });
  it("finds the date above contact and 领导签发 lines, and a date without 署名", () => {
    const { view, lint } = read(
      `李某代表：\n您提出的建议收悉，现答复如下：\n${BODY}\n2024年3月1日\n主管领导：王某\n领导签发：王某\n（联系人：赵某，联系电话：12345678）`,
    );
    expect(view.signOff.date).toBe("2024-03-01");
    expect(view.signOff.unit).toBeNull();
    expect(lint.some((f) => f.rule === "R08" && /缺少成文日期/u.test(f.message))).toBe(false);
  });
});

describe("class 4: contact and 抄送 lines", () => {
  it("reads a contact above the 署名 and flags it (R22)", () => {
    const { view, lint } = read(
      `李某代表：\n您提出的建议收悉，现答复如下：\n${BODY}\n（联系人及电话：钱某 0871-1234567）\n某局\n2024年3月1日`,
    );
    expect(view.contact).toContain("0871-1234567");
    expect(lint.some((f) => f.rule === "R22" && /上方/u.test(f.message))).toBe(true);
  });
  it("reads 联系人及电话:某某,138… and 经办人/电话 after the date without R22", () => {
    const { view, rules } = read(
      `李某代表：\n您提出的建议收悉，现答复如下：\n${BODY}\n某局\n2024年3月1日\n（联系人及电话：孙某，13800001111）`,
    );
    expect(view.contact).toContain("13800001111");
    expect(rules.has("R22")).toBe(false);
  });
  it("splits 抄送 organs separated by spaces and copy counts and flags the line (R23)", () => {
    const { view, rules } = read(
      `李某代表：\n您提出的建议收悉，现答复如下：\n${BODY}\n某局\n2024年3月1日\n抄送：县人大选工委2份 县督查室2份`,
    );
    expect(view.cc).toEqual(["县人大选工委2份", "县督查室2份"]);
    expect(rules.has("R23")).toBe(true);
  });
});

describe("class 5: names", () => {
  it("reads several proposers with the role glued on", () => {
    const { view } = read(`周某、吴某、郑某委员：\n您们提出的提案收悉，现答复如下：\n${BODY}\n某局\n2024年3月1日`);
    expect(view.proposers).toEqual(["周某", "吴某", "郑某"]);
    expect(view.role).toBe("委员");
  });
  it("reads a masked name and 某某等代表", () => {
    expect(read(`姜xx委员：\n您提出的提案收悉，现答复如下：\n${BODY}`).view.proposers).toEqual(["姜xx"]);
    const joint = read(`冯某某等代表：\n你们提出的建议收悉，现答复如下：\n${BODY}`).view;
    expect(joint.proposers).toEqual(["冯某某"]);
    expect(joint.salutation).toBe("冯某某等代表：");
  });
});

describe("class 6: document numbers", () => {
  it("reads 建议字〔2023〕8号 and flags the missing 机关代字 (R07)", () => {
    const { view, lint } = read(
      `建议字〔2023〕8号\n李某代表：\n您提出的建议收悉，现答复如下：\n${BODY}\n某局\n2023年3月1日`,
    );
    expect(view.docNumber).toBe("建议字〔2023〕8号");
    expect(lint.some((f) => f.rule === "R07" && /机关代字/u.test(f.message))).toBe(true);
  });
  it("reads 【】 and ﹝﹞ brackets with a glued category mark and flags them (R07)", () => {
    const a = read(
      `某交函【2023】12号（B类）\n李某代表：\n您提出的建议收悉，现答复如下：\n${BODY}\n某局\n2023年3月1日`,
    );
    expect(a.view.docNumber).toBe("某交函【2023】12号");
    expect(a.view.categoryMark).toBe("B");
    expect(a.rules.has("R07")).toBe(true);
    const b = read(`某交函﹝2023﹞12号\n李某代表：\n您提出的建议收悉，现答复如下：\n${BODY}\n某局\n2023年3月1日`);
    expect(b.view.docNumber).toBe("某交函﹝2023﹞12号");
    expect(b.rules.has("R07")).toBe(true);
  });
});

describe("class 7: figures with measure words", () => {
  it("lifts counts in 处, 册, 户 and 亩", () => {
    const { view } = read(
      `李某代表：\n您提出的建议收悉，现答复如下：\n今年新建停车场3处，印发宣传手册2000册，惠及农户120户，整理土地45亩。\n感谢您的关心和支持。\n某局\n2024年3月1日`,
    );
    const units = view.figures.map((f) => `${f.value}${f.unit}`);
    for (const u of ["3处", "2000册", "120户", "45亩"]) expect(units).toContain(u);
  });
});

describe("class 8: channel conflicts", () => {
  it("flags a 政协 session answered with a 代表 salutation (R01)", () => {
    const { view, rules } = read(
      `关于县政协第九届委员会第二次会议第3号提案的答复\n某某街道政协联络组代表：\n您提出的提案收悉，现答复如下：\n${BODY}\n某局\n2024年3月1日`,
    );
    expect(view.channel).toBe("提案");
    expect(rules.has("R01")).toBe(true);
  });
});

describe("会办/协办 opinions and look-alikes", () => {
  it("reads a 协办 opinion addressed to the lead unit as its own kind", () => {
    const { view, rules } = read(
      `对市十五届人大四次会议第41号建议的协办意见\n市农业农村局：\n经研究，现对刘某代表提出的关于改善农村道路的建议提出如下协办意见，供你单位答复代表时参考：\n一是加快项目建设。二是加强养护。\n市交通运输局\n2024年6月12日`,
    );
    expect(view.kind).toBe("opinion");
    expect(view.handling).toBe("协办");
    expect(view.proposers).toEqual(["刘某"]);
    expect(view.role).toBe("代表");
    expect(view.channel).toBe("建议");
    expect(view.salutation).toBe("市农业农村局：");
    expect(rules.has("R03")).toBe(false);
  });
  it("refuses a 批复 with a reason", () => {
    const { view, lint } = read(
      `县民政局：\n你单位《关于调整某项目的请示》已收悉。经研究，现批复如下：\n一、同意调整。\n二、请抓紧实施。\n特此批复。\n某县人民政府\n2024年8月23日`,
    );
    expect(view.kind).toBe("not-a-letter");
    expect(lint).toHaveLength(1);
    expect(lint[0]?.rule).toBe("R27");
    expect(lint[0]?.message).toMatch(/批复/u);
  });
  it("refuses a 提案 itself and a 办理情况 summary", () => {
    const proposal = read(
      `县政协十一届三次会议提案第70号\n标题：关于增设农贸市场的建议\n提案人：某某\n案由：县城居民买菜不方便，需要增设农贸市场。\n审查意见：县商务局办理`,
    );
    expect(proposal.view.kind).toBe("not-a-letter");
    expect(proposal.lint[0]?.message).toMatch(/提案.*原文/u);
    const summary = read(
      `一、办理情况\n我局共承办建议、提案3件，已办理3件，满意度为100%。\n二、工作举措\n（一）加强沟通。\n（二）狠抓落实。`,
    );
    expect(summary.view.kind).toBe("not-a-letter");
    expect(summary.lint[0]?.message).toMatch(/汇总/u);
  });
});
