// R20–R28: each rule on letters that must trigger it and near-misses that must not.
import { describe, expect, it } from "vitest";
import { applyFix } from "../../../shared/lint";
import { createDraftFromTemplate } from "../../../shared/letter";
import {
  cleanDraft,
  findingsOf,
  run,
  section,
  SETTINGS,
  withFirstRun,
  withLetter,
  withParagraph,
  withRecord,
} from "./helpers";

const signOff = cleanDraft().letter.signOff;

describe("R20 next steps", () => {
  it("warns on a B reply with no next steps", () => {
    const d = withLetter(cleanDraft(), {
      background: [],
      sections: [section("工作情况", [run("2024年建成园区1个。")])],
    });
    expect(findingsOf("R20", d)).toHaveLength(1);
  });
  it("accepts a 下一步 section, a 今后 sentence, and an A reply without either", () => {
    expect(findingsOf("R20", cleanDraft())).toEqual([]);
    const d = withLetter(cleanDraft(), { background: [], sections: [section("工作情况", [run("今后继续推进。")])] });
    expect(findingsOf("R20", d)).toEqual([]);
    const a = withRecord(
      withLetter(cleanDraft(), { background: [], sections: [section("工作情况", [run("2024年建成。")])] }),
      {
        category: "A",
      },
    );
    expect(findingsOf("R20", a)).toEqual([]);
  });
});

describe("R21 closing", () => {
  it("warns without thanks and hints without the feedback form", () => {
    const d = withLetter(cleanDraft(), {
      opening: "您提出的《关于产业强区推动惠济区高质量发展的提案》（第12号）收悉，现答复如下：",
      closing: ["专此答复。"],
    });
    expect(findingsOf("R21", d).map((f) => f.severity)).toEqual(["warning", "hint"]);
  });
  it("accepts thanks in the opening (seed 002) and says nothing on a 会办 opinion", () => {
    const d = withLetter(cleanDraft(), { closing: ["请填写征询意见表。"] });
    expect(findingsOf("R21", d)).toEqual([]);
    expect(
      findingsOf("R21", withRecord(withLetter(cleanDraft(), { closing: [], opening: "" }), { handling: "会办" })),
    ).toEqual([]);
  });
});

describe("R22 附注", () => {
  it("warns without contact person and phone", () => {
    const d = withLetter(cleanDraft(), { signOff: { ...signOff, contactName: "", contactPhone: "" } });
    expect(findingsOf("R22", d)).toHaveLength(1);
  });
  it("warns on a contact note above the 署名", () => {
    const d = withLetter(cleanDraft(), {
      closing: [...cleanDraft().letter.closing, "联系人：李明，联系电话：0371-12345678"],
    });
    expect(findingsOf("R22", d)).toHaveLength(1);
  });
  it("accepts a contact note written as a 附注 line", () => {
    const d = withLetter(cleanDraft(), {
      signOff: { ...signOff, contactName: "", contactPhone: "", notes: ["联系人：李明，联系电话：0371-12345678"] },
    });
    expect(findingsOf("R22", d)).toEqual([]);
  });
});

describe("R23 抄送", () => {
  it("warns on 抄报, several organs in one entry and the other channel's organ", () => {
    const d = withLetter(cleanDraft(), { signOff: { ...signOff, cc: ["抄报：区人大常委会选联工委，区政府督查室。"] } });
    const fs = findingsOf("R23", d);
    expect(fs.map((f) => f.message)).toEqual([
      expect.stringContaining("抄报"),
      expect.stringContaining("政协提案委员会"),
      expect.stringContaining("单独一项"),
    ]);
    expect(applyFix(d, fs[0]!.fix!).letter.signOff.cc[0]).toBe("区人大常委会选联工委，区政府督查室。");
  });
  it("warns when a typed 主办 reply copies nobody, not on imported text", () => {
    const d = withLetter(cleanDraft(), { signOff: { ...signOff, cc: [] } });
    expect(findingsOf("R23", d)).toHaveLength(1);
    expect(findingsOf("R23", d, { imported: true })).toEqual([]);
  });
  it("accepts the 人大 organ on a 建议 reply", () => {
    const d = withRecord(
      withLetter(cleanDraft(), { signOff: { ...signOff, cc: ["区人大常委会选联工委", "区政府督查室"] } }),
      {
        channel: "建议",
      },
    );
    expect(findingsOf("R23", d)).toEqual([]);
  });
});

