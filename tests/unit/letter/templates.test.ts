import { describe, expect, it } from "vitest";
import { buildLayout } from "../../../shared/letter/build-layout";
import { BUILTIN_TEMPLATES, createDraftFromTemplate } from "../../../shared/letter/templates";
import { createDraftFromUserTemplate, templateFromDraft, UserTemplate } from "../../../shared/letter/user-template";
import { Draft } from "../../../shared/model/draft";
import { paragraphTexts, SETTINGS, smallDraft } from "./helpers";

const opts = { id: "n1", now: "2024-05-01T09:00:00+08:00", settings: SETTINGS };

describe("built-in templates", () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id]))("%s makes a valid draft with sections and closing", (id) => {
    const d = createDraftFromTemplate(id, opts);
    expect(Draft.safeParse(d).success).toBe(true);
    expect(d.templateId).toBe(id);
    expect(d.letter.sections.some((s) => s.role === "nextSteps")).toBe(true);
    expect(d.letter.signOff.contactName).toBe("李华");
  });

  it("fixes the channel of the main replies and makes co-opinions 会办 to the lead unit", () => {
    expect(createDraftFromTemplate("proposal-main", opts).record.channel).toBe("提案");
    expect(createDraftFromTemplate("suggestion-main", opts).record.channel).toBe("建议");
    const co = createDraftFromTemplate("co-opinion", { ...opts, channel: "建议" });
    expect(co.record).toMatchObject({ handling: "会办", channel: "建议" });
    const withLead = { ...co, record: { ...co.record, leadUnit: "惠济区发展和改革委员会", category: "A" as const } };
    const layout = buildLayout(withLead, SETTINGS, { sealed: false, isDraft: true });
    expect(layout.blocks.some((b) => b.kind === "categoryMark")).toBe(false);
    expect(layout.blocks.find((b) => b.kind === "salutation")).toMatchObject({ text: "惠济区发展和改革委员会：" });
  });

  it("opens with 收悉 and 现答复如下：, ends with thanks, the feedback form and 专此答复。", () => {
    const d = createDraftFromTemplate("suggestion-main", opts);
    const filled = { ...d, record: { ...d.record, proposalNumber: 12, proposalTitle: "关于加强养老服务的建议" } };
    const texts = paragraphTexts(buildLayout(filled, SETTINGS, { sealed: false, isDraft: true }));
    expect(texts[0]).toBe(
      "您提出的《关于加强养老服务的建议》（第12号）收悉。感谢您对我们工作的关心和支持，经认真研究，现答复如下：",
    );
    expect(texts.filter((t) => /^[一二三]、/.test(t))).toHaveLength(3);
    expect(texts.some((t) => t.startsWith("一是") && t.includes("二是"))).toBe(true);
    expect(texts.slice(-3)).toEqual([
      "再次感谢您对我们工作的关心和支持，欢迎今后多提宝贵意见。",
      "对以上答复有什么意见，请填写《代表建议办理情况征询意见表》，反馈至人大常委会选联工委。",
      "专此答复。",
    ]);
  });

  it("rejects an unknown template id with a Chinese message", () => {
    expect(() => createDraftFromTemplate("nope", opts)).toThrow(/没有名为“nope”的内置模板/);
  });
});

describe("user templates", () => {
  it("strips record values and figures, keeps the wording and structure", () => {
    const d = smallDraft();
    const withLiteral = {
      ...d,
      letter: { ...d.letter, background: ["关于产业强区的提案中提到的问题，我们高度重视。"] },
    };
    const t = templateFromDraft(withLiteral, " 产业类答复 ", { id: "u1", now: "2024-06-01T08:00:00+08:00" });
    expect(UserTemplate.safeParse(t).success).toBe(true);
    expect(t.name).toBe("产业类答复");
    const json = JSON.stringify(t);
    expect(json).not.toContain("何昕");
    expect(json).not.toContain("{{fig:");
    expect(json).toContain("【数据】");
    expect(t.background).toEqual(["{{var:标题}}中提到的问题，我们高度重视。"]);
    expect(t.sections[0]?.measures[2]?.children[0]?.heading).toBe("走访企业");

    const fresh = createDraftFromUserTemplate(t, { ...opts, id: "n2", channel: "建议" });
    expect(Draft.safeParse(fresh).success).toBe(true);
    expect(fresh).toMatchObject({ id: "n2", templateId: "u1", figures: [] });
    expect(fresh.record).toMatchObject({ channel: "建议", proposers: [], proposalNumber: null });
    expect(fresh.letter.sections.map((s) => s.id)).toEqual(["s1", "s2"]);
    expect(fresh.letter.sections[0]?.measures.map((m) => m.id)).toEqual(["m1", "m2", "m3", "m5"]);
  });

  it("rejects an empty template name", () => {
    expect(() => templateFromDraft(smallDraft(), "  ", { id: "u1", now: "2024-06-01T08:00:00+08:00" })).toThrow(
      /模板名称不能为空/,
    );
  });
});
