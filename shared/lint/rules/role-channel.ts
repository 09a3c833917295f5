// R01 role and channel words agree (提案 ⇒ 委员, 建议 ⇒ 代表); R02 salutation names match the record.
import { isBodyField, type ViewField } from "../text-view";
import type { Finding, LintContext, LintRule } from "../types";
import { fieldFinding, finding, roleOf } from "../util";

interface WrongWord {
  readonly re: RegExp;
  readonly why: string;
  /** Replacement of the whole match, when mechanical. */
  readonly fix?: (m: string) => string;
}

// 建议 channel: 提案 (except 提案委员会 in 抄送, which R23 checks) and 委员 (except 委员会) are the other channel's words.
const WRONG_IN_JIANYI: readonly WrongWord[] = [
  { re: /委员们/g, why: "“委员们”", fix: () => "代表们" },
  { re: /各位委员/g, why: "“各位委员”", fix: () => "各位代表" },
  { re: /(?<![协委纪])委员(?![会长])/g, why: "称谓“委员”", fix: () => "代表" },
  { re: /提案(?![委])/g, why: "“提案”", fix: () => "建议" },
];
const WRONG_IN_TIAN: readonly WrongWord[] = [
  { re: /代表们/g, why: "“代表们”", fix: () => "委员们" },
  { re: /各位代表/g, why: "“各位代表”", fix: () => "各位委员" },
  { re: /第\d+号建议/g, why: "“第N号建议”", fix: (m) => m.replace("建议", "提案") },
  { re: /建议号/g, why: "“建议号”", fix: () => "提案号" },
  { re: /(?:这一|该|此|本)件?建议(?![内中的])/g, why: "把本件称为“建议”" },
];
// 对您“关于…的建议”的提案 (seed 000) calls one item both; a proposal titled …建议 (seed 002, unquoted) is normal.
const MIXED = /建议[”"’]的提案/g;

// The quoted title before 建议”的提案, e.g. 关于发展科技型中小企业的建议 (without its quotes), for the message.
function quotedTitleBefore(text: string, end: number): string {
  const open = Math.max(text.lastIndexOf("“", end), text.lastIndexOf('"', end - 1), text.lastIndexOf("‘", end));
  const title =
    open >= 0 && end - open <= 60 ? text.slice(open + 1, end + 2) : text.slice(Math.max(0, end - 10), end + 2);
  return title;
}

function mixedMessage(text: string, at: number, channel: string): string {
  const title = quotedTitleBefore(text, at);
  if (channel === "提案")
    return `此处把“${title}”称为提案，“建议”“提案”两种叫法连用。本件是提案：提案标题以“建议”结尾时请加书名号，写作“《${title}》”，不要再接“的提案”。`;
  return `此处把建议“${title}”称为“提案”。本件是建议，请只用“建议”一词，如“您提出的《${title}》”。`;
}

function scan(field: ViewField, words: readonly WrongWord[], channel: string, out: Finding[]): void {
  const role = channel === "提案" ? "委员" : "代表";
  for (const w of words) {
    for (const m of field.text.matchAll(w.re)) {
      const fix = w.fix ? { label: `改为“${w.fix(m[0])}”`, replacement: w.fix(m[0]) } : undefined;
      out.push(
        fieldFinding(
          {
            rule: "R01",
            severity: "error",
            message: `本件是${channel}（称谓应为“${role}”），但此处用了${w.why}。请统一改为${channel}的用语。`,
          },
          field,
          m.index,
          m.index + m[0].length,
          fix,
        ),
      );
    }
  }
}

function checkR01(ctx: LintContext): Finding[] {
  const { channel, handling } = ctx.draft.record;
  const out: Finding[] = [];
  const words = channel === "提案" ? WRONG_IN_TIAN : WRONG_IN_JIANYI;
  for (const f of ctx.view.fields) {
    if (!(isBodyField(f) || f.kind === "salutation" || f.kind === "title")) continue;
    if (f.kind === "salutation" && handling === "会办") continue;
    scan(f, words, channel, out);
    const wrongRole = channel === "提案" ? /代表(?=[：:]?\s*$)/.exec(f.text) : null;
    if (f.kind === "salutation" && wrongRole)
      out.push(
        fieldFinding(
          { rule: "R01", severity: "error", message: "本件是提案，称呼应为“委员”，不是“代表”。" },
          f,
          wrongRole.index,
          wrongRole.index + 2,
          { label: "改为“委员”", replacement: "委员" },
        ),
      );
    for (const m of f.text.matchAll(MIXED)) {
      out.push(
        fieldFinding(
          { rule: "R01", severity: "error", message: mixedMessage(f.text, m.index, channel) },
          f,
          m.index,
          m.index + m[0].length,
        ),
      );
    }
  }
  return out;
}

/** R01: the role word and the channel word agree with the record's channel everywhere. */
export const R01: LintRule = {
  id: "R01",
  severity: "error",
  describe: "称谓和渠道一致：提案用“委员”，建议用“代表”，不混用",
  check: checkR01,
};

/** Names in a salutation: 张三、李四代表： → [张三, 李四]; 王某等5名代表： → count 5. */
export function parseSalutation(text: string): { names: string[]; count: number | null; role: string | null } {
  let s = text
    .trim()
    .replace(/^尊敬的/, "")
    .replace(/[：:]$/, "");
  const roleMatch = /(代表|委员|同志)$/.exec(s);
  const role = roleMatch ? (roleMatch[1] ?? null) : null;
  if (role) s = s.slice(0, -role.length);
  const group = /^(.+?)等(\d*)名?$/.exec(s);
  if (group) {
    const n = group[2] ? Number(group[2]) : null;
    return { names: (group[1] ?? "").split("、").filter(Boolean), count: n, role };
  }
  return { names: s.split("、").filter(Boolean), count: null, role };
}

function checkR02(ctx: LintContext): Finding[] {
  const { record } = ctx.draft;
  const field = ctx.view.byPath.get("salutation");
  if (!field || field.text.trim() === "") return [];
  const out: Finding[] = [];
  const err = (message: string): Finding =>
    finding({
      rule: "R02",
      severity: "error",
      message,
      location: { path: field.path, start: 0, end: field.text.length },
    });
  if (record.handling === "会办") {
    if (/(代表|委员)[：:]?$/.test(field.text.trim()))
      out.push(err("会办意见应致主办单位（如“XX局：”），不直接答复代表或委员。请把称呼改为主办单位名称。"));
    return out;
  }
  const org = record.proposerOrg?.trim() ?? "";
  if (org !== "") {
    if (!field.text.includes(org)) out.push(err(`本件由“${org}”提出，称呼中应写该组织名称。`));
    return out;
  }
  const proposers = record.proposers.map((p) => p.trim()).filter(Boolean);
  if (proposers.length === 0) return out;
  const parsed = parseSalutation(field.text);
  for (const name of parsed.names) {
    if (!proposers.includes(name))
      out.push(err(`称呼中的“${name}”不在提案人名单（${proposers.join("、")}）中，请核对姓名。`));
  }
  const grouped = /等\d*名?(代表|委员|同志)?[：:]?$/.test(field.text.trim());
  if (grouped) {
    if (parsed.count !== null && parsed.count !== proposers.length)
      out.push(err(`称呼写“等${parsed.count}名”，但登记的提案人共${proposers.length}名，请核对人数。`));
    if (parsed.names[0] !== undefined && parsed.names[0] !== proposers[0] && proposers.includes(parsed.names[0]))
      out.push(err(`“等”字前应写领衔人“${proposers[0]}”。`));
  } else {
    const missing = proposers.filter((p) => !parsed.names.includes(p));
    if (missing.length > 0 && parsed.names.length > 0 && parsed.names.every((n) => proposers.includes(n)))
      out.push(
        err(
          `称呼漏了提案人：${missing.join("、")}。联名件应逐一写明，或写“${proposers[0]}等${proposers.length}名${roleOf(record.channel)}”。`,
        ),
      );
  }
  return out;
}

/** R02: the names in the salutation are the record's proposers (and the count of a 等N名 group matches). */
export const R02: LintRule = {
  id: "R02",
  severity: "error",
  describe: "称呼中的姓名、人数与登记的提案人一致",
  check: checkR02,
};
