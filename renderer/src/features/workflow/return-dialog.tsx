// 退回修改: the supervisor picks the structured reasons and explains in free text.
import { useState } from "react";
import { ReturnReason } from "../../../../shared/workflow/status-machine";
import { DialogActions, FormError, useModal } from "../../lib/modal";
import { TextArea } from "../../lib/text-area";

/** Props: what to do with the reasons and text, cancel, and the server's answer while busy or failed. */
export interface ReturnDialogProps {
  readonly busy: boolean;
  readonly error: string | null;
  readonly onReturn: (reasons: ReturnReason[], text: string) => void;
  readonly onCancel: () => void;
}

/** A modal form: reasons as checkboxes (at least one), 说明 required with 其他. */
export function ReturnDialog({ busy, error, onReturn, onCancel }: ReturnDialogProps) {
  const ref = useModal();
  const [reasons, setReasons] = useState<ReturnReason[]>([]);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const toggle = (r: ReturnReason, on: boolean): void =>
    setReasons((now) =>
      on ? ReturnReason.options.filter((o) => o === r || now.includes(o)) : now.filter((o) => o !== r),
    );
  const submit = (): void => {
    if (reasons.length === 0) return setProblem("请至少选择一项退回原因。");
    if (reasons.includes("其他") && text.trim() === "") return setProblem("选择了「其他」，请在说明中写明具体问题。");
    setProblem(null);
    onReturn(reasons, text.trim());
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="return-title" onClose={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2 id="return-title">退回修改</h2>
        <fieldset className="field wf-reasons">
          <legend>退回原因（可多选）</legend>
          {ReturnReason.options.map((r) => (
            <label key={r} className="choice">
              <input
                type="checkbox"
                checked={reasons.includes(r)}
                onChange={(e) => toggle(r, e.currentTarget.checked)}
              />
              {r}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="return-text">说明</label>
          <TextArea
            id="return-text"
            rows={4}
            maxLength={5000}
            placeholder="写明需要修改的地方，拟稿人会在文稿页看到"
            value={text}
            onCommit={setText}
          />
        </div>
        <FormError message={problem ?? error} />
        <DialogActions onCancel={onCancel} confirmLabel={busy ? "正在退回…" : "确认退回"} disabled={busy} />
      </form>
    </dialog>
  );
}
