// 确认忽略 a warning: the person gives a reason, which is kept in the draft's audit trail.
import { useState } from "react";
import type { Finding } from "../../../../shared/lint";
import { DialogActions, FormError, useModal } from "../../lib/modal";
import { TextArea } from "../../lib/text-area";

/** Props: the warning, where it is, and what to do with the reason. */
export interface AcknowledgeDialogProps {
  readonly finding: Finding;
  readonly where: string;
  /** Records the acknowledgement; resolves to an error message (Chinese) or null. */
  readonly onConfirm: (reason: string) => Promise<string | null>;
  readonly onClose: () => void;
}

/** A modal asking why a warning may stand (Esc and 取消 close it without recording anything). */
export function AcknowledgeDialog({ finding, where, onConfirm, onClose }: AcknowledgeDialogProps) {
  const ref = useModal();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async (): Promise<void> => {
    if (reason.trim() === "") {
      setError("请填写确认理由，例如“原文如此，已与提案人核实”。");
      return;
    }
    setBusy(true);
    const failed = await onConfirm(reason.trim());
    setBusy(false);
    if (failed) setError(failed);
    else onClose();
  };
  return (
    <dialog ref={ref} className="dialog lint-ack-dialog" aria-labelledby="lint-ack-title" onClose={onClose}>
      <h2 id="lint-ack-title">确认忽略这条警告</h2>
      <p className="lint-ack-finding">
        <strong>
          {finding.rule} · {where}
        </strong>
        ：{finding.message}
      </p>
      <label htmlFor="lint-ack-reason" className="ed-label">
        确认理由（记入审计记录）
      </label>
      <TextArea
        id="lint-ack-reason"
        rows={3}
        value={reason}
        onCommit={setReason}
        placeholder="说明为什么可以保留，例如：原文如此，已与提案人核实"
        autoFocus
      />
      <FormError message={error} />
      <DialogActions onCancel={onClose} confirmLabel="确认忽略" onConfirm={() => void confirm()} disabled={busy} />
    </dialog>
  );
}
