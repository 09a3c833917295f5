// Linting an imported letter: the draft the importer built (imported: true) plus what only the importer saw
// (cleaned punctuation, traditional script, pinyin, the date as written) — so `lint FILE.txt` reports real defects.
import type { ImportResult } from "../import/types";
import type { Settings } from "../model/settings";
import { lintDraft } from "./index";
import type { Finding, RuleId } from "./types";

const RULE_ID = /^R(0[1-9]|1\d|2[0-8])$/;

function isRuleId(s: string): s is RuleId {
  return RULE_ID.test(s);
}

/** Lints an import result; a refused import gives one R27 error. */
export function lintImport(
  result: ImportResult,
  settings: Settings,
  today: string,
  opts: { staleFigureDays?: number } = {},
): Finding[] {
  if (result.kind !== "reply" || result.draft === null) {
    return [
      {
        rule: "R27",
        severity: "error",
        message: result.reason ?? "这份文件不是答复函，无法检查。",
        location: null,
      },
    ];
  }
  const findings = lintDraft({ draft: result.draft, settings, today, imported: true, ...opts });
  const extra: Finding[] = [];
  const dateText = result.meta.dateText;
  if (dateText !== null && !/^\d{4}年[1-9]\d?月[1-9]\d?日$/.test(dateText.trim())) {
    extra.push({
      rule: "R08",
      severity: "error",
      message: `原文成文日期写作“${dateText}”，不规范，应写作“${formatted(result.draft.letter.signOff.date) ?? "2024年5月28日"}”这样的格式（年份写全、月日不补零）。`,
      location: { path: "signOff.date", start: 0, end: 0 },
    });
  }
  const seen = new Set(findings.map((f) => f.rule));
  for (const f of result.findings) {
    if (!isRuleId(f.rule) || seen.has(f.rule) || f.rule === "R08") continue;
    // Cleaning notes (R12 punctuation, R28 script) were fixed by the importer: they stay hints.
    extra.push({
      rule: f.rule,
      severity: f.severity === "info" ? "hint" : f.severity,
      message: f.message,
      location: null,
    });
  }
  const ordered = [
    ...extra.filter((f) => f.location === null),
    ...findings,
    ...extra.filter((f) => f.location !== null),
  ];
  return ordered.map((f) => sayWhatItRestsOn(f, new Set(result.lowConfidence)));
}

// Elements the importer recognised, by lint path: a finding on one says which element it rests on.
const RECOGNISED: Readonly<Record<string, string>> = {
  title: "标题",
  salutation: "称呼",
  opening: "开头语",
  "signOff.unit": "署名",
  "signOff.date": "成文日期",
  "signOff.cc": "抄送",
  "record.session": "届次",
  "record.docNumber": "发文字号",
  "record.proposers": "提出人",
  "record.category": "分类标识",
  "record.channel": "建议/提案类别",
};

const RULES_ON_TEXT: ReadonlySet<string> = new Set(["R03", "R08", "R12", "R28"]);

// The import check screen's path (letter.title, record.session) of a lint path (title, record.session).
const checkPath = (path: string): string => (path.startsWith("record.") ? path : `letter.${path}`);

/**
 * Names the recognised element a finding rests on; on an element the importer only guessed (待核对), an error
 * becomes a warning until a person has checked it (R01 rests on the channel, so a guessed channel softens it).
 */
function sayWhatItRestsOn(f: Finding, low: ReadonlySet<string>): Finding {
  const path = f.location?.path ?? (f.rule === "R01" ? "record.channel" : null);
  if (path === null) return f;
  const key = Object.keys(RECOGNISED).find((k) => path === k || path.startsWith(`${k}.`));
  if (key === undefined) return f;
  // R03/R08 judge the text as written (wrong whatever the reading); the others rest on what was recognised.
  const guessed = low.has(checkPath(key)) && !RULES_ON_TEXT.has(f.rule);
  const note = guessed ? `（依据导入时推测的${RECOGNISED[key]}，待核对）` : `（依据导入识别的${RECOGNISED[key]}）`;
  return { ...f, severity: guessed && f.severity === "error" ? "warning" : f.severity, message: `${f.message}${note}` };
}

function formatted(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split("-").map(Number);
  return y && m && d ? `${y}年${m}月${d}日` : null;
}
