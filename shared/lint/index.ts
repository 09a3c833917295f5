// Public surface of the linter: the rule registry, lintDraft, applyFix, summarise and blocking.
import type { Draft } from "../model/draft";
import { createLintContext, DEFAULT_STALE_FIGURE_DAYS, type LintInput } from "./context";
import { R10, R20 } from "./rules/category";
import { R21 } from "./rules/closing";
import { R08, R25, R26 } from "./rules/dates";
import { R11 } from "./rules/disclosure";
import { R16 } from "./rules/figures";
import { R27, R28 } from "./rules/input";
import { R05, R06, R07 } from "./rules/numbers";
import { R14, R15 } from "./rules/numbering";
import { R04 } from "./rules/opening";
import { R12, R13, R17, R18 } from "./rules/punctuation";
import { R19 } from "./rules/responsiveness";
import { R01, R02 } from "./rules/role-channel";
import { R03 } from "./rules/salutation";
import { R09, R22, R23 } from "./rules/sign-off";
import { R24 } from "./rules/title";
import type { Finding, LintContext, LintRule, QuickFix, RuleId } from "./types";

export type * from "./types";
export { createLintContext, DEFAULT_STALE_FIGURE_DAYS, type LintInput };
export { buildLintView, type LintView, type ViewField } from "./text-view";

/** Every rule R01–R28, in id order. */
export const RULES: readonly LintRule[] = [
  R01,
  R02,
  R03,
  R04,
  R05,
  R06,
  R07,
  R08,
  R09,
  R10,
  R11,
  R12,
  R13,
  R14,
  R15,
  R16,
  R17,
  R18,
  R19,
  R20,
  R21,
  R22,
  R23,
  R24,
  R25,
  R26,
  R27,
  R28,
];

/** A rule by id. */
export function ruleById(id: RuleId): LintRule | undefined {
  return RULES.find((r) => r.id === id);
}

// Document order of paths: header record fields first, then the letter's fields, then the rest.
const HEADER = [
  "record.category",
  "record.disclosure",
  "record.docNumber",
  "record.signer",
  "record.signDate",
  "record.session",
];

function orderOf(ctx: LintContext): (path: string) => number {
  const order = new Map<string, number>();
  HEADER.forEach((p, i) => order.set(p, i));
  ctx.view.fields.forEach((f, i) => {
    if (!order.has(f.path)) order.set(f.path, HEADER.length + i);
  });
  const tail = HEADER.length + ctx.view.fields.length;
  return (path) => {
    const exact = order.get(path);
    if (exact !== undefined) return exact;
    // A path without a field of its own (signOff.date, sections) sorts with its closest prefix.
    let best = -1;
    let bestLen = 0;
    for (const [p, i] of order)
      if ((path.startsWith(`${p}.`) || p.startsWith(`${path}.`)) && p.length > bestLen) {
        best = i;
        bestLen = p.length;
      }
    if (path.startsWith("signOff.date") || path.startsWith("signOff.unit")) {
      const unit = order.get("signOff.contactName");
      if (unit !== undefined) return unit - 0.5;
    }
    return best >= 0 ? best : tail;
  };
}

/** Runs every rule on a context and returns the findings sorted by location (document order, then offset). */
export function lintContext(ctx: LintContext, rules: readonly LintRule[] = RULES): Finding[] {
  const findings = rules.flatMap((r) => r.check(ctx));
  const pos = orderOf(ctx);
  const key = (f: Finding): [number, number, string] =>
    f.location ? [pos(f.location.path), f.location.start, f.rule] : [-1, 0, f.rule];
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2].localeCompare(b.k[2]) || a.i - b.i)
    .map((x) => x.f);
}

/** Lints a draft: builds the context (layout + resolved text) and runs every rule. */
export function lintDraft(input: LintInput | LintContext): Finding[] {
  const ctx = "view" in input ? input : createLintContext(input);
  return lintContext(ctx);
}

/** Counts by severity, for the panel header and the CLI summary. */
export function summarise(findings: readonly Finding[]): { errors: number; warnings: number; hints: number } {
  let errors = 0;
  let warnings = 0;
  let hints = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else hints++;
  }
  return { errors, warnings, hints };
}

/** The findings that block 提交审核 and 正式导出 (the errors). */
export function blocking(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "error");
}

function setAt(root: unknown, keys: readonly string[], fn: (old: unknown) => unknown): unknown {
  const [head, ...rest] = keys;
  if (head === undefined) return fn(root);
  if (Array.isArray(root)) {
    const i = Number(head);
    if (!Number.isInteger(i) || i < 0 || i >= root.length) throw new RangeError(`路径不存在：${head}`);
    return root.map((v, j) => (j === i ? setAt(v, rest, fn) : v));
  }
  if (root !== null && typeof root === "object" && head in root) {
    const obj = root as Record<string, unknown>;
    return { ...obj, [head]: setAt(obj[head], rest, fn) };
  }
  throw new RangeError(`路径不存在：${head}`);
}

/**
 * Applies a quick fix to a draft and returns the new draft (the input is not changed). Edits on the same
 * path are applied right to left so earlier offsets stay valid. Paths are into Draft.letter, or "record.*".
 */
export function applyFix(draft: Draft, fix: QuickFix): Draft {
  const byPath = new Map<string, QuickFix["edits"][number][]>();
  for (const e of fix.edits) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  let next: Draft = draft;
  for (const [path, edits] of byPath) {
    const keys = path.split(".");
    const inDraft = keys[0] === "record" || keys[0] === "figures";
    const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
    const update = (old: unknown): unknown => {
      if (typeof old !== "string" && old !== null) throw new RangeError(`不是文字字段：${path}`);
      let text = old ?? "";
      for (const e of sorted) text = text.slice(0, e.start) + e.replacement + text.slice(e.end);
      return text;
    };
    // setAt rebuilds only the objects along the path and writes a string where a string was, so the shape holds.
    if (inDraft) next = setAt(next, keys, update) as Draft;
    else next = { ...next, letter: setAt(next.letter, keys, update) as Draft["letter"] };
  }
  return next;
}
