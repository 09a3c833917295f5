// The end of a letter: closing sentences, 署名, 成文日期, 附注 (contact, 审签), attachments, 抄送 (§1.11–1.14).
import { CategoryMark } from "../model/draft";
import { readDate, looksLikeDate, chineseDate, DATE_AT_END, type DateReading } from "./dates";
import { CLOSING, L1, L2, ORG_END } from "./patterns";
import type { ImportFinding } from "./types";

/** What the tail of a letter holds. */
export interface TailFacts {
  unit: string | null;
  dateText: string | null;
  date: DateReading | null;
  contactName: string;
  contactPhone: string;
  readonly notes: string[];
  readonly cc: string[];
  readonly attachments: string[];
  ccWord: "抄送" | "抄报" | null;
  /** The 抄送 line as written (its punctuation is checked, R23). */
  ccLine: string | null;
  /** A 办复类别 mark written below the letter. */
  category: CategoryMark | null;
  /** True when the contact note sits above the date or the 署名 (R22). */
  contactAbove: boolean;
  /** True when the 署名 was split off a line that also held the date (a guess worth a look). */
  unitGlued: boolean;
  readonly closing: string[];
  /** How many paragraphs from the end belong to the closing and sign-off. */
  consumed: number;
  readonly findings: ImportFinding[];
}

const CC = /^抄\s*([送报])\s*[：:]\s*(.+?)[。.]?$/u;
const ATTACHMENT = /^附\s*件?\s*[：:]\s*(.+)$/u;
// Who to call: 联系人 / 经办人 / 承办人 (及联系电话), then a name of 2–4 characters (masked ones too).
const CONTACT_NAME =
  /(?:联系人|经办人|承办人)(?:及(?:联系)?电话)?\s*[：:]?\s*([\p{Script=Han}·]{1,3}[\p{Script=Han}·xX×＊*]{1,3}?)(?=[，,；;。：:\s）)]|联系|电话|手机|\d|$)/u;
const CONTACT_PHONE = /\d[\d－\-—–()（） ]{4,18}\d/gu;
const CONTACT_LINE = /联系人|联系电话|经办人|承办人及|^(?:电话|手机|联系方式)\s*[：:]/u;
// Lines of the sign-off block that are neither 署名 nor date: leaders, stamps, the handling unit, sources.
const AUX_LINE =
  /^(?:主管领导|分管领导|承办负责人|单位负责人(?:盖章)?|领导签发|签发人?|承办单位|办理单位|联系单位|协办单位|会办单位)\s*[：:]|^领导签发$/u;
const CATEGORY_LINE = /^(?:办复类别|办理类别|办理结果|答复类别|类\s*别)\s*[：:]\s*[（(〔]?([A-D])[）)〕]?\s*类?$/u;
const NOTE = /审签|公开发布|主动公开|依申请公开|不予公开/u;

function isUnitLine(p: string): boolean {
  return p.length <= 40 && /^[\p{Script=Han}（）()·]+$/u.test(p);
}

function unbracket(p: string): string {
  const m = /^[（(](.+)[）)]$/u.exec(p);
  return m ? (m[1] ?? p) : p;
}

