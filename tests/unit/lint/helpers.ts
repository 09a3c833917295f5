// Test drafts for the linter: a clean, complete reply letter (no findings) and small editing helpers.
import { blankDraft } from "../../../shared/model/factory";
import type { Draft, DraftRecord, LetterBody, Measure, Section } from "../../../shared/model/draft";
import { DEFAULT_SETTINGS, type Settings } from "../../../shared/model/settings";
import { lintDraft, type Finding, type LintInput, type RuleId } from "../../../shared/lint";

/** Settings of the bureau the clean letter is from. */
export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  bureau: {
    ...DEFAULT_SETTINGS.bureau,
    fullName: "惠济区科学技术和工业信息化局",
    shortName: "惠济区科工信局",
    docCode: "惠科工函",
    categoryScheme: "ABCD",
  },
};

/** The fixed "today" of every test. */
export const TODAY = "2024-06-20";

/** A run measure (一是…). */
export function run(text: string, id = `r${Math.abs(hash(text))}`): Measure {
  return { id, style: "run", heading: "", text, children: [] };
}

/** A sub measure (（一）heading。text). */
export function sub(
  heading: string,
  text: string,
  children: Measure[] = [],
  id = `s${Math.abs(hash(heading + text))}`,
): Measure {
  return { id, style: "sub", heading, text, children };
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + (ch.codePointAt(0) ?? 0)) | 0;
  return h;
}

/** A section. */
export function section(
  heading: string,
  measures: Measure[],
  paragraphs: string[] = [],
  role: Section["role"] = "measures",
): Section {
  return { id: `sec${Math.abs(hash(heading))}`, heading, role, paragraphs, measures };
}

/** A clean 提案 reply that every rule must accept (the negative case shared by all rules). */
export function cleanDraft(): Draft {
  const d = blankDraft("d1", "2024-06-01T08:00:00+08:00", "提案");
  const record: DraftRecord = {
    ...d.record,
    session: "政协惠济区第十五届委员会第二次会议",
    proposalNumber: 12,
    proposers: ["何昕"],
    proposalTitle: "关于产业强区推动惠济区高质量发展的提案",
    leadUnit: "惠济区科学技术和工业信息化局",
    assignedDate: "2024-04-10",
    category: "B",
    disclosure: "主动公开",
    docNumber: "惠科工函〔2024〕12号",
    signer: "王强",
    signDate: "2024-06-15",
  };
  const letter: LetterBody = {
    ...d.letter,
    opening:
      "您提出的《关于产业强区推动惠济区高质量发展的提案》（第12号）收悉。感谢您对我区产业发展的关心和支持，经认真研究，现答复如下：",
    background: ["区委区政府高度重视产业强区工作，持续推进中小企业发展和“专精特新”培育，不断优化全区产业发展环境。"],
    sections: [
      section("坚持多措并举，推动产业强区", [
        run("建立健全工作机制，形成党委牵头、政府抓落实、部门联动的工作格局。"),
        run("累计收集企业问题633个，其中已办结600个，另有33个正在办理中。"),
        run("全年共新增15家“专精特新”企业，完成市定新增8家目标任务的187%。"),
      ]),
      section("坚持政策引导，加大纾困帮扶力度", [
        sub(
          "加大纾困帮扶力度",
          "制定出台《关于进一步加大对中小企业纾困帮扶力度的实施意见》（惠政办〔2022〕4号），全力帮扶各类市场主体。",
        ),
        sub("深入走访企业", "2024年以来共走访企业150余家，发放宣传材料1800余份，兑付奖补资金811.6万元。"),
      ]),
      section(
        "下一步工作打算",
        [run("2024年底前建成小微企业园1个，新增入驻企业20家。"), run("持续开展产业强区专题调研，推动高质量发展。")],
        ["下一步，我们将认真吸纳您的意见和建议，重点做好以下工作："],
        "nextSteps",
      ),
    ],
    closing: [
      "再次感谢您对我们工作的关心和支持，欢迎今后多提宝贵意见。",
      "对以上答复有什么意见，请填写《委员提案办理情况征询意见表》，反馈至政协提案委员会。",
      "专此答复。",
    ],
    signOff: {
      unit: null,
      date: "2024-06-18",
      contactName: "李明",
      contactPhone: "0371-12345678",
      notes: [],
      cc: ["政协惠济区委员会提案委员会", "区政府督查室"],
      attachments: [],
    },
  };
  return { ...d, record, letter };
}

/** Lints a draft with the test settings and date. */
export function lint(draft: Draft, extra: Partial<LintInput> = {}): Finding[] {
  return lintDraft({ draft, settings: SETTINGS, today: TODAY, ...extra });
}

/** Findings of one rule. */
export function findingsOf(rule: RuleId, draft: Draft, extra: Partial<LintInput> = {}): Finding[] {
  return lint(draft, extra).filter((f) => f.rule === rule);
}

/** A draft with a changed letter. */
export function withLetter(draft: Draft, patch: Partial<LetterBody>): Draft {
  return { ...draft, letter: { ...draft.letter, ...patch } };
}

/** A draft with a changed record. */
export function withRecord(draft: Draft, patch: Partial<DraftRecord>): Draft {
  return { ...draft, record: { ...draft.record, ...patch } };
}

/** A draft whose first section's first run measure text is replaced. */
export function withFirstRun(draft: Draft, text: string): Draft {
  const [s0, ...rest] = draft.letter.sections;
  if (!s0) throw new Error("no section");
  const [m0, ...ms] = s0.measures;
  if (!m0) throw new Error("no measure");
  return withLetter(draft, { sections: [{ ...s0, measures: [{ ...m0, text }, ...ms] }, ...rest] });
}

/** A draft with one more background paragraph. */
export function withParagraph(draft: Draft, text: string): Draft {
  return withLetter(draft, { background: [...draft.letter.background, text] });
}
