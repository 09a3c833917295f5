// The publication record some sites print above a letter: key/value lines and table rows with | (seed 000, 002).
import { CategoryMark, Disclosure, type Channel } from "../model/draft";
import { TITLE_END } from "./patterns";
import type { RecordExtra } from "./types";

/** Record facts read from the block; unset fields were not present. */
export interface RecordFacts {
  proposers?: string[];
  proposalNumber?: number;
  proposalNumberText?: string;
  channelHint?: Channel;
  proposalTitle?: string;
  leadUnit?: string;
  coUnits?: string[];
  category?: CategoryMark;
  disclosure?: Disclosure;
  docNumber?: string;
  signer?: string;
  session?: string;
  /** The page's own name for the letter (标题 / 信息名称 / 名称), used when the letter shows no title. */
  recordTitle?: string;
  /** The reply text when the record holds it in a cell (答复内容). */
  replyText?: string;
  readonly extras: RecordExtra[];
}

// Keys we know, so a salutation such as 郦炳委员： is never read as a record line.
const KNOWN_KEY =
  /^(?:信息名称|名称|内容概述|内容概览|时效|主题词|成文日期|发文单位|发文机关|发布时间|更新时间|作者|文章来源|责任编辑|信息分类|体裁分类|主题分类|是否同意公开|同意公开|时间|单位负责人盖章|索引号|发布机构|公开日期|发布日期|发文日期|生成日期|日期|来源|信息来源|主题分类|分类|体裁分类|主办单位|主办|会办单位|会办|协办单位|协办|承办单位|.*(?:提出者|领衔人|提出人|姓名)|.*(?:提案|建议)号|编号|.*标题|案由|答复日期|答复内容|.*(?:提案|建议)内容|办理结果|类\s*别|办理类别|分类标识|公开属性|公开方式|是否公开|签发人|文号|发文字号|届次|会议|所属届次)$/u;

const SPLIT_LIST = /[、，,；;\s]+/u;

function cleanKey(cell: string): string {
  return cell
    .replace(/[：:]\s*$/u, "")
    .replace(/\s+/gu, "")
    .trim();
}

/** Whether a cell or line head is a record key (known, followed by a colon). */
export function isRecordKey(text: string): boolean {
  return /[：:]\s*$/u.test(text) && KNOWN_KEY.test(cleanKey(text));
}

function assign(facts: RecordFacts, key: string, value: string): void {
  const v = value.trim();
  if (v === "") return;
  if (/答复内容/u.test(key)) {
    facts.replyText = v;
  } else if (/^(?:主办单位|主办)$/u.test(key)) {
    facts.leadUnit = v;
  } else if (/^(?:会办单位|会办|协办单位|协办)$/u.test(key)) {
    facts.coUnits = v.split(SPLIT_LIST).filter((s) => s !== "");
  } else if (/提出者|领衔人|提出人|姓名/u.test(key)) {
    facts.proposers = v.split(SPLIT_LIST).filter((s) => s !== "");
  } else if (/(?:提案|建议)号$|^编号$/u.test(key)) {
    const m = /\d+/u.exec(v);
    if (m) {
      facts.proposalNumber = Number(m[0]);
      facts.proposalNumberText = m[0];
    }
    if (/提案/u.test(key) && !/建议/u.test(key)) facts.channelHint = "提案";
    if (/建议/u.test(key) && !/提案/u.test(key)) facts.channelHint = "建议";
  } else if (/^(?:标题|信息名称|名称)$/u.test(key) && TITLE_END.test(v)) {
    // The page's name for the letter itself (…的答复); a bare 标题 otherwise names the proposal.
    facts.recordTitle = v;
  } else if (/(?:^|提案|建议)标题$|^案由$/u.test(key)) {
    facts.proposalTitle = v;
  } else if (/^(?:办理结果|类别|办理类别|分类标识)$/u.test(key) && /^[（(]?[A-D][）)]?类?$/u.test(v)) {
    const mark = CategoryMark.safeParse(/[A-D]/u.exec(v)?.[0]);
    if (mark.success) facts.category = mark.data;
  } else if (/^(?:公开属性|公开方式)$/u.test(key) && Disclosure.safeParse(v).success) {
    facts.disclosure = Disclosure.parse(v);
  } else if (key === "签发人") {
    facts.signer = v;
  } else if (/^(?:文号|发文字号)$/u.test(key)) {
    facts.docNumber = v;
  } else if (/^(?:届次|会议|所属届次)$/u.test(key)) {
    facts.session = v;
  } else {
    facts.extras.push({ label: key, value: v });
  }
}

/** Reads one table row (cells split by |): a key cell is followed by its value cells. */
export function readTableRow(line: string, facts: RecordFacts): void {
  const cells = line.split("|").map((c) => c.trim());
  let key: string | null = null;
  let values: string[] = [];
  const flush = (): void => {
    if (key !== null) assign(facts, key, values.join(" "));
    else if (values.length > 0) facts.extras.push({ label: "表格", value: values.join(" ") });
    key = null;
    values = [];
  };
  for (const cell of cells) {
    if (cell === "") continue;
    if (/[：:]$/u.test(cell) && cell.length <= 20) {
      flush();
      key = cleanKey(cell);
    } else values.push(cell);
  }
  flush();
}

/** Reads a `键：值` line if its key is a known record key; returns false otherwise. */
export function readKeyValueLine(line: string, facts: RecordFacts): boolean {
  const m = /^([^：:|]{1,16})[：:]\s*(.*)$/u.exec(line);
  if (!m || !KNOWN_KEY.test(cleanKey(m[1] ?? ""))) return false;
  assign(facts, cleanKey(m[1] ?? ""), m[2] ?? "");
  return true;
}
