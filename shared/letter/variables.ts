// Variable and figure tokens in letter text: {{var:称谓}} and {{fig:ID}}, resolved at layout time.
import type { Channel, DraftRecord, Figure } from "../model/draft";
import type { BureauProfile } from "../model/settings";

/** Names accepted in {{var:NAME}}. */
export const VARIABLE_NAMES = [
  "称谓",
  "提案人",
  "编号",
  "届次",
  "标题",
  "单位",
  "简称",
  "渠道",
  "主办单位",
  "反馈机构",
] as const;
/** One of VARIABLE_NAMES. */
export type VariableName = (typeof VARIABLE_NAMES)[number];

/** Printed in place of a figure reference whose id is not in the figures table. */
export const FIGURE_MISSING = "【数据缺失】";

/** Everything tokens are resolved against. */
export interface VariableContext {
  readonly record: DraftRecord;
  readonly bureau: Pick<BureauProfile, "fullName" | "shortName">;
  readonly figures: readonly Figure[];
}

/** A piece of resolved text; figureId is set when the text came from a figure. */
export interface TextPiece {
  readonly text: string;
  readonly figureId?: string;
}

const TOKEN = /\{\{\s*(var|fig)\s*:\s*([^{}]+?)\s*\}\}/g;

/** Role word for a channel: 提案 → 委员, 建议 → 代表. */
export function roleWord(channel: Channel): "委员" | "代表" {
  return channel === "提案" ? "委员" : "代表";
}

/** Where the feedback form goes (DOMAIN.md §1.11): the NPC 选联工委 for 建议, the CPPCC 提案委员会 for 提案. */
export function feedbackOrgan(channel: Channel): string {
  return channel === "提案" ? "政协提案委员会" : "人大常委会选联工委";
}

/** Proposer names as a letter writes them: 张三、李四, or 张三等5名委员 when more than three. */
export function proposerText(record: Pick<DraftRecord, "channel" | "proposers" | "proposerOrg">): string {
  const names = record.proposers.map((p) => p.trim()).filter((p) => p !== "");
  if (names.length === 0) return record.proposerOrg?.trim() ?? "";
  if (names.length > 3) return `${names[0]}等${names.length}名${roleWord(record.channel)}`;
  return names.join("、");
}

/** The token text that references a variable, for editors and templates. */
export function varToken(name: VariableName): string {
  return `{{var:${name}}}`;
}

/** The token text that references a figure. */
export function figToken(figureId: string): string {
  return `{{fig:${figureId}}}`;
}

/** Whether a name is one of VARIABLE_NAMES. */
export function isVariableName(name: string): name is VariableName {
  const names: readonly string[] = VARIABLE_NAMES;
  return names.includes(name);
}

/** The value of one variable ("" when the record has no value for it). */
export function variableValue(name: VariableName, ctx: VariableContext): string {
  const r = ctx.record;
  switch (name) {
    case "称谓":
      return roleWord(r.channel);
    case "提案人":
      return proposerText(r);
    case "编号":
      return r.proposalNumber === null ? "" : String(r.proposalNumber);
    case "届次":
      return r.session.trim();
    case "标题":
      return r.proposalTitle.trim();
    case "单位":
      return ctx.bureau.fullName.trim();
    case "简称":
      return ctx.bureau.shortName.trim();
    case "渠道":
      return r.channel;
    case "主办单位":
      return r.leadUnit.trim() || (r.handling === "主办" ? ctx.bureau.fullName.trim() : "");
    case "反馈机构":
      return feedbackOrgan(r.channel);
  }
}

/** A figure as printed: prefix + value + suffix + unit, e.g. 近 + 7000 + "" + 万元. */
export function figureText(figure: Figure): string {
  return `${figure.prefix}${figure.value}${figure.suffix}${figure.unit}`;
}

/** Resolves every token of a text into pieces, keeping figure text separate and tagged with its id. */
export function resolvePieces(text: string, ctx: VariableContext): TextPiece[] {
  const pieces: TextPiece[] = [];
  let plain = "";
  let last = 0;
  const flush = (): void => {
    if (plain !== "") pieces.push({ text: plain });
    plain = "";
  };
  for (const m of text.matchAll(TOKEN)) {
    plain += text.slice(last, m.index);
    last = m.index + m[0].length;
    const kind = m[1];
    const key = m[2] ?? "";
    if (kind === "var") {
      if (!isVariableName(key)) plain += `【未知变量：${key}】`;
      else plain += variableValue(key, ctx) || `【未填写：${key}】`;
      continue;
    }
    const figure = ctx.figures.find((f) => f.id === key);
    flush();
    pieces.push({ text: figure ? figureText(figure) : FIGURE_MISSING, figureId: key });
  }
  plain += text.slice(last);
  flush();
  return pieces;
}

/** Resolves every token of a text into plain text. */
export function resolveText(text: string, ctx: VariableContext): string {
  return resolvePieces(text, ctx)
    .map((p) => p.text)
    .join("");
}

/** The figure ids a text references, in order of first use, without duplicates. */
export function figureIdsIn(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const id = m[2] ?? "";
    if (m[1] === "fig" && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The variable names a text references (unknown names included, so lint can report them). */
export function variableNamesIn(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const name = m[2] ?? "";
    if (m[1] === "var" && !names.includes(name)) names.push(name);
  }
  return names;
}
