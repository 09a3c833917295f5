// What kind of document a text is: a reply, a 会办/协办 opinion to the lead unit, or a look-alike (a 提案 itself,
// a 批复, a 办理情况 summary) that is refused with a reason in Chinese.
import { OPENING_ANCHOR } from "./patterns";

/** 主办 reply to the proposer, or a 会办/协办 opinion addressed to the lead unit. */
export type Handling = "主办" | "会办" | "协办";

const OPINION_TITLE = /(会办|协办)意见$/u;
const OPINION_OPENING = /(?:提出|现提出|提出如下)(会办|协办)意见|供你单位答复|供贵单位答复|(会办|协办)意见如下/u;

/** 会办/协办 when the title or the opening says so; 主办 otherwise. */
export function readHandling(title: string | null, opening: string): Handling {
  const t = OPINION_TITLE.exec(title ?? "");
  if (t) return t[1] === "协办" ? "协办" : "会办";
  const o = OPINION_OPENING.exec(opening);
  if (o) return (o[1] ?? o[2]) === "协办" ? "协办" : "会办";
  return "主办";
}

// The proposer named in an opinion's opening: 对九三学社提出的… / 杨春波代表提出的… / 程加能代表提出的….
const OPINION_PROPOSER =
  /(?:^|对|现对)((?:[\p{Script=Han}·xX×＊*]{2,4}、)*[\p{Script=Han}·xX×＊*]{2,12}?)(?:等\d*名?)?(委员|代表)?(?:同志)?(?:提出|所提)的/u;

/** The proposer(s) and role an opinion names in its opening; null when it names none. */
export function readOpinionProposer(opening: string): { names: string[]; role: "委员" | "代表" | null } | null {
  const m = OPINION_PROPOSER.exec(opening);
  if (!m) return null;
  const names = (m[1] ?? "").split("、").filter((n) => n !== "" && !/^(?:你|您|你们|您们)$/u.test(n));
  if (names.length === 0) return null;
  return { names, role: m[2] === "委员" || m[2] === "代表" ? m[2] : null };
}

const APPROVAL = /批复如下|特此批复|现批复|予以批复/u;
const ABOUT_PROPOSAL = /(?:提案|建议)[^。]{0,20}(?:收悉|的答复|答复如下)/u;
const PROPOSAL_FORM = /^(?:提案人|提案者|联名人|案\s*由|由|标\s*题|题)\s*[：:]/mu;
const REVIEW_NOTE = /审查意见|立案意见|办理意见[：:]|建议承办单位/u;
const SUMMARY = /办理情况|共承办|承办[^。]{0,12}\d+件|满意度/u;

/**
 * Why a text that looks like a letter is not a reply to a 建议/提案 (null when it may be one).
 * `hasSalutation`: a salutation was found; `letterText`: the text from the title on.
 */
export function lookAlikeReason(letterText: string, hasSalutation: boolean): string | null {
  if (APPROVAL.test(letterText) && !ABOUT_PROPOSAL.test(letterText)) {
    return "这是一份批复（对下级单位请示的答复），不是对代表建议或委员提案的答复函，未导入。";
  }
  if (PROPOSAL_FORM.test(letterText) && REVIEW_NOTE.test(letterText) && !OPENING_ANCHOR.test(letterText)) {
    return "这是提案（或建议）原文：有“提案人”“案由”“审查意见”等栏目，没有称呼和“收悉”“现答复如下”等答复用语。答复函导入后可在记录中引用它，但它本身不能作为答复函导入。";
  }
  if (!hasSalutation && !OPENING_ANCHOR.test(letterText) && SUMMARY.test(letterText)) {
    return "这是建议提案办理情况的汇总（工作总结），没有称呼和“收悉”“现答复如下”等答复用语，不是一封答复函，未导入。";
  }
  return null;
}
