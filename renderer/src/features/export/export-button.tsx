// The 导出 Word button of the draft page, with its dialog.
import { useState } from "react";
import type { Draft } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";
import { ExportDialog } from "./export-dialog";
import "./export.css";

/** Props: the draft as edited, the settings (null while loading), a save-first function and the save problem, if any. */
export interface ExportButtonProps {
  readonly draft: Draft;
  readonly settings: Settings | null;
  readonly saveFirst: () => Promise<void>;
  readonly unsavedWarning: string | null;
}

/** 导出 Word: opens the dialog (草稿 or 正式导出). */
export function ExportButton({ draft, settings, saveFirst, unsavedWarning }: ExportButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => setOpen(true)}
        disabled={settings === null}
        title="导出为符合公文格式的 Word 文件（.docx）"
      >
        导出 Word
      </button>
      {open && settings && (
        <ExportDialog
          draft={draft}
          settings={settings}
          saveFirst={saveFirst}
          unsavedWarning={unsavedWarning}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
