// R01–R09: each rule on letters that must trigger it and near-misses that must not.
import { describe, expect, it } from "vitest";
import { applyFix } from "../../../shared/lint";
import { cleanDraft, findingsOf, lint, SETTINGS, withLetter, withParagraph, withRecord } from "./helpers";

describe("clean letter", () => {
  it("has no findings at all", () => {
    expect(lint(cleanDraft())).toEqual([]);
  });
});

describe("R01 role and channel", () => {
  it("flags 代表 in the salutation of a 提案 reply, with a fix to 委员", () => {
    const d = withLetter(cleanDraft(), { salutation: "何昕代表：" });
    const [f] = findingsOf("R01", d);
    expect(f?.severity).toBe("error");
    expect(f?.fix).toBeDefined();
    expect(findingsOf("R01", applyFix(d, f!.fix!))).toEqual([]);
  });
  it("flags 委员 and 提案 in a 建议 reply", () => {
    const d = withRecord(withParagraph(cleanDraft(), "感谢各位委员对这一提案的关注。"), { channel: "建议" });
    const msgs = findingsOf("R01", d).map((f) => f.location?.path);
    expect(msgs.filter((p) => p === "background.1").length).toBeGreaterThanOrEqual(2);
  });
  it("flags 对您“…的建议”的提案 (seed 000)", () => {
    const d = withParagraph(cleanDraft(), "针对您“关于发展科技型中小企业的建议”的提案做出如下答复。");
    const fs = findingsOf("R01", d);
    expect(fs).toHaveLength(1);
    expect(fs[0]?.message).toContain("《关于发展科技型中小企业的建议》");
  });
  it("accepts a proposal whose own title ends in 建议, 委员会, 企业代表 and the 提案委员会", () => {
    const d = withParagraph(
      cleanDraft(),
      "您提出的关于加大保障力度建议的提案，已转政协提案委员会，并邀请企业代表参加座谈。",
    );
    expect(findingsOf("R01", d)).toEqual([]);
  });
  it("accepts 人大 wording in a 建议 reply, including 政协委员 mentioned in content", () => {
    const base = withRecord(cleanDraft(), { channel: "建议", session: "惠济区第十八届人民代表大会第四次会议" });
    const d = withLetter(base, {
      salutation: "何昕代表：",
      opening: "您提出的《关于产业强区的建议》（第12号）收悉。经认真研究，现答复如下：",
      background: ["我们邀请人大代表、政协委员参加调研，区发改委员会商有关部门。"],
      closing: ["感谢您对我们工作的关心和支持。"],
    });
    expect(findingsOf("R01", d)).toEqual([]);
  });
});

describe("R02 proposer identity", () => {
  it("flags a name that is not a proposer", () => {
    const d = withLetter(cleanDraft(), { salutation: "何新委员：" });
    expect(findingsOf("R02", d).map((f) => f.severity)).toEqual(["error"]);
  });
  it("flags a wrong 等N名 count and a missing co-proposer", () => {
    const joint = withRecord(cleanDraft(), { proposers: ["何昕", "李青", "王五", "赵六"] });
    expect(findingsOf("R02", withLetter(joint, { salutation: "何昕等3名委员：" }))).toHaveLength(1);
    expect(findingsOf("R02", withLetter(joint, { salutation: "何昕、李青委员：" }))).toHaveLength(1);
  });
  it("accepts every name listed, the 等N名 form and the generated salutation", () => {
    const joint = withRecord(cleanDraft(), { proposers: ["何昕", "李青", "王五", "赵六"] });
    expect(findingsOf("R02", withLetter(joint, { salutation: "何昕等4名委员：" }))).toEqual([]);
    expect(findingsOf("R02", withLetter(joint, { salutation: "何昕、李青、王五、赵六委员：" }))).toEqual([]);
    expect(findingsOf("R02", withLetter(joint, { salutation: null }))).toEqual([]);
  });
  it("flags a 会办 opinion addressed to the proposer", () => {
    const d = withLetter(withRecord(cleanDraft(), { handling: "会办" }), { salutation: "何昕委员：" });
    expect(findingsOf("R02", d)).toHaveLength(1);
    expect(findingsOf("R02", withLetter(d, { salutation: "惠济区发展和改革委员会：" }))).toEqual([]);
  });
});

