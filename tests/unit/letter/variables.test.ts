import { describe, expect, it } from "vitest";
import { buildLayout } from "../../../shared/letter/build-layout";
import { updateRecord } from "../../../shared/letter/edit-ops";
import { defaultSalutation } from "../../../shared/letter/salutation";
import { createDraftFromTemplate } from "../../../shared/letter/templates";
import {
  FIGURE_MISSING,
  figureIdsIn,
  proposerText,
  resolvePieces,
  resolveText,
  variableNamesIn,
  type VariableContext,
} from "../../../shared/letter/variables";
import { paragraphTexts, SETTINGS, smallDraft } from "./helpers";

function ctx(): VariableContext {
  const d = smallDraft();
  return { record: d.record, bureau: SETTINGS.bureau, figures: d.figures };
}

describe("variables", () => {
  it("fills every record and bureau variable", () => {
    const c = ctx();
    const text =
      "{{var:称谓}}|{{var:提案人}}|{{var:编号}}|{{var:届次}}|{{var:标题}}|{{var:单位}}|{{var:简称}}|{{var:渠道}}|{{var:主办单位}}|{{var:反馈机构}}";
    expect(resolveText(text, c).split("|")).toEqual([
      "委员",
      "何昕",
      "45",
      "政协郑州市惠济区第十一届委员会第二次会议",
      "关于产业强区的提案",
      "惠济区科技和工业信息化局",
      "区科工信局",
      "提案",
      "惠济区科技和工业信息化局",
      "政协提案委员会",
    ]);
  });

  it("marks unknown and empty variables visibly", () => {
    const c = ctx();
    const empty = { ...c, record: { ...c.record, proposalNumber: null } };
    expect(resolveText("第{{var:编号}}号", empty)).toBe("第【未填写：编号】号");
    expect(resolveText("{{var:局长}}", c)).toBe("【未知变量：局长】");
  });

  it("writes joint proposers as a list up to three and as 等N名 beyond", () => {
    const r = ctx().record;
    expect(proposerText({ ...r, proposers: ["张三", "李四"] })).toBe("张三、李四");
    expect(proposerText({ ...r, channel: "建议", proposers: ["王五", "a", "b", "c"] })).toBe("王五等4名代表");
    expect(proposerText({ ...r, proposers: [], proposerOrg: "民盟惠济区委" })).toBe("民盟惠济区委");
  });

  it("keeps figure text in separate pieces tagged with the figure id", () => {
    const pieces = resolvePieces("走访企业{{fig:f2}}，问题{{ fig : f1 }}，另有{{fig:gone}}。", ctx());
    expect(pieces).toEqual([
      { text: "走访企业" },
      { text: "150余家", figureId: "f2" },
      { text: "，问题" },
      { text: "633个", figureId: "f1" },
      { text: "，另有" },
      { text: FIGURE_MISSING, figureId: "gone" },
      { text: "。" },
    ]);
  });

  it("lists the figures and variables a text uses, once each", () => {
    const text = "{{fig:f2}}{{var:称谓}}{{fig:f1}}{{fig:f2}}{{var:称谓}}";
    expect(figureIdsIn(text)).toEqual(["f2", "f1"]);
    expect(variableNamesIn(text)).toEqual(["称谓"]);
  });
});

describe("switching 提案 ↔ 建议", () => {
  it("switches 委员 ↔ 代表 and the feedback organ everywhere in a template letter", () => {
    const base = createDraftFromTemplate("proposal-main", {
      id: "d1",
      now: "2024-05-01T09:00:00+08:00",
      settings: SETTINGS,
    });
    const proposal = updateRecord(base, {
      proposers: ["何昕"],
      proposalNumber: 45,
      session: "政协某区第十一届委员会第二次会议",
    });
    const asProposal = buildLayout(proposal, SETTINGS, { sealed: false, isDraft: true });
    const asSuggestion = buildLayout(
      updateRecord(proposal, { channel: "建议", session: "某区第十七届人民代表大会第二次会议" }),
      SETTINGS,
      { sealed: false, isDraft: true },
    );
    const all = (l: typeof asProposal): string => JSON.stringify(l.blocks);
    expect(all(asProposal)).toContain("委员");
    expect(all(asProposal)).not.toContain("代表");
    expect(all(asSuggestion)).toContain("代表");
    expect(all(asSuggestion)).not.toContain("委员");
    expect(paragraphTexts(asSuggestion).join("")).toContain("反馈至人大常委会选联工委");
    expect(paragraphTexts(asProposal).join("")).toContain("反馈至政协提案委员会");
  });
});

describe("defaultSalutation", () => {
  const r = smallDraft().record;
  it("addresses persons, groups, organisations and the lead unit with a full-width colon", () => {
    expect(defaultSalutation(r)).toBe("何昕委员：");
    expect(defaultSalutation({ ...r, channel: "建议", proposers: ["张三", "李四"] })).toBe("张三、李四代表：");
    expect(defaultSalutation({ ...r, channel: "建议", proposers: ["王某", "a", "b", "c", "d"] })).toBe(
      "王某等5名代表：",
    );
    expect(defaultSalutation({ ...r, proposerOrg: "民盟惠济区委" })).toBe("民盟惠济区委：");
    expect(defaultSalutation({ ...r, handling: "会办", leadUnit: "惠济区发展和改革委员会" })).toBe(
      "惠济区发展和改革委员会：",
    );
  });
});
