// 存为模板: saves the open draft (first) and then its structure as a user template, under a name the user gives.
import { useState, type FormEvent } from "react";
import { api, errorMessage } from "../../api";
import { DialogActions, FormError, useModal } from "../../lib/modal";

/** Props: the draft, a function that saves pending edits first, and the two outcomes. */
export interface SaveTemplateDialogProps {
  readonly draftId: string;
  readonly defaultName: string;
  readonly saveFirst: () => Promise<void>;
  readonly onSaved: (name: string) => void;
  readonly onClose: () => void;
}

/** A modal that names the new template; errors (empty or duplicate name, storage) stay in the dialog. */
export function SaveTemplateDialog({ draftId, defaultName, saveFirst, onSaved, onClose }: SaveTemplateDialogProps) {
  const ref = useModal();
  const [name, setName] = useState(defaultName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await saveFirst();
      const saved = await api.saveAsTemplate({ draftId, name });
      onSaved(saved.name);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="save-template-title" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="save-template-title">存为模板</h2>
        <p className="field-hint">
          保存这份文稿的结构与措辞（开头、各部分与措施、结尾、抄送）。登记信息、数据和落款不随模板保存，用模板新建的文稿按自己的登记信息自动填入。
        </p>
        <div className="field">
          <label htmlFor="template-name">模板名称</label>
          <input
            id="template-name"
            value={name}
            maxLength={50}
            onChange={(e) => setName(e.currentTarget.value)}
            autoFocus
          />
        </div>
        <FormError message={error} />
        <DialogActions onCancel={onClose} confirmLabel={busy ? "正在保存…" : "保存模板"} disabled={busy} />
      </form>
    </dialog>
  );
}
