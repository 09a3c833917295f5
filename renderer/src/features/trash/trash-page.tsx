// 回收站 (#/trash): drafts deleted from the list; restore one, or 清空回收站 for good (after confirming).
import { useCallback, useState } from "react";
import { api, errorMessage } from "../../api";
import { ConfirmDialog } from "../../lib/confirm-dialog";
import { useAsync } from "../../lib/use-async";
import { byUpdatedDesc } from "../drafts/use-draft-list";
import { TrashRow } from "./trash-row";

/** The trash list with restore and empty-trash. */
export function TrashPage() {
  const list = useAsync(useCallback(() => api.listDrafts({ trashed: true }), []));
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const rows = [...(list.value ?? [])].sort(byUpdatedDesc);

  const act = async (run: () => Promise<string>): Promise<void> => {
    setBusy(true);
    try {
      setMessage({ kind: "ok", text: await run() });
    } catch (err) {
      setMessage({ kind: "error", text: errorMessage(err) });
    } finally {
      setBusy(false);
      list.reload();
    }
  };
  const restore = (id: string): void =>
    void act(async () => {
      await api.restoreDraft({ id });
      return "已恢复，文稿已回到文稿列表。";
    });
  const empty = (): void => {
    setConfirming(false);
    void act(async () => `已永久删除 ${(await api.emptyTrash({})).removed} 份文稿。`);
  };

  return (
    <section className="page page-trash" aria-labelledby="trash-title">
      <h1 id="trash-title" className="page-title">
        回收站
      </h1>
      <div className="toolbar">
        <p className="list-note">删除的文稿先放在这里，恢复后回到文稿列表；清空后无法找回。</p>
        <span className="toolbar-spacer" />
        <button
          type="button"
          className="btn btn-danger-outline"
          disabled={busy || rows.length === 0}
          onClick={() => setConfirming(true)}
        >
          清空回收站
        </button>
      </div>
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={message.kind === "error" ? "form-error" : "form-ok"}
        >
          {message.text}
        </p>
      )}
      {list.status === "error" && (
        <p role="alert" className="form-error">
          无法读取回收站：{list.error}
        </p>
      )}
      {list.status === "ready" && rows.length === 0 && <p className="list-note">回收站是空的。</p>}
      {rows.length > 0 && (
        <ul className="trash-list" aria-label="回收站中的文稿">
          {rows.map((d) => (
            <TrashRow key={d.id} draft={d} onRestore={restore} busy={busy} />
          ))}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          title="清空回收站？"
          message={`将永久删除回收站中的 ${rows.length} 份文稿，此操作无法撤销。`}
          confirmLabel="永久删除"
          danger
          onConfirm={empty}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
