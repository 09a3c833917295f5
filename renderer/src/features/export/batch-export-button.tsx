// The 批量导出 button of the draft list toolbar, with its dialog.
import { useState } from "react";
import type { DraftStatus } from "../../../../shared/model/draft";
import { BatchExportDialog } from "./batch-export-dialog";
import "./export.css";

/** 批量导出: opens the dialog, starting from the list's status filter. */
export function BatchExportButton({ status }: { readonly status: DraftStatus | null }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)} title="把多份文稿导出为 Word（草稿格式）">
        批量导出
      </button>
      {open && <BatchExportDialog initialStatus={status} onClose={() => setOpen(false)} />}
    </>
  );
}
