// The 公开版: the replied letter minus the proposer's contact details and the 附注 phone lines (国办发〔2014〕46号).
import type { Draft, LetterBody, Measure } from "../model/draft";

// Mobile numbers, landlines with or without area code, 400/800 lines; digits may be split by - or spaces.
const PHONE =
  /(?:\+?86[-\s]?)?(?:1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}|(?:[(（]0\d{2,3}[)）]|0\d{2,3}[-－\s]?)?[2-9]\d{6,7}(?:[-－转]\d{1,5})?|[48]00[-\s]?\d{3}[-\s]?\d{4})(?!\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// "联系人：张三" / "联系电话：…" / "手机：…" / "邮箱：…" / "住址：…" up to the next separator.
const LABELLED =
  /(?:联系人|联系电话|联系方式|电话|手机|手机号码?|座机|传真|邮箱|电子邮箱|住址|家庭住址|通讯地址)\s*[:：]\s*[^，,；;。）)\n]*/g;

/** Lines of 附注 that only carry contact details, dropped as a whole from the 公开版. */
const CONTACT_NOTE = /联系人|联系电话|联系方式|电话|手机|邮箱|传真/;

/** What the redaction removed, for the 办理 panel and the tests. */
export interface Redaction {
  readonly draft: Draft;
  /** Each removed piece of text, in order. */
  readonly removed: readonly string[];
}

function scrub(text: string, removed: string[]): string {
  const take = (m: string): string => {
    removed.push(m);
    return "";
  };
  const out = text.replace(LABELLED, take).replace(EMAIL, take).replace(PHONE, take);
  if (out === text) return text;
  // Tidy what a removal leaves: empty brackets and doubled separators.
  return out
    .replace(/[(（]\s*[，,；;、]*\s*[)）]/g, "")
    .replace(/([，,；;、])\s*(?=[，,；;、。])/g, "")
    .replace(/[，,；;、]\s*(?=[)）])/g, "");
}

function scrubMeasures(measures: readonly Measure[], removed: string[]): Measure[] {
  return measures.map((m) => ({
    ...m,
    heading: scrub(m.heading, removed),
    text: scrub(m.text, removed),
    children: scrubMeasures(m.children, removed),
  }));
}

function scrubLetter(letter: LetterBody, removed: string[]): LetterBody {
  const so = letter.signOff;
  if (so.contactName.trim()) removed.push(`联系人：${so.contactName.trim()}`);
  if (so.contactPhone.trim()) removed.push(`联系电话：${so.contactPhone.trim()}`);
  const notes: string[] = [];
  for (const n of so.notes) {
    if (CONTACT_NOTE.test(n) || PHONE.test(n)) removed.push(n);
    else notes.push(n);
    PHONE.lastIndex = 0;
  }
  return {
    ...letter,
    title: letter.title === null ? null : scrub(letter.title, removed),
    salutation: letter.salutation === null ? null : scrub(letter.salutation, removed),
    opening: scrub(letter.opening, removed),
    background: letter.background.map((t) => scrub(t, removed)),
    sections: letter.sections.map((s) => ({
      ...s,
      heading: scrub(s.heading, removed),
      paragraphs: s.paragraphs.map((t) => scrub(t, removed)),
      measures: scrubMeasures(s.measures, removed),
    })),
    closing: letter.closing.map((t) => scrub(t, removed)),
    signOff: { ...so, contactName: "", contactPhone: "", notes },
  };
}

/** Why a letter has no 公开版, or null when it may be published (主动公开, or 依申请公开 on request). */
export function publicationRefusal(draft: Draft): string | null {
  if (draft.record.disclosure === "不予公开") return "公开属性为「不予公开」，不生成公开版。";
  if (draft.status !== "已答复") return `文稿当前为「${draft.status}」，答复后才能生成公开版。`;
  return null;
}

/** The 公开版 of a draft: contact details removed, everything else identical (figures keep their values). */
export function redactForPublication(draft: Draft): Redaction {
  const removed: string[] = [];
  const letter = scrubLetter(draft.letter, removed);
  const figures = draft.figures.map((f) => ({ ...f, source: scrub(f.source, removed) }));
  return { draft: { ...draft, letter, figures }, removed };
}

/** True when a text still holds something that looks like a phone number or e-mail address. */
export function containsContactDetails(text: string): boolean {
  const found = new RegExp(PHONE.source).test(text) || new RegExp(EMAIL.source).test(text);
  return found;
}