// Organs of a 抄送 line: split at 、，；, at spaces, and after copy counts such as 2份.
function splitOrgans(list: string): string[] {
  return list
    .replace(/(\d+\s*份)(?=\S)/gu, "$1、")
    .split(/[，、,；;\s]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function readContact(line: string, t: TailFacts): void {
  const name = CONTACT_NAME.exec(line)?.[1];
  if (name && t.contactName === "") t.contactName = name;
  const phone = (line.match(CONTACT_PHONE) ?? []).find((m) => m.replace(/\D/gu, "").length >= 6);
  if (phone && t.contactPhone === "") t.contactPhone = phone.trim();
}

function splitAttachments(list: string): string[] {
  const items = list
    .split(/\s*\d+[.．、]\s*/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return items.length > 0 ? items : [list.trim()];
}

/** Reads the closing and sign-off from the end of the body paragraphs. */
export function readTail(paragraphs: readonly string[]): TailFacts {
  const t: TailFacts = {
    unit: null,
    dateText: null,
    date: null,
    contactName: "",
    contactPhone: "",
    notes: [],
    cc: [],
    attachments: [],
    ccWord: null,
    ccLine: null,
    category: null,
    contactAbove: false,
    unitGlued: false,
    closing: [],
    consumed: 0,
    findings: [],
  };
  const tailNotes: string[] = [];
  let i = paragraphs.length - 1;
  for (; i >= 0; i--) {
    const p = paragraphs[i] ?? "";
    const cc = CC.exec(p);
    if (cc) {
      t.ccWord = cc[1] === "报" ? "抄报" : "抄送";
      t.ccLine = p;
      t.cc.unshift(...splitOrgans(cc[2] ?? ""));
      continue;
    }
    const inner = unbracket(p);
    if (inner.length <= 80 && CONTACT_LINE.test(inner)) {
      readContact(inner, t);
      if (t.dateText !== null || t.unit !== null) t.contactAbove = true;
      continue;
    }
    const mark = CATEGORY_LINE.exec(p);
    if (mark) {
      const parsed = CategoryMark.safeParse(mark[1]);
      if (parsed.success) t.category = parsed.data;
      continue;
    }
    // A date run on after the 署名 (or a label) on the same line: 某管委会2025年3月12日.
    const glued = t.dateText === null && p.length <= 80 ? DATE_AT_END.exec(p) : null;
    if (glued) {
      t.dateText = glued[0];
      t.date = readDate(glued[0]);
      const before = p.slice(0, glued.index).trim();
      if (t.unit === null && isUnitLine(before)) {
        t.unit = before;
        t.unitGlued = true;
      } else if (before !== "") tailNotes.unshift(before);
      continue;
    }
    if (p.length <= 80 && AUX_LINE.test(p)) {
      tailNotes.unshift(p.replace(/[：:]\s*$/u, "："));
      continue;
    }
    const att = ATTACHMENT.exec(p);
    if (att) {
      t.attachments.unshift(...splitAttachments(att[1] ?? ""));
      continue;
    }
    if (t.dateText === null && looksLikeDate(p)) {
      t.dateText = p;
      t.date = readDate(p);
      continue;
    }
    if (t.unit === null && isUnitLine(p) && (t.dateText !== null || ORG_END.test(p))) {
      t.unit = p;
      continue;
    }
    if (inner.length <= 60 && NOTE.test(inner) && !/。.+/u.test(inner.replace(/。$/u, ""))) {
      tailNotes.unshift(inner.replace(/。$/u, ""));
      continue;
    }
    break;
  }
  // Closing sentences directly above the sign-off; 审签 sentences inside them are 附注.
  for (; i >= 0; i--) {
    const p = paragraphs[i] ?? "";
    if (p.length > 160 || !CLOSING.test(p) || L1.test(p) || L2.test(p) || /^[一二三四五六七八九十]+是/u.test(p)) break;
    const sentences = p.match(/[^。]+。?/gu) ?? [p];
    const kept = sentences.filter((s) => {
      if (!/审签/u.test(s)) return true;
      t.notes.push(s.replace(/。$/u, ""));
      return false;
    });
    if (kept.length > 0) t.closing.unshift(kept.join(""));
  }
  t.notes.push(...tailNotes);
  t.consumed = paragraphs.length - 1 - i;
  if (t.date && t.dateText !== null) dateFindings(t.dateText, t.date, t.findings);
  return t;
}

function dateFindings(text: string, d: DateReading, findings: ImportFinding[]): void {
  if (d.confidence === "guessed") {
    findings.push({
      rule: "R08",
      severity: "warning",
      message: `成文日期“${text}”数字连写，唯一可能的读法是 ${chineseDate(d.candidates[0] ?? "")}，已按此填写，请确认。`,
    });
  } else if (d.confidence === "ambiguous") {
    findings.push({
      rule: "R08",
      severity: "error",
      message: `成文日期“${text}”数字连写，可能是 ${d.candidates.map(chineseDate).join("或")}，无法确定，请手工填写。`,
    });
  } else if (d.confidence === "invalid") {
    findings.push({ rule: "R08", severity: "error", message: `成文日期“${text}”不是有效日期，请手工填写。` });
  }
}