describe("R03 salutation form", () => {
  it("flags 张华 without role and colon (seed 004), with fixes", () => {
    const d = withRecord(withLetter(cleanDraft(), { salutation: "张华" }), { proposers: ["张华"] });
    const fs = findingsOf("R03", d);
    expect(fs.map((f) => f.message)).toEqual([expect.stringContaining("冒号"), expect.stringContaining("称谓")]);
    let fixed = d;
    for (const f of fs) fixed = applyFix(fixed, f.fix!);
    expect(fixed.letter.salutation).toBe("张华委员：");
    expect(findingsOf("R03", fixed)).toEqual([]);
  });
  it("flags a half-width colon and stray punctuation", () => {
    expect(
      findingsOf("R03", withLetter(cleanDraft(), { salutation: "何昕委员:" }))[0]?.fix?.edits[0]?.replacement,
    ).toBe("：");
    expect(findingsOf("R03", withLetter(cleanDraft(), { salutation: "何昕委员，您好：" }))).toHaveLength(1);
  });
  it("accepts 尊敬的…, joint names, 等N名, 同志 and an organisation", () => {
    for (const s of ["尊敬的何昕委员：", "何昕、李青委员：", "何昕等5名委员：", "何昕同志："]) {
      expect(findingsOf("R03", withLetter(cleanDraft(), { salutation: s }))).toEqual([]);
    }
    const org = withRecord(withLetter(cleanDraft(), { salutation: "民盟惠济区委员会：" }), {
      proposerOrg: "民盟惠济区委员会",
    });
    expect(findingsOf("R03", org)).toEqual([]);
  });
});

describe("R04 opening anchors", () => {
  it("errors without 答复如下 and warns without 收悉", () => {
    const d = withLetter(cleanDraft(), { opening: "您提出的提案我们已认真研究。" });
    expect(
      findingsOf("R04", d)
        .map((f) => f.severity)
        .sort(),
    ).toEqual(["error", "warning"]);
  });
  it("warns only about 收悉 when the answer is announced (seed 000 form 做出如下答复)", () => {
    const d = withLetter(cleanDraft(), { opening: "我局会同有关部门针对您的提案做出如下答复：" });
    expect(findingsOf("R04", d).map((f) => f.severity)).toEqual(["warning"]);
  });
  it("accepts a 会办 opening that says 函告如下", () => {
    const d = withLetter(withRecord(cleanDraft(), { handling: "会办" }), {
      salutation: "惠济区发展和改革委员会：",
      opening: "你单位主办的第12号提案收悉。经认真研究，现将我单位会办意见函告如下：",
    });
    expect(findingsOf("R04", d)).toEqual([]);
  });
});

describe("R05 proposal number", () => {
  it("flags zero padding 第069号 with a fix", () => {
    const d = withLetter(withRecord(cleanDraft(), { proposalNumber: 69 }), {
      opening: "您提出的《关于加快创建国家级高新区的建议》（第069号提案）收悉，现答复如下：",
    });
    const [f] = findingsOf("R05", d);
    expect(f?.fix?.edits[0]?.replacement).toBe("第69号");
    expect(findingsOf("R05", applyFix(d, f!.fix!))).toEqual([]);
  });
  it("flags a number that differs from the record, and 〔057〕号 used as a proposal number", () => {
    expect(findingsOf("R05", withRecord(cleanDraft(), { proposalNumber: 13 }))).toHaveLength(1);
    const d = withLetter(cleanDraft(), { opening: "您提出的〔012〕号提案收悉，现答复如下：" });
    expect(findingsOf("R05", d).some((f) => f.message.includes("〔012〕号"))).toBe(true);
  });
  it("ignores other documents' numbers and 文号 like 惠政办〔2022〕4号", () => {
    const d = withParagraph(cleanDraft(), "依据《惠济区政府令》第3号和惠政办〔2022〕4号文件执行。");
    expect(findingsOf("R05", d)).toEqual([]);
  });
});

describe("R06 session", () => {
  it("warns on a missing 第 and on a 建议 session in a 提案 reply", () => {
    expect(
      findingsOf("R06", withRecord(cleanDraft(), { session: "政协惠济区第十五届委员会二次会议" }))[0]?.fix,
    ).toBeDefined();
    expect(
      findingsOf("R06", withRecord(cleanDraft(), { session: "惠济区第十八届人民代表大会第四次会议" })),
    ).toHaveLength(1);
  });
  it("accepts both NPC forms for 建议 and the CPPCC form for 提案", () => {
    expect(findingsOf("R06", cleanDraft())).toEqual([]);
    for (const s of ["惠济区第十八届人民代表大会第四次会议", "市十五届人大一次会议"]) {
      expect(findingsOf("R06", withRecord(cleanDraft(), { channel: "建议", session: s }))).toEqual([]);
    }
  });
});

