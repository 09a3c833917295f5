// Result types of importing a letter: cleaning steps, findings and the structured draft.
import type { Channel, Draft } from "../model/draft";

/** One cleaning step as shown to the user: what changed, how often, with a few examples. */
export interface CleaningStep {
  /** Stable id, e.g. "punctuation", "traditional". */
  readonly id: string;
  /** Chinese label for the check screen. */
  readonly label: string;
  /** How many places changed. */
  readonly count: number;
  /** Up to five "before → after" snippets. */
  readonly examples: readonly string[];
}

/** What a cleaning function returns: the new text and the record of what it did. */
export interface CleanResult {
  readonly text: string;
  readonly step: CleaningStep;
}

/** Severity of an import finding, in the lint's vocabulary (E/W/I). */
export type ImportSeverity = "error" | "warning" | "info";

/** Something the importer noticed that the user should confirm (collapsed dates, missing parts…). */
export interface ImportFinding {
  /** DOMAIN.md rule id (R08, R27…) or "import" for importer-specific notes. */
  readonly rule: string;
  readonly severity: ImportSeverity;
  /** Chinese: what is wrong and what to do. */
  readonly message: string;
}

/** A publication-record item that has no field in the Draft (索引号, 公开日期…), kept so nothing is lost. */
export interface RecordExtra {
  readonly label: string;
  readonly value: string;
}

/** Facts recognised in the text that the Draft does not store directly (for inspect and the check screen). */
export interface ImportMeta {
  /** Channel as read from the text; null when nothing in the letter decides it. */
  readonly channel: Channel | null;
  /** Role word as written in the salutation. */
  readonly role: "委员" | "代表" | null;
  /** 成文日期 exactly as written (e.g. 2022720), or null when absent. */
  readonly dateText: string | null;
  /** 主办 reply, or a 会办/协办 opinion addressed to the lead unit; null for a refused text. */
  readonly handling: "主办" | "会办" | "协办" | null;
}

/** The outcome of parsing one text: a draft, or a refusal with a reason. */
export interface ImportResult {
  readonly kind: "reply" | "not-a-letter";
  /** Chinese reason when refused; null for a reply. */
  readonly reason: string | null;
  readonly draft: Draft | null;
  readonly cleaning: readonly CleaningStep[];
  /** Dotted paths (into the Draft) of fields that were guessed and need a look. */
  readonly lowConfidence: readonly string[];
  readonly findings: readonly ImportFinding[];
  /** The cleaned text the draft was parsed from. */
  readonly source: string;
  readonly extras: readonly RecordExtra[];
  readonly meta: ImportMeta;
}
