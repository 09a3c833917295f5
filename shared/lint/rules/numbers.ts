// R05 proposal number, R06 session string, R07 发文字号 (DOMAIN.md §1.4, §1.6).
import { isBodyField, type ViewField } from "../text-view";
import type { Finding, LintContext, LintRule } from "../types";
import { fieldFinding } from "../util";

const NUMBER_REF = /第(\d+)号/g;
// The proposal's number without 第: 23号提案, 4190号代表建议, （134号）.
const NUMBER_WITHOUT_DI =
  /(?<![第\d〔〕\]】)）])(\d{1,7})号(?=(?:代表|委员)?(?:提案|建议))|(?<=[（(])(\d{1,7})号(?=[）)])/gu;

function checkR05(ctx: LintContext): Finding[] {
  const { record } = ctx.draft;
  const out: Finding[] = [];
  const seen: { field: ViewField; n: number; at: number; len: number }[] = [];
  for (const path of ["title", "opening"]) {
    const field = ctx.view.byPath.get(path);
    if (!field) continue;
    for (const m of field.text.matchAll(NUMBER_REF)) {
      const digits = m[1] ?? "";
      // Only numbers of the proposal itself: followed by 建议/提案, or in the title, or in （第N号）.
      const after = field.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      const before = field.text[m.index - 1] ?? "";
      if (path !== "title" && !/^(提案|建议)/.test(after) && !/[（(]/.test(before)) continue;
      seen.push({ field, n: Number(digits), at: m.index, len: m[0].length });
      if (/^0\d/.test(digits)) {
        const fixed = `第${Number(digits)}号`;
        out.push(
          fieldFinding(
            { rule: "R05", severity: "error", message: `提案（建议）号“${m[0]}”不应补零，应写作“${fixed}”。` },
            field,
            m.index,
            m.index + m[0].length,
            { label: `改为“${fixed}”`, replacement: fixed },
          ),
        );
      }
    }
    // A number written without 第: 23号提案, 五次会议49号建议, （134号）.
    for (const m of field.text.matchAll(NUMBER_WITHOUT_DI)) {
      const fixed = `第${Number(m[1] ?? m[2])}号`;
      out.push(
        fieldFinding(
          { rule: "R05", severity: "warning", message: `编号“${m[0]}”前缺少“第”字，应写作“${fixed}”。` },
          field,
          m.index,
          m.index + m[0].length,
          { label: `改为“${fixed}”`, replacement: fixed },
        ),
      );
    }
    for (const m of field.text.matchAll(/(?<![\p{Script=Han}]〔?\d{4})〔(\d{1,3})〕号/gu)) {
      out.push(
        fieldFinding(
          {
            rule: "R05",
            severity: "error",
            message: `“${m[0]}”是发文字号的写法，不能用作提案（建议）号，请写作“第${Number(m[1])}号”。`,
          },
          field,
          m.index,
          m.index + m[0].length,
          { label: `改为“第${Number(m[1])}号”`, replacement: `第${Number(m[1])}号` },
        ),
      );
    }
  }
  const expected = record.proposalNumber;
  for (const s of seen) {
    if (expected !== null && s.n !== expected) {
      out.push(
        fieldFinding(
          {
            rule: "R05",
            severity: "error",
            message: `此处写的是第${s.n}号，但登记的${record.channel}号是第${expected}号，请核对。`,
          },
          s.field,
          s.at,
          s.at + s.len,
          { label: `改为“第${expected}号”`, replacement: `第${expected}号` },
        ),
      );
    }
  }
  if (expected === null) {
    const distinct = [...new Set(seen.map((s) => s.n))];
    const first = seen.find((s) => s.n !== seen[0]?.n);
    if (distinct.length > 1 && first)
      out.push(
        fieldFinding(
          {
            rule: "R05",
            severity: "error",
            message: `标题和开头的编号不一致（${distinct.map((n) => `第${n}号`).join("、")}），请核对。`,
          },
          first.field,
          first.at,
          first.at + first.len,
        ),
      );
  }
  return out;
}

/** R05: the proposal number is the same in title, opening and record, without zero padding. */
export const R05: LintRule = {
  id: "R05",
  severity: "error",
  describe: "提案（建议）号：标题、开头与登记一致，不补零，不用〔〕",
  check: checkR05,
};

const CN = "[一二三四五六七八九十]+";
const SESSION_CPPCC = new RegExp(`政协.+第${CN}届委员会第${CN}次会议`);
const SESSION_NPC = new RegExp(`第.+届人民代表大会第.+次会议|.+届人大.+次会议`);

/** The session string a draft states: record.session, else the part of the title between 关于 and 第N号. */
function sessionField(ctx: LintContext): { field: ViewField; start: number; end: number } | null {
  const rec = ctx.view.byPath.get("record.session");
  if (rec && rec.text.trim() !== "") return { field: rec, start: 0, end: rec.text.length };
  const title = ctx.view.byPath.get("title");
  if (!title) return null;
  const m = /关于(.*?(?:会议|人大|政协).*?)第\d+号/.exec(title.text);
  if (!m || !m[1]) return null;
  const start = m.index + 2;
  return { field: title, start, end: start + m[1].length };
}

function checkR06(ctx: LintContext): Finding[] {
  const found = sessionField(ctx);
  if (!found) return [];
  const { field, start, end } = found;
  const text = field.text.slice(start, end);
  const out: Finding[] = [];
  const warn = (message: string, s = start, e = end, fix?: { label: string; replacement: string }): void => {
    out.push(fieldFinding({ rule: "R06", severity: "warning", message }, field, s, e, fix));
  };
  const channel = ctx.draft.record.channel;
  const missing = /委员会([一二三四五六七八九十]+次)/.exec(text);
  if (missing) {
    const at = start + missing.index + 3;
    warn(`“委员会${missing[1]}”缺少“第”字，应为“委员会第${missing[1]}”。`, at, at, {
      label: "补上“第”",
      replacement: "第",
    });
  }
  const ok = channel === "提案" ? SESSION_CPPCC.test(text) : SESSION_NPC.test(text);
  if (!ok && !missing) {
    warn(
      channel === "提案"
        ? `届次“${text}”不规范，提案应写作“政协XX市第X届委员会第X次会议”。`
        : `届次“${text}”不规范，建议应写作“XX市第X届人民代表大会第X次会议”或“市X届人大X次会议”。`,
    );
  }
  return out;
}

/** R06: the session string has the 政协…委员会第X次会议 / 人民代表大会第X次会议 form of the channel. */
export const R06: LintRule = {
  id: "R06",
  severity: "warning",
  describe: "届次写法规范，与渠道相符，不缺“第”字（“政协”重复见R18）",
  check: checkR06,
};

const DOC_NUMBER = /^\p{Script=Han}+〔\d{4}〕[1-9]\d*号$/u;
const BAD_BRACKETS = /[【[(（﹝]\s*(\d{4})\s*[】\])）﹞]/;
// A 代字 that names no organ: 建议字〔2023〕8号, 字〔2023〕8号.
const NO_ORGAN_CODE = /^(?:建议|提案|议案|代表建议|委员提案)?[字函复]?\s*[〔【[(（﹝]/u;

/** The canonical form of a 发文字号 with wrong brackets, 第 or zero padding, or null if not recognisable. */
export function normaliseDocNumber(s: string): string | null {
  const m = /^(\p{Script=Han}+)\s*[〔【[(（﹝]\s*(\d{4})\s*[〕】\])）﹞]\s*第?0*(\d+)\s*号$/u.exec(s.trim());
  return m ? `${m[1]}〔${m[2]}〕${Number(m[3])}号` : null;
}

function checkR07(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  const field = ctx.view.byPath.get("record.docNumber");
  const err = (f: ViewField, message: string, s: number, e: number, fix?: string): Finding =>
    fieldFinding(
      { rule: "R07", severity: "error", message },
      f,
      s,
      e,
      fix ? { label: `改为“${fix}”`, replacement: fix } : undefined,
    );
  if (field && field.text.trim() !== "") {
    const text = field.text.trim();
    if (NO_ORGAN_CODE.test(text)) {
      out.push(
        err(
          field,
          `发文字号“${text}”没有机关代字（“${text.split(/[〔【[(（﹝]/u)[0] ?? ""}”不是发文机关的代字），应写作“某交函〔年份〕序号号”。`,
          0,
          field.text.length,
        ),
      );
    } else if (!DOC_NUMBER.test(text)) {
      const fixed = normaliseDocNumber(text);
      let why = "格式应为“机关代字〔年份〕序号号”，如“某交函〔2023〕12号”";
      if (BAD_BRACKETS.test(text)) why = "年份须用六角括号〔〕，不能用【】、[]、()或（）";
      else if (/第/.test(text)) why = "序号前不加“第”";
      else if (/〕0\d/.test(text)) why = "序号不补零";
      else if (/^〔/.test(text)) why = "缺少机关代字";
      out.push(err(field, `发文字号“${text}”不规范：${why}。`, 0, field.text.length, fixed ?? undefined));
    }
    const year = /〔(\d{4})〕/.exec(text)?.[1] ?? /[【[(（](\d{4})[】\])）]/.exec(text)?.[1];
    const date = ctx.draft.letter.signOff.date;
    if (year && date && date.slice(0, 4) !== year) {
      out.push(err(field, `发文字号中的年份${year}与成文日期的年份${date.slice(0, 4)}不一致。`, 0, field.text.length));
    }
  }
  // Documents cited in the body with the wrong brackets: 惠政办【2022】4号.
  for (const f of ctx.view.fields) {
    if (!isBodyField(f)) continue;
    for (const m of f.text.matchAll(/\p{Script=Han}{2,}[【[]\d{4}[】\]]第?\d+号/gu)) {
      const fixed = normaliseDocNumber(m[0]);
      out.push(
        fieldFinding(
          {
            rule: "R07",
            severity: "warning",
            message: `引用的文号“${m[0]}”应使用六角括号，写作“${fixed ?? "〔年份〕"}”。`,
          },
          f,
          m.index,
          m.index + m[0].length,
          fixed ? { label: `改为“${fixed}”`, replacement: fixed } : undefined,
        ),
      );
    }
  }
  return out;
}

/** R07: 发文字号 is 代字〔YYYY〕N号 with 〔〕, no 第, no zero padding, and the year of the 成文日期. */
export const R07: LintRule = {
  id: "R07",
  severity: "error",
  describe: "发文字号：代字〔年份〕序号号，六角括号，不加“第”，不补零，年份与成文日期一致",
  check: checkR07,
};
