// The letter workspace of the draft page: the letter editor beside the live A4 preview.
import { useDeferredValue, useMemo } from "react";
import { buildLayout } from "../../../../shared/letter/build-layout";
import type { Draft } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";
import { LetterEditor } from "../editor/letter-editor";
import { A4Preview } from "../preview/a4-preview";

/** Props: the draft, the settings, and update() from useDraftDocument. */
export interface DraftWorkspaceProps {
  readonly draft: Draft;
  readonly settings: Settings;
  readonly update: (fn: (draft: Draft) => Draft) => void;
}

/** Editor left, preview right; the preview follows a deferred copy so typing never waits for layout. */
export function DraftWorkspace({ draft, settings, update }: DraftWorkspaceProps) {
  const shown = useDeferredValue(draft);
  const layout = useMemo(
    () =>
      buildLayout(shown, settings, {
        sealed: false,
        isDraft: shown.status !== "已签发" && shown.status !== "已答复",
      }),
    [shown, settings],
  );
  return (
    <div className="draft-workspace">
      <LetterEditor draft={draft} settings={settings} onChange={(next) => update(() => next)} />
      <div className="draft-preview-pane">
        <A4Preview layout={layout} zoom="fit" />
      </div>
    </div>
  );
}
