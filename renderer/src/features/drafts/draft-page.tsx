// The draft page (#/drafts/<id>): header with save state, the record form, and the letter editor + preview.
import { lazy, Suspense, useCallback, useState } from "react";
import { generateTitle, titleBureauOf } from "../../../../shared/letter/title";
import { api, errorMessage } from "../../api";
import { ConfirmDialog } from "../../lib/confirm-dialog";
import { navigate } from "../../lib/routes";
import { useAsync } from "../../lib/use-async";
import { useSaveShortcut } from "../../lib/use-save-shortcut";
import { useEditGuard } from "../workflow/use-edit-guard";
import { WorkflowBar } from "../workflow/workflow-bar";
import { ExportButton } from "../export/export-button";
import { SaveTemplateDialog } from "../templates/save-template-dialog";
import { ConflictBanner } from "./conflict-banner";
import { DraftHeader } from "./draft-header";
import { RecordForm } from "./record-form";
import { useDraftDocument } from "./use-draft-document";

// The editor and preview are the heavy part of the bundle: load them when a draft is opened.
const DraftWorkspace = lazy(() => import("./draft-workspace").then((m) => ({ default: m.DraftWorkspace })));
const HandlingPanel = lazy(() => import("../handling/handling-panel").then((m) => ({ default: m.HandlingPanel })));

/** Opens draft `id` for editing (mounted with key=id, so switching drafts starts fresh). */
export function DraftPage({ id }: { readonly id: string }) {
  const doc = useDraftDocument(id);
  const settings = useAsync(useCallback(() => api.getSettings({}), []));
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [templating, setTemplating] = useState(false);
  const [templateSaved, setTemplateSaved] = useState<string | null>(null);
  useSaveShortcut(() => void doc.saveNow());
  // Editing a submitted/approved draft asks first; a signed one is not editable (see use-edit-guard).
  const guard = useEditGuard(doc.draft?.status ?? "草稿", doc.update);

  if (doc.status === "loading") return <p className="page-note">正在打开文稿…</p>;
  if (doc.status === "error" || !doc.draft) {
    return (
      <section className="page">
        <p role="alert" className="form-error">
          无法打开这份文稿：{doc.error ?? "未知错误"}
        </p>
        <a href="#/" className="btn">
          返回文稿列表
        </a>
      </section>
    );
  }

  const draft = doc.draft;
  const title =
    draft.letter.title ??
    generateTitle(draft.record, titleBureauOf(draft, { fullName: settings.value?.bureau.fullName ?? "" }));

  const moveToTrash = async (): Promise<void> => {
    setConfirming(false);
    try {
      await doc.saveNow();
      await api.trashDraft({ id: draft.id });
      navigate({ page: "list" });
    } catch (err) {
      setDeleteError(errorMessage(err));
    }
  };

  return (
    <section className="page page-draft" aria-label="文稿">
      <DraftHeader
        draft={draft}
        title={title}
        saveState={doc.saveState}
        onSave={() => void doc.saveNow()}
        onDelete={() => setConfirming(true)}
        onSaveAsTemplate={() => setTemplating(true)}
        exportButton={
          <ExportButton
            draft={draft}
            settings={settings.value ?? null}
            saveFirst={doc.saveNow}
            unsavedWarning={
              doc.saveState.kind === "conflict" || doc.saveState.kind === "error"
                ? "本页有未能保存的修改，导出的是上次保存的内容。"
                : null
            }
          />
        }
      />
      {templateSaved && (
        <p role="status" className="banner banner-info">
          已存为模板“{templateSaved}”，新建文稿时可在“模板”中选用。
        </p>
      )}
      {doc.saveState.kind === "conflict" && <ConflictBanner message={doc.saveState.message} onReload={doc.reload} />}
      {doc.saveState.kind === "error" && (
        <div role="alert" className="banner banner-warning">
          <p>保存失败：{doc.saveState.message} 修改仍保留在本页，可稍后重试。</p>
          <button type="button" className="btn" onClick={() => void doc.saveNow()}>
            重试保存
          </button>
        </div>
      )}
      {deleteError && (
        <p role="alert" className="form-error">
          删除失败：{deleteError}
        </p>
      )}
      {settings.value && (
        <WorkflowBar
          draft={draft}
          settings={settings.value}
          saveFirst={doc.saveNow}
          saveProblem={"message" in doc.saveState ? doc.saveState.message : null}
          onChanged={doc.reload}
        />
      )}
      <Suspense fallback={null}>
        <HandlingPanel draft={draft} onChanged={doc.reload} />
      </Suspense>
      {guard.notice}
      {guard.dialog}
      <div className="draft-body">
        {/* The record form heads the editor column, so the A4 preview beside it is in view from the start. */}
        {settings.value ? (
          <Suspense fallback={<p className="page-note">正在加载正文编辑器…</p>}>
            <DraftWorkspace
              draft={draft}
              settings={settings.value}
              update={guard.update}
              before={<RecordForm record={draft.record} update={guard.update} bureau={settings.value.bureau} />}
            />
          </Suspense>
        ) : (
          <RecordForm record={draft.record} update={guard.update} bureau={null} />
        )}
      </div>
      {templating && (
        <SaveTemplateDialog
          draftId={draft.id}
          defaultName={`${draft.record.channel}答复（自存）`}
          saveFirst={doc.saveNow}
          onSaved={(name) => {
            setTemplating(false);
            setTemplateSaved(name);
          }}
          onClose={() => setTemplating(false)}
        />
      )}
      {confirming && (
        <ConfirmDialog
          title="删除这份文稿？"
          message="文稿将移入回收站，可在“回收站”中恢复。"
          confirmLabel="移入回收站"
          danger
          onConfirm={() => void moveToTrash()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </section>
  );
}