describe("R07 发文字号", () => {
  it("flags 【】 brackets with a fix to 〔〕", () => {
    const d = withRecord(cleanDraft(), { docNumber: "惠科工函【2024】12号" });
    const [f] = findingsOf("R07", d);
    expect(f?.fix?.edits[0]?.replacement).toBe("惠科工函〔2024〕12号");
  });
  it("flags 第, zero padding, a missing 代字 and a year unlike the 成文日期", () => {
    for (const n of ["惠科工函〔2024〕第12号", "惠科工函〔2024〕012号", "〔2024〕12号", "惠科工函〔2023〕12号"]) {
      expect(findingsOf("R07", withRecord(cleanDraft(), { docNumber: n })).length).toBeGreaterThan(0);
    }
  });
  it("warns on a cited document with 【】 in the body, accepts 〔〕 and a null number", () => {
    expect(findingsOf("R07", withParagraph(cleanDraft(), "按照惠政办【2022】4号文件要求。"))[0]?.severity).toBe(
      "warning",
    );
    expect(findingsOf("R07", withRecord(cleanDraft(), { docNumber: null }))).toEqual([]);
  });
});

describe("R08 成文日期", () => {
  it("flags collapsed dates 2022720 and 20230915 with fixes", () => {
    const d = withLetter(cleanDraft(), { closing: ["感谢您对我们工作的关心和支持。", "2022720", "20230915日"] });
    const fs = findingsOf("R08", d);
    expect(fs.map((f) => f.fix?.edits[0]?.replacement)).toEqual(["2022年7月20日", "2023年9月15日"]);
  });
  it("flags zero-padded months and a date before 交办", () => {
    expect(
      findingsOf("R08", withParagraph(cleanDraft(), "于2024年05月08日召开座谈会。"))[0]?.fix?.edits[0]?.replacement,
    ).toBe("2024年5月8日");
    const early = withLetter(cleanDraft(), { signOff: { ...cleanDraft().letter.signOff, date: "2024-04-01" } });
    expect(findingsOf("R08", early).map((f) => f.severity)).toContain("error");
  });
  it("does not take amounts, durations or phone-like numbers for dates", () => {
    const d = withParagraph(cleanDraft(), "投入20230000元，在120日内完成，电话13912345678，共2000000人次受益。");
    expect(findingsOf("R08", d)).toEqual([]);
  });
  it("missing date: a hint while drafting, an error once signed off", () => {
    const noDate = withLetter(cleanDraft(), { signOff: { ...cleanDraft().letter.signOff, date: null } });
    expect(findingsOf("R08", noDate).map((f) => f.severity)).toEqual(["hint"]);
    expect(findingsOf("R08", { ...noDate, status: "已签发" }).map((f) => f.severity)).toEqual(["error"]);
  });
});

describe("R09 署名", () => {
  it("errors when nobody signs (no bureau name, no own 署名)", () => {
    const settings = { ...SETTINGS, bureau: { ...SETTINGS.bureau, fullName: "", shortName: "" } };
    const fs = findingsOf("R09", cleanDraft(), { settings });
    expect(fs.map((f) => f.severity)).toEqual(["error"]);
  });
  it("errors on an internal department as 署名, with a fix to the full name", () => {
    const d = withLetter(cleanDraft(), { signOff: { ...cleanDraft().letter.signOff, unit: "科工信局办公室" } });
    const [f] = findingsOf("R09", d);
    expect(f?.fix?.edits[0]?.replacement).toBe("惠济区科学技术和工业信息化局");
  });
  it("accepts the short name and warns on another bureau's 代字", () => {
    expect(
      findingsOf(
        "R09",
        withLetter(cleanDraft(), { signOff: { ...cleanDraft().letter.signOff, unit: "惠济区科工信局" } }),
      ),
    ).toEqual([]);
    expect(
      findingsOf("R09", withRecord(cleanDraft(), { docNumber: "惠发改函〔2024〕12号" })).map((f) => f.severity),
    ).toEqual(["warning"]);
  });
});
