// Chinese names for finding locations, matching the editor's field labels (开头, 第一部分（一）正文, 落款·联系人…).
import { chineseNumeral, deeperLevel, siblingLabels, type HeadingLevel } from "../letter/numbering";
import type { Draft, Measure } from "../model/draft";
import type { FindingLocation } from "./types";

const RECORD: Readonly<Record<string, string>> = {
  channel: "类别",
  handling: "办理方式",
  session: "届次会议",
  proposalNumber: "编号",
  proposerOrg: "提出单位",
  proposalTitle: "标题",
  leadUnit: "主办单位",
  coUnits: "会办单位",
  assignedDate: "交办日期",
  dueDate: "办理期限",
  extensionApproved: "延期",
  category: "答复类别",
  disclosure: "公开属性",
  docNumber: "发文字号",
  signer: "签发人",
  signDate: "签发日期",
  secrecy: "密级",
};

const SIGN_OFF: Readonly<Record<string, string>> = {
  unit: "署名",
  date: "成文日期",
  contactName: "联系人",
  contactPhone: "联系电话",
  notes: "附注",
  cc: "抄送",
  attachments: "附件",
};

const num = (s: string | undefined): number => Number(s ?? "0");

function recordLabel(draft: Draft, key: string): string {
  if (key === "proposers") return `基本信息·${draft.record.channel === "提案" ? "提案人" : "代表"}`;
  if (key === "proposalTitle") return `基本信息·${draft.record.channel}标题`;
  return `基本信息·${RECORD[key] ?? key}`;
}

function measureLabel(draft: Draft, parts: readonly string[]): string {
  const si = num(parts[1]);
  let where = `第${chineseNumeral(si + 1)}部分`;
  let siblings: readonly Measure[] = draft.letter.sections[si]?.measures ?? [];
  let level: HeadingLevel = 2;
  let i = 2;
  for (; i + 1 < parts.length && (parts[i] === "measures" || parts[i] === "children"); i += 2) {
    const idx = num(parts[i + 1]);
    where += siblingLabels(siblings, level)[idx] ?? `第${idx + 1}项`;
    siblings = siblings[idx]?.children ?? [];
    level = deeperLevel(level);
  }
  if (parts[i] === "heading") return `${where}小标题`;
  if (parts[i] === "text") return `${where}正文`;
  return where;
}

/** The Chinese name of a path, e.g. "sections.0.measures.1.text" → 第一部分二是正文; "closing" → 结尾. */
export function pathLabel(draft: Draft, path: string): string {
  const parts = path.split(".");
  const [head, second, third] = parts;
  switch (head) {
    case "title":
      return "标题";
    case "salutation":
      return "称呼";
    case "opening":
      return "开头";
    case "background":
      return second === undefined ? "背景段落" : `背景第${num(second) + 1}段`;
    case "closing":
      return second === undefined ? "结尾" : `结尾第${num(second) + 1}段`;
    case "record":
      return recordLabel(draft, second ?? "");
    case "figures":
      return "数据表";
    case "signOff": {
      const name = SIGN_OFF[second ?? ""] ?? "落款";
      const list = second === "notes" || second === "cc" || second === "attachments";
      return `落款·${list && third !== undefined ? `${name}${num(third) + 1}` : name}`;
    }
    case "sections": {
      if (second === undefined) return "正文各部分";
      const where = `第${chineseNumeral(num(second) + 1)}部分`;
      if (third === "heading") return `${where}标题`;
      if (third === "paragraphs") return parts[3] === undefined ? where : `${where}引言第${num(parts[3]) + 1}段`;
      return measureLabel(draft, parts);
    }
    default:
      return path;
  }
}

/** The Chinese name of a finding's location; 全文 for findings about the whole letter. */
export function locationLabel(draft: Draft, location: FindingLocation | null): string {
  return location ? pathLabel(draft, location.path) : "全文";
}