describe("R24 title", () => {
  it("warns on a title that is not 关于…第N号提案的答复, and on punctuation in it", () => {
    expect(findingsOf("R24", withLetter(cleanDraft(), { title: "惠济区科工信局答复何昕委员" }))).toHaveLength(1);
    const p = withLetter(cleanDraft(), { title: "惠济区科工信局关于第12号提案的答复，请查收" });
    expect(findingsOf("R24", p).length).toBeGreaterThanOrEqual(2);
  });
  it("accepts the generated title, 复函, 会办意见 and …答复函 (seed 004)", () => {
    expect(findingsOf("R24", cleanDraft())).toEqual([]);
    for (const t of [
      "惠济区科工信局关于政协惠济区第十五届委员会第二次会议第12号提案的复函",
      "关于政协惠济区第十五届委员会第二次会议第12号提案的会办意见",
      "惠济区科工信局关于政协惠济区第十五届委员会第二次会议第12号提案的答复函",
    ]) {
      expect(findingsOf("R24", withLetter(cleanDraft(), { title: t }))).toEqual([]);
    }
  });
});

describe("R25 deadline", () => {
  it("warns when the 成文日期 is after 交办 + 3 months", () => {
    const d = withRecord(cleanDraft(), { assignedDate: "2024-01-10" });
    expect(findingsOf("R25", d)).toHaveLength(1);
  });
  it("accepts it with an approved extension, and reads the bureau's months", () => {
    const d = withRecord(cleanDraft(), { assignedDate: "2024-01-10", extensionApproved: true });
    expect(findingsOf("R25", d)).toEqual([]);
    const six = { ...SETTINGS, bureau: { ...SETTINGS.bureau, deadlineMonths: 6 } };
    expect(findingsOf("R25", withRecord(cleanDraft(), { assignedDate: "2024-01-10" }), { settings: six })).toEqual([]);
  });
  it("warns on an undated draft past its due date", () => {
    const d = withRecord(withLetter(cleanDraft(), { signOff: { ...signOff, date: null } }), {
      assignedDate: "2024-01-10",
    });
    expect(findingsOf("R25", d)[0]?.message).toContain("已过");
  });
});

describe("R26 approval trail", () => {
  it("errors before export without a 签发人, hints while drafting", () => {
    const d = withRecord(cleanDraft(), { signer: null, signDate: null });
    expect(findingsOf("R26", d, { purpose: "export" }).map((f) => f.severity)).toEqual(["error"]);
    expect(findingsOf("R26", d).map((f) => f.severity)).toEqual(["hint"]);
  });
  it("errors when the 签发日期 is after the 成文日期", () => {
    expect(findingsOf("R26", withRecord(cleanDraft(), { signDate: "2024-06-19" }))).toHaveLength(1);
  });
  it("accepts a signer who signed before the date", () => {
    expect(findingsOf("R26", cleanDraft(), { purpose: "export" })).toEqual([]);
  });
});

describe("R27 input is a letter, placeholders filled", () => {
  it("errors on every unfilled placeholder of a fresh template", () => {
    const t = createDraftFromTemplate("proposal-main", {
      id: "t1",
      now: "2024-06-01T08:00:00+08:00",
      settings: SETTINGS,
    });
    const fs = findingsOf("R27", t);
    expect(fs.length).toBeGreaterThan(5);
    expect(fs.every((f) => f.severity === "error")).toBe(true);
  });
  it("errors on imported text with no salutation, no anchor and no number", () => {
    const notice = withRecord(
      withLetter(cleanDraft(), {
        salutation: null,
        title: null,
        opening: "",
        closing: [],
        background: ["为促进产业发展，提出如下意见。"],
      }),
      { proposalNumber: null },
    );
    expect(findingsOf("R27", notice, { imported: true })).toHaveLength(1);
  });
  it("accepts the clean letter and a 【2024】 bracket error (left to R07)", () => {
    expect(findingsOf("R27", withParagraph(cleanDraft(), "依据惠政办【2024】4号文件。"))).toEqual([]);
  });
});

describe("R28 script and artefacts", () => {
  it("hints on pinyin artefacts with a fix that removes them", () => {
    const d = withFirstRun(cleanDraft(), "標(biāo)題(tí)已更新。");
    const [f] = findingsOf("R28", d);
    expect(applyFix(d, f!.fix!).letter.sections[0]?.measures[0]?.text).toBe("標題已更新。");
  });
  it("hints on traditional script", () => {
    const d = withParagraph(cleanDraft(), "關於發展科技型中小企業的建議。");
    expect(findingsOf("R28", d).map((f) => f.severity)).toEqual(["hint"]);
  });
  it("accepts simplified text with a Latin word in brackets after a number", () => {
    expect(findingsOf("R28", withParagraph(cleanDraft(), "建成5G(fifth)基站12个，环境优美。"))).toEqual([]);
  });
});
