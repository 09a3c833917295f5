// Standard wording of the built-in templates (DOMAIN.md §1.8–1.11, §1.16). Role and channel words appear only
// through {{var:…}} tokens, so switching 提案 ↔ 建议 switches 委员 ↔ 代表 everywhere. 【…】 marks what to fill in.
import type { HandlingKind } from "../model/draft";

/** A measure of a template, before ids are assigned. */
export interface MeasureSpec {
  readonly style: "sub" | "run";
  readonly heading: string;
  readonly text: string;
  readonly children: readonly MeasureSpec[];
}

/** A section of a template, before ids are assigned. */
export interface SectionSpec {
  readonly heading: string;
  readonly role: "measures" | "nextSteps";
  readonly paragraphs: readonly string[];
  readonly measures: readonly MeasureSpec[];
}

/** The letter body a template fills in. */
export interface TemplateWording {
  readonly handling: HandlingKind;
  readonly opening: string;
  readonly background: readonly string[];
  readonly sections: readonly SectionSpec[];
  readonly closing: readonly string[];
  readonly cc: readonly string[];
}

const run = (text: string): MeasureSpec => ({ style: "run", heading: "", text, children: [] });
const sub = (heading: string, text: string): MeasureSpec => ({ style: "sub", heading, text, children: [] });

/** Wording of a 主办 reply to the proposer (the same for 提案 and 建议). */
export const MAIN_REPLY_WORDING: TemplateWording = {
  handling: "主办",
  opening: "您提出的《{{var:标题}}》（第{{var:编号}}号）收悉。感谢您对我们工作的关心和支持，经认真研究，现答复如下：",
  background: ["【简述有关工作的总体情况和背景，如：近年来，我们高度重视……】"],
  sections: [
    {
      heading: "【已开展的工作一】",
      role: "measures",
      paragraphs: [],
      measures: [run("【已采取的措施，写明时间、数量和成效】。"), run("【已采取的措施，写明时间、数量和成效】。")],
    },
    {
      heading: "【已开展的工作二】",
      role: "measures",
      paragraphs: [],
      measures: [sub("【措施小标题】", "【具体做法和成效】。"), sub("【措施小标题】", "【具体做法和成效】。")],
    },
    {
      heading: "下一步工作打算",
      role: "nextSteps",
      paragraphs: ["下一步，我们将认真吸纳您的意见和建议，重点做好以下工作："],
      measures: [run("【具体措施和完成时限】。"), run("【具体措施和完成时限】。")],
    },
  ],
  closing: [
    "再次感谢您对我们工作的关心和支持，欢迎今后多提宝贵意见。",
    "对以上答复有什么意见，请填写《{{var:称谓}}{{var:渠道}}办理情况征询意见表》，反馈至{{var:反馈机构}}。",
    "专此答复。",
  ],
  cc: ["{{var:反馈机构}}", "【政府督查室】"],
};

/** Wording of a 会办 opinion addressed to the lead unit (no category mark, no feedback form). */
export const CO_OPINION_WORDING: TemplateWording = {
  handling: "会办",
  opening:
    "你单位主办的{{var:届次}}第{{var:编号}}号{{var:渠道}}《{{var:标题}}》收悉。经认真研究，现将我单位会办意见函告如下：",
  background: [],
  sections: [
    {
      heading: "【我单位职责范围内已开展的工作】",
      role: "measures",
      paragraphs: [],
      measures: [run("【已采取的措施和成效】。"), run("【已采取的措施和成效】。")],
    },
    {
      heading: "下一步工作打算",
      role: "nextSteps",
      paragraphs: ["【我单位下一步配合开展的工作】。"],
      measures: [],
    },
  ],
  closing: ["以上意见，请在答复{{var:称谓}}时一并考虑。", "特此函告。"],
  cc: [],
};
