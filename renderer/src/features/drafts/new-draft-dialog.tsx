// The 新建 dialog: choose 提案 or 建议 and a built-in template, then create the draft.
import { useCallback, useState, type FormEvent } from "react";
import type { Channel } from "../../../../shared/model/draft";
import { api, errorMessage } from "../../api";
import { DialogActions, FormError, useModal } from "../../lib/modal";
import { useAsync } from "../../lib/use-async";

/** What the dialog hands back on 创建. */
export interface NewDraftChoice {
  readonly channel: Channel;
  readonly templateId: string | null;
}

/** Props: create, close, whether creating is under way, and an error to show. */
export interface NewDraftDialogProps {
  readonly onCreate: (choice: NewDraftChoice) => void;
  readonly onClose: () => void;
  readonly busy: boolean;
  readonly error: string | null;
}

/** A modal <dialog> (native: focus trap and Esc for free). */
export function NewDraftDialog({ onCreate, onClose, busy, error }: NewDraftDialogProps) {
  const ref = useModal();
  const [channel, setChannel] = useState<Channel>("提案");
  // null: not chosen yet → the first template that fits the channel (a new user starts from standard wording).
  const [templateId, setTemplateId] = useState<string | null>(null);

  const [deleteError, setDeleteError] = useState<string | null>(null);
  const listed = useAsync(useCallback(() => api.listTemplates({}), []));
  const templates = (listed.value ?? []).filter((t) => t.channel === null || t.channel === channel);
  const fallback = templates[0]?.id ?? "";
  const chosen = templateId === null ? fallback : templates.some((t) => t.id === templateId) ? templateId : "";

  const chosenTemplate = templates.find((t) => t.id === chosen);

  const deleteChosen = async (): Promise<void> => {
    if (!chosenTemplate || chosenTemplate.builtin) return;
    setDeleteError(null);
    try {
      await api.deleteTemplate({ id: chosenTemplate.id });
      setTemplateId(null);
      listed.reload();
    } catch (err) {
      setDeleteError(errorMessage(err));
    }
  };

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    onCreate({ channel, templateId: chosen === "" ? null : chosen });
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="new-draft-title" onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="new-draft-title">新建答复函</h2>
        <fieldset className="field">
          <legend>类别</legend>
          {(["提案", "建议"] as const).map((c) => (
            <label key={c} className="choice">
              <input type="radio" name="channel" value={c} checked={channel === c} onChange={() => setChannel(c)} />
              {c === "提案" ? "提案（政协委员）" : "建议（人大代表）"}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="new-draft-template">模板</label>
          <select id="new-draft-template" value={chosen} onChange={(e) => setTemplateId(e.currentTarget.value)}>
            <option value="">空白答复函</option>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}——{t.description}
              </option>
            ))}
          </select>
          {chosenTemplate && !chosenTemplate.builtin && (
            <button type="button" className="btn btn-danger-outline" onClick={() => void deleteChosen()}>
              删除此自存模板
            </button>
          )}
          <FormError message={deleteError && `删除模板失败：${deleteError}`} />
          {listed.status === "error" && (
            <p className="field-hint">模板列表暂时无法读取（{listed.error}），可先新建空白答复函。</p>
          )}
        </div>
        <FormError message={error} />
        <DialogActions onCancel={onClose} confirmLabel={busy ? "正在创建…" : "创建"} disabled={busy} />
      </form>
    </dialog>
  );
}
