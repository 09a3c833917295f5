// Builds the LintContext: the layout (shared/letter buildLayout) and the resolved text view, once per run.
import { buildLayout } from "../letter/build-layout";
import type { LetterLayout } from "../letter/layout-types";
import type { Draft } from "../model/draft";
import type { Settings } from "../model/settings";
import { buildLintView } from "./text-view";
import type { LintContext, LintPurpose } from "./types";

/** Default age in days after which a figure's asOf date is stale. */
export const DEFAULT_STALE_FIGURE_DAYS = 365;

/** What a caller supplies to lint a draft; everything but draft, settings and today has a default. */
export interface LintInput {
  readonly draft: Draft;
  readonly settings: Settings;
  /** YYYY-MM-DD. */
  readonly today: string;
  readonly imported?: boolean;
  readonly purpose?: LintPurpose;
  readonly staleFigureDays?: number;
  readonly proposalText?: string | null;
  /** A layout already built by the caller (the editor has one), to avoid building it twice. */
  readonly layout?: LetterLayout;
}

/** Builds the context every rule reads. */
export function createLintContext(input: LintInput): LintContext {
  const imported = input.imported ?? false;
  // The layout is built on first use only: most runs (every keystroke's lint in the editor) never read it.
  let layout: LetterLayout | undefined = input.layout;
  return {
    draft: input.draft,
    settings: input.settings,
    get layout(): LetterLayout {
      layout ??= buildLayout(input.draft, input.settings, { sealed: false, isDraft: true });
      return layout;
    },
    today: input.today,
    imported,
    purpose: input.purpose ?? "edit",
    staleFigureDays: input.staleFigureDays ?? DEFAULT_STALE_FIGURE_DAYS,
    proposalText: input.proposalText ?? null,
    view: buildLintView(input.draft, input.settings, imported),
  };
}
