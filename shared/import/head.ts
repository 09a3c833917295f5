// The head of a letter (everything above the salutation): category mark, 发文字号/签发人, title, record lines.
import { CategoryMark } from "../model/draft";
import { DOC_NUMBER, TITLE_END } from "./patterns";
import { readKeyValueLine, readTableRow, type RecordFacts } from "./record-block";

/** What the head holds besides record facts. */
export interface HeadFacts {
  title: string | null;
  /** How many source lines the title was broken over. */
  titleLines: number;
  category: CategoryMark | null;
  docNumber: string | null;
  signer: string | null;
  /** Lines that fit nowhere; kept and reported, never dropped. */
  readonly unknown: string[];
}

const CATEGORY_LINE =
  /^(?:(?:办理结果|类\s*别|分类标识|办理类别|办复类别|答复类别)\s*[：:]\s*)?[（(〔【[]?([A-D])[）)〕】\]]?\s*类?$/u;
// A mark glued to the 发文字号: 华建复〔2017〕5号（B类）.
const GLUED_CATEGORY = /[（(〔【]([A-D])类?[）)〕】]/u;
// A line that is nothing but a 字号 without 号 or with odd brackets: 建议字[2019]3.
const LOOSE_DOC_NUMBER =
  /^[\p{Script=Han}]{0,12}[〔[【(（﹝]\d{4}[〕\]】)）﹞]\s*\d{1,5}\s*号?(?=$|[（(][A-D]类?[）)]$)/u;
const SIGNER = /签发人\s*[：:]\s*([\p{Script=Han}·]{2,8})/u;
const TITLE_START = /^对|关于|答复|复函|回复/u;

function readCategory(line: string): CategoryMark | null {
  const m = CATEGORY_LINE.exec(line.replace(/\s+/gu, " ").trim());
  const parsed = CategoryMark.safeParse(m?.[1]);
  return parsed.success ? parsed.data : null;
}

/** Reads the head lines into head facts and record facts (record rows may sit anywhere in the head). */
export function readHead(lines: readonly string[], facts: RecordFacts): HeadFacts {
  const head: HeadFacts = { title: null, titleLines: 0, category: null, docNumber: null, signer: null, unknown: [] };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.includes("|")) {
      readTableRow(line, facts);
      continue;
    }
    const category = head.category === null ? readCategory(line) : null;
    if (category) {
      head.category = category;
      continue;
    }
    const doc = DOC_NUMBER.exec(line) ?? LOOSE_DOC_NUMBER.exec(line);
    const signer = SIGNER.exec(line);
    if ((doc || signer) && line.length <= 40) {
      if (doc) head.docNumber = doc[0].replace(/\s+/gu, "");
      const glued = doc ? GLUED_CATEGORY.exec(line.slice(doc.index + doc[0].length)) : null;
      const mark = CategoryMark.safeParse(glued?.[1]);
      if (mark.success && head.category === null) head.category = mark.data;
      if (signer) head.signer = signer[1] ?? null;
      continue;
    }
    if (readKeyValueLine(line, facts)) continue;
    if ((head.title === null && TITLE_START.test(line)) || (head.title === null && TITLE_END.test(line))) {
      // A title may be broken over up to four lines; join until the ending is reached.
      let joined = line;
      let used = 1;
      while (!TITLE_END.test(joined) && used < 4 && i + used < lines.length) {
        const next = lines[i + used] ?? "";
        if (next.includes("|") || /[：:。]/u.test(next)) break;
        joined += next;
        used++;
      }
      if (TITLE_END.test(joined) || used === 1) {
        head.title = TITLE_END.test(joined) ? joined : line;
        head.titleLines = TITLE_END.test(joined) ? used : 1;
        i += head.titleLines - 1;
        continue;
      }
    }
    head.unknown.push(line);
  }
  return head;
}
