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
  return [...extra.filter((f) => f.location === null), ...findings, ...extra.filter((f) => f.location !== null)];
}

function formatted(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split("-").map(Number);
  return y && m && d ? `${y}年${m}月${d}日` : null;
}
