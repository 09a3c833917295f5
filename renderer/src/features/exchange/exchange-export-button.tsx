// 导出交换文件: saves pending edits, writes the draft's .replydesk file (save dialog or download), says where.
import { useState } from "react";
import { api, errorMessage } from "../../api";
import { completeDelivery } from "../export/deliver";

/** Props: the draft id, save-first, and where to report the outcome. */
export interface ExchangeExportButtonProps {
  readonly draftId: string;
  readonly saveFirst: () => Promise<void>;
  readonly onMessage: (message: { readonly kind: "ok" | "error"; readonly text: string }) => void;
  /** Called after the export (it writes an audit entry). */
  readonly onExported: () => void;
}

/** The button; the file carries the draft, its versions, comments and audit trail with an integrity hash. */
export function ExchangeExportButton({ draftId, saveFirst, onMessage, onExported }: ExchangeExportButtonProps) {
  const [busy, setBusy] = useState(false);
  const exportFile = async (): Promise<void> => {
    setBusy(true);
    try {
      await saveFirst();
      const out = await api.exportExchange({ id: draftId });
      const done = completeDelivery(out.delivery);
      onMessage(
        done
          ? {
              kind: "ok",
              text: `已导出交换文件：${done.where}（${Math.max(1, Math.round(out.size / 1024))} KB，SHA-256 ${out.sha256.slice(0, 12)}…）。把它交给对方，在对方电脑上“导入交换文件”。`,
            }
          : { kind: "ok", text: "已取消导出交换文件。" },
      );
      onExported();
    } catch (err) {
      onMessage({ kind: "error", text: `导出交换文件失败：${errorMessage(err)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="btn"
      disabled={busy}
      onClick={() => void exportFile()}
      title="把这份文稿连同版本、批注和审计记录导出为一个 .replydesk 文件，交给另一台电脑"
    >
      {busy ? "正在导出…" : "导出交换文件"}
    </button>
  );
}
