// The draft list page (#/): search, filter, the virtualised list, the empty state and creating drafts.
import { useCallback, useEffect, useRef, useState } from "react";
import { api, errorMessage } from "../../api";
import { navigate } from "../../lib/routes";
import type { Draft } from "../../../../shared/model/draft";
import { DraftListToolbar } from "./draft-list-toolbar";
import { DraftTable } from "./draft-table";
import { EmptyState } from "./empty-state";
import { NewDraftDialog, type NewDraftChoice } from "./new-draft-dialog";
import { useDraftList } from "./use-draft-list";
import { useListWorkflow } from "../workflow/use-list-workflow";

/** The list of drafts, newest first. */
export function DraftListPage() {
  // An exchange import adds drafts: the list reloads through this (the list hook is created after the filter).
  const reloadList = useRef<() => void>(() => undefined);
  const wf = useListWorkflow(useCallback(() => reloadList.current(), []));
  const list = useDraftList(false, wf.onlyIds);
  useEffect(() => {
    reloadList.current = list.reload;
  }, [list.reload]);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async (make: () => Promise<Draft>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const draft = await make();
      navigate({ page: "draft", id: draft.id });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };
  const create = (choice: NewDraftChoice): void => void open(() => api.createDraft(choice));
  const sample = (): void => void open(() => api.createSampleDraft({}));
  const showDialog = (): void => {
    setError(null);
    setDialogOpen(true);
  };

  const empty = !list.loading && !list.error && list.total === 0;
  const mineOnly = wf.onlyIds !== null;
  return (
    <section className="page page-list" aria-labelledby="list-title">
      <h1 id="list-title" className="page-title">
        答复函文稿
      </h1>
      <DraftListToolbar
        text={list.text}
        onText={list.setText}
        status={list.status}
        onStatus={list.setStatus}
        onCreate={showDialog}
        onSample={sample}
        busy={busy}
        workflowTools={wf.tools}
      />
      {wf.banner}
      {error && !dialogOpen && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {list.error && (
        <p role="alert" className="form-error">
          无法读取文稿列表：{list.error}{" "}
          <button type="button" className="btn btn-small" onClick={list.reload}>
            重试
          </button>
        </p>
      )}
      {empty && !list.filtered && !mineOnly && <EmptyState onCreate={showDialog} onSample={sample} busy={busy} />}
      {empty && list.filtered && (
        <p className="list-note">没有符合条件的文稿。请换个关键词，或把状态改为“全部状态”。</p>
      )}
      {list.total > 0 && (
        <>
          <p className="list-note" aria-live="polite">
            共 {list.total} 份，按更新时间从新到旧排列
          </p>
          <DraftTable
            count={list.total}
            rowAt={list.rowAt}
            ensureRange={list.ensureRange}
            deadlines={wf.deadlines}
            label="文稿列表"
          />
        </>
      )}
      {dialogOpen && (
        <NewDraftDialog onCreate={create} onClose={() => setDialogOpen(false)} busy={busy} error={error} />
      )}
    </section>
  );
}
