// Lint findings, quick fixes, the lint context and the rule shape (DOMAIN.md §4, rules R01–R28).
import type { Draft, IsoDate } from "../model/draft";
import type { Settings } from "../model/settings";
import type { LetterLayout } from "../letter/layout-types";
import type { LintView } from "./text-view";

/** Rule ids R01…R28 of DOMAIN.md §4. */
export type RuleId =
  | "R01"
  | "R02"
  | "R03"
  | "R04"
  | "R05"
  | "R06"
  | "R07"
  | "R08"
  | "R09"
  | "R10"
  | "R11"
  | "R12"
  | "R13"
  | "R14"
  | "R15"
  | "R16"
  | "R17"
  | "R18"
  | "R19"
  | "R20"
  | "R21"
  | "R22"
  | "R23"
  | "R24"
  | "R25"
  | "R26"
  | "R27"
  | "R28";

/** error blocks 提交审核 and 正式导出; warning can be acknowledged; hint is advice. */
export type Severity = "error" | "warning" | "hint";

/**
 * Where a finding is: a dotted path into Draft.letter ("sections.1.measures.0.text", "signOff.date"),
 * or into the draft itself for "record.*" and "figures.*"; start/end are UTF-16 offsets into the stored text.
 */
export interface FindingLocation {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

/** One text replacement of a quick fix, in stored-text coordinates. */
export interface TextEdit {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

/** A mechanical fix a person can apply with one click (and undo). */
export interface QuickFix {
  /** Chinese button text, e.g. 改为“〔2023〕”. */
  readonly label: string;
  readonly edits: readonly TextEdit[];
}

/** One problem found by a rule. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Chinese: what is wrong and how to fix it. */
  readonly message: string;
  readonly location: FindingLocation | null;
  readonly fix?: QuickFix;
}

/** Why the linter runs: while editing, at 提交审核, or before 正式导出 (approval-trail checks become errors). */
export type LintPurpose = "edit" | "submit" | "export";

/** Everything the rules read. Build it with createLintContext. */
export interface LintContext {
  readonly draft: Draft;
  readonly settings: Settings;
  readonly layout: LetterLayout;
  /** Today's date (a parameter so tests and benches are repeatable). */
  readonly today: IsoDate;
  /** The text came from an imported .txt/.docx: punctuation problems become auto-fix hints. */
  readonly imported: boolean;
  readonly purpose: LintPurpose;
  /** Figures whose asOf is older than this many days are flagged stale (default 365). */
  readonly staleFigureDays: number;
  /** The proposal's own text, when known (R19 checks that each suggestion is answered). */
  readonly proposalText: string | null;
  /** Resolved text fields of the letter with offset maps back to stored text. */
  readonly view: LintView;
}

/** A lint rule: one check of DOMAIN.md §4. */
export interface LintRule {
  readonly id: RuleId;
  /** Default severity; a finding may carry a different one (e.g. hints on imported text). */
  readonly severity: Severity;
  /** Chinese one-line description for the rules list. */
  readonly describe: string;
  readonly check: (ctx: LintContext) => Finding[];
}
