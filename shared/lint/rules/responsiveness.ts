// R19 responsiveness: each suggestion of the proposal is answered (keyword overlap); vague wording is reported as a hint.
import type { Finding, LintContext, LintRule } from "../types";
import { finding } from "../util";

const STOP = new Set(
  "关于 建议 提案 我们 进一步 加强 加大 推进 推动 积极 工作 有关 相关 问题 情况 方面 以及 提高 完善 进行 开展 实施 支持 发展 落实 全面 深入 不断 切实 力度 我区 我市 我县 我局 政府 部门".split(
    " ",
  ),
);

/** Han bigrams of a text that carry meaning (stop words removed). */
export function keywords(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) {
      const bi = `${chars[i]}${chars[i + 1]}`;
      if (!STOP.has(bi) && !/^[的了和与及在对为是将等]|[的了和与及在对为是将等]$/.test(bi)) out.add(bi);
    }
  }
  return out;
}

function coverage(words: ReadonlySet<string>, body: string): number {
  if (words.size === 0) return 1;
  let hit = 0;
  for (const w of words) if (body.includes(w)) hit++;
  return hit / words.size;
}

/** The suggestions of a proposal: split on 一是/二是…, 建议, 1. and （一）. */
export function splitSuggestions(text: string): string[] {
  return text
    .split(/[一二三四五六七八九十]是|(?=建议)|\d+[.、．]|[（(][一二三四五六七八九十]+[）)]|\n/)
    .map((s) => s.trim())
    .filter((s) => Array.from(s).length >= 8);
}

const VAGUE = /高度重视|进一步|积极|加大力度|适时|研究/g;
const CONCRETE = /\d+(?:\.\d+)?|《[^》]+》/g;

function checkR19(ctx: LintContext): Finding[] {
  const body = ctx.view.bodyText;
  if (Array.from(body).length < 80 || ctx.draft.record.handling !== "主办") return [];
  const out: Finding[] = [];
  const loc = { path: "opening", start: 0, end: 0 };
  if (ctx.proposalText && ctx.proposalText.trim() !== "") {
    const items = splitSuggestions(ctx.proposalText);
    const missed = items.filter((s) => coverage(keywords(s), body) < 0.25);
    if (items.length > 0 && missed.length > 0 && missed.length / items.length > 0.4) {
      const sample = missed
        .slice(0, 3)
        .map((s) => `“${Array.from(s).slice(0, 16).join("")}…”`)
        .join("、");
      out.push(
        finding({
          rule: "R19",
          severity: "warning",
          message: `未逐条答复：${ctx.draft.record.channel}中的${missed.length}条意见在答复中找不到对应内容，如${sample}。请逐条回应。`,
          location: loc,
        }),
      );
    }
  } else {
    const title = ctx.draft.record.proposalTitle.replace(/^《|》$/g, "");
    const words = keywords(title);
    if (words.size >= 3 && coverage(words, body) < 0.2)
      out.push(
        finding({
          rule: "R19",
          severity: "warning",
          message: `答复正文与${ctx.draft.record.channel}标题“${title}”几乎没有共同的关键词，可能答非所问，请对照${ctx.draft.record.channel}内容逐条答复。`,
          location: loc,
        }),
      );
  }
  const vague = (body.match(VAGUE) ?? []).length;
  const concrete = (body.match(CONCRETE) ?? []).length;
  if (vague >= 6 && vague > 2 * concrete)
    out.push(
      finding({
        rule: "R19",
        severity: "hint",
        message: `答复中原则性表述（“高度重视”“进一步”“积极”等）有${vague}处，具体数字、时间、文件只有${concrete}处。建议补充具体措施、数据和时限。`,
        location: loc,
      }),
    );
  return out;
}

/** R19: the reply answers the proposal point by point and is concrete rather than vague. */
export const R19: LintRule = {
  id: "R19",
  severity: "warning",
  describe: "逐条答复：每条意见都有回应；原则性表述不宜过多",
  check: checkR19,
};
