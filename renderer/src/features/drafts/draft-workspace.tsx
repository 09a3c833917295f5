// The letter workspace of the draft page: the letter editor beside the live A4 preview.
import { useDeferredValue, useMemo, type ReactNode } from "react";
import { buildLayout } from "../../../../shared/letter/build-layout";
import type { Draft } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";
import { LetterEditor } from "../editor/letter-editor";
import { LintProvider } from "../lint/lint-context";
import { LintPanel } from "../lint/lint-panel";
import { A4Preview } from "../preview/a4-preview";
import { SplitHandle, useEditorShare } from "./split-handle";

/** Props: the draft, the settings, and update() from useDraftDocument. */
export interface DraftWorkspaceProps {
  readonly draft: Draft;
  readonly settings: Settings;
  readonly update: (fn: (draft: Draft) => Draft) => void;
  /** Shown at the head of the editor column (the record form). */
  readonly before?: ReactNode;
}

/** Editor left, preview right; the preview follows a deferred copy so typing never waits for layout. */
export function DraftWorkspace({ draft, settings, update, before }: DraftWorkspaceProps) {
  const shown = useDeferredValue(draft);
  const [share, setShare] = useEditorShare();
  const layout = useMemo(
    () =>
      buildLayout(shown, settings, {
        sealed: false,
        isDraft: shown.status !== "已签发" && shown.status !== "已答复",
      }),
    [shown, settings],
  );
  // 格式审查 lints the same deferred copy as the preview; its collapsible panel sits above the preview, and the
  // pane stays in view (sticky) while the editor scrolls.
  return (
    <LintProvider draft={draft} linted={shown} settings={settings} update={update}>
      <div
        className="draft-workspace"
        style={{ gridTemplateColumns: `minmax(0, ${share}fr) 10px minmax(0, ${100 - share}fr)` }}
      >
        <div className="draft-editor-column">
          {before}
          <LetterEditor draft={draft} settings={settings} onChange={(next) => update(() => next)} />
        </div>
        <SplitHandle share={share} onShare={setShare} />
        <div className="draft-preview-pane">
          <LintPanel />
          <A4Preview layout={layout} zoom="fit" />
        </div>
      </div>
    </LintProvider>
  );
}
