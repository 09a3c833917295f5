// The end of a letter: closing sentences, 署名, 成文日期, 附注 (contact, 审签), attachments, 抄送 (§1.11–1.14).
import { readDate, looksLikeDate, chineseDate, type DateReading } from "./dates";
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
  readonly closing: string[];
  /** How many paragraphs from the end belong to the closing and sign-off. */
  consumed: number;
  readonly findings: ImportFinding[];
}

const CC = /^抄\s*([送报])\s*[：:]\s*(.+?)[。.]?$/u;
const ATTACHMENT = /^附\s*件?\s*[：:]\s*(.+)$/u;
const CONTACT_NAME = /联系人\s*[：:]?\s*([\p{Script=Han}·]{2,6}?)(?=[，,；;。\s）)]|联系|电话|$)/u;
const CONTACT_PHONE = /(?:联系)?电话\s*[：:]?\s*([\d－\-—() （）]{5,20}\d)/u;
const NOTE = /审签|公开发布|主动公开|依申请公开|不予公开/u;
const SPLIT_ORGANS = /[，、,；;]/u;

function isUnitLine(p: string): boolean {
  return p.length <= 40 && /^[\p{Script=Han}（）()·]+$/u.test(p);
}

function unbracket(p: string): string {
  const m = /^[（(](.+)[）)]$/u.exec(p);
  return m ? (m[1] ?? p) : p;
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
      t.cc.unshift(
        ...(cc[2] ?? "")
          .split(SPLIT_ORGANS)
          .map((s) => s.trim())
          .filter((s) => s !== ""),
      );
      continue;
    }
    const inner = unbracket(p);
    if (inner.length <= 80 && /联系人|联系电话/u.test(inner)) {
      t.contactName = CONTACT_NAME.exec(inner)?.[1] ?? t.contactName;
      t.contactPhone = (CONTACT_PHONE.exec(inner)?.[1] ?? t.contactPhone).trim();
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
