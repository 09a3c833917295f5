// The workflow bar of the draft page: status, whose turn it is, the steps the current role may take now
// (each refused step explained), the clerk panel, the review view, the audit trail and exchange files.
import { useMemo, useState } from "react";
import { describePath } from "../../../../shared/letter/text-fields";
import type { Draft } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";
import type { AuditEntry } from "../../../../shared/workflow/schemas";
import type { ReturnReason } from "../../../../shared/workflow/status-machine";
import { api, errorMessage } from "../../api";
import { ConfirmDialog } from "../../lib/confirm-dialog";
import { formatTime } from "../../lib/format";
import { StatusBadge } from "../drafts/status-badge";
import { ExchangeExportButton } from "../exchange/exchange-export-button";
import { ExchangeImportButton } from "../exchange/exchange-import-button";
import type { ImportOutcome } from "../exchange/import-outcome";
import { ImportResult } from "../exchange/import-result";
import { blockingFindingsFor } from "../lint/blocking-findings";
import { returnText, shortHash } from "./audit-labels";
import { AuditView } from "./audit-view";
import { ClerkPanel } from "./clerk-panel";
import { FindingList } from "./finding-list";
import { ReturnDialog } from "./return-dialog";
import { ReviewView } from "./review-view";
import { usePeople } from "../people/people-context";
import { pageStateOf } from "./page-state";
import { STEP_LABEL, stepRefusal, waitingText, type StepId } from "./steps";
import { useWorkflowData } from "./use-workflow-data";
import "./workflow.css";

/** Props: the draft as edited, settings, save-first, the page's save problem and reload-after-change. */
export interface WorkflowBarProps {
  readonly draft: Draft;
  readonly settings: Settings;
  /** Saves pending edits (steps act on the saved draft). */
  readonly saveFirst: () => Promise<void>;
  /** Set while the page has edits it could not save; steps are refused then. */
  readonly saveProblem: string | null;
  /** Reloads the draft after a step changed it on disk. */
  readonly onChanged: () => void;
}

type Panel = "review" | "audit" | null;
type Message = { readonly kind: "ok" | "error"; readonly text: string };

function lastEntry(entries: readonly AuditEntry[], action: string): AuditEntry | null {
  return [...entries].reverse().find((e) => e.action === action) ?? null;
}

/** The bar (mounted under the draft header). */
export function WorkflowBar({ draft, settings, saveFirst, saveProblem, onChanged }: WorkflowBarProps) {
  const { id, status } = draft;
  const { actor } = usePeople();
  const roles = actor?.roles ?? [];
  const data = useWorkflowData(id, status, draft.revision);
  const [panel, setPanel] = useState<Panel | "auto">("auto");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [dialog, setDialog] = useState<"return" | "approve" | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [imported, setImported] = useState<ImportOutcome | null>(null);

  const versions = data.value?.versions ?? [];
  const comments = data.value?.comments ?? [];
  const trail = data.value?.audit ?? null;
  const openComments = comments.filter((c) => !c.resolved).length;
  const submitted = [...versions].reverse().find((v) => v.kind === "submit") ?? null;
  const returned = status === "退回修改" && trail ? lastEntry(trail.entries, "return") : null;

  const state = useMemo(() => pageStateOf(status, trail), [status, trail]);
  const submitOpen = roles.includes("拟稿人") && stepRefusal("submit", state, actor) === null;
  const submitBlockers = useMemo(
    () => (submitOpen ? blockingFindingsFor(draft, settings, "submit") : []),
    [submitOpen, draft, settings],
  );

  const autoPanel: Panel =
    (roles.includes("审核人") && status === "待审核") || (roles.includes("拟稿人") && openComments > 0)
      ? "review"
      : null;
  const shown = panel === "auto" ? autoPanel : panel;
  const toggle = (p: Exclude<Panel, null>): void => setPanel(shown === p ? null : p);

  const refresh = (): void => {
    onChanged();
    data.reload();
  };
  const act = async (job: () => Promise<string>): Promise<boolean> => {
    setImported(null);
    if (saveProblem) {
      setMessage({ kind: "error", text: `${saveProblem} 请先处理保存问题，再办理流程。` });
      return false;
    }
    setBusy(true);
    setMessage(null);
    try {
      await saveFirst();
      setMessage({ kind: "ok", text: await job() });
      refresh();
      return true;
    } catch (err) {
      setMessage({ kind: "error", text: errorMessage(err) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const submit = (): void =>
    void act(async () => `已提交审核，生成第 ${(await api.submitDraft({ id })).n} 版。请导出交换文件交给审核人。`);
  const approve = (): void => {
    const hash = submitted?.hash;
    setDialog(null);
    if (hash) void act(async () => (await api.approveDraft({ id, versionHash: hash }), "已审核通过，等待文书签发。"));
  };
  const sendBack = async (reasons: ReturnReason[], text: string): Promise<void> => {
    setBusy(true);
    setDialogError(null);
    try {
      await api.returnDraft({ id, reasons, text });
      setDialog(null);
      setMessage({ kind: "ok", text: `已退回修改（${reasons.join("、")}）。请导出交换文件交给拟稿人。` });
      refresh();
    } catch (err) {
      setDialogError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const refusalOf = (step: StepId): string | null => {
    const byMachine = stepRefusal(step, state, actor);
    if (byMachine) return byMachine;
    if (step === "approve" && !submitted) return "找不到提交审核的版本，请拟稿人重新提交。";
    return null;
  };
  const stepButton = (step: StepId, onClick: () => void, primary: boolean) => {
    const refusal = refusalOf(step);
    const blocked = step === "submit" && refusal === null && submitBlockers.length > 0;
    return (
      <div className="wf-step" key={step}>
        <button
          type="button"
          className={primary ? "btn btn-primary" : "btn"}
          disabled={busy || refusal !== null || blocked}
          onClick={onClick}
        >
          {STEP_LABEL[step]}
        </button>
        {refusal && <p className="wf-refusal">{refusal}</p>}
        {blocked && (
          <FindingList draft={draft} findings={submitBlockers} title="文稿检查发现错误，改正后才能提交审核：" />
        )}
      </div>
    );
  };

  return (
    <section className="wf-bar" aria-label="审核流程">
      <div className="wf-bar-head">
        <span className="wf-title">审核流程</span>
        <StatusBadge status={status} />
        <span className="wf-note" data-testid="workflow-waiting">
          {waitingText(status, roles)}
        </span>
        <span className="wf-note" data-testid="workflow-person">
          {actor ? `当前：${actor.name}（${roles.join("、")}）` : "未登录：流程操作需先登录（右上角）"}
        </span>
        <span className="toolbar-spacer" />
        <button type="button" className="btn" aria-pressed={shown === "review"} onClick={() => toggle("review")}>
          审阅与批注{openComments > 0 ? `（${openComments} 条未解决）` : ""}
        </button>
        <button type="button" className="btn" aria-pressed={shown === "audit"} onClick={() => toggle("audit")}>
          审计记录
        </button>
        <ExchangeExportButton
          draftId={id}
          saveFirst={saveFirst}
          onMessage={(m) => {
            setImported(null);
            setMessage(m);
          }}
          onExported={() => data.reload()}
        />
        <ExchangeImportButton
          beforeImport={saveFirst}
          onResult={(o) => {
            setMessage(null);
            setImported(o);
            if (o.kind === "done" && o.answer.draftId === id) refresh();
          }}
        />
      </div>
      {trail && !trail.verification.ok && shown !== "audit" && (
        <p role="alert" className="form-error">
          审计记录已被改动或删除：{trail.verification.message}请打开“审计记录”查看。
        </p>
      )}
      {returned && (
        <div className="banner banner-warning" data-testid="return-reasons">
          <p>
            <strong>
              {returned.actor.name}（{returned.actor.role}）于 {formatTime(returned.time)} 退回修改：
            </strong>
            {returnText(returned)}
          </p>
        </div>
      )}
      {roles.includes("拟稿人") && <div className="wf-steps">{stepButton("submit", submit, true)}</div>}
      {roles.includes("审核人") && (
        <div className="wf-steps">
          {stepButton("approve", () => setDialog("approve"), true)}
          {stepButton("return", () => setDialog("return"), false)}
        </div>
      )}
      {(roles.includes("文书") || roles.includes("签发人")) && trail && (
        <ClerkPanel
          draft={draft}
          settings={settings}
          audit={trail.entries}
          state={state}
          saveFirst={saveFirst}
          onChanged={refresh}
        />
      )}
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={message.kind === "error" ? "form-error" : "form-ok"}
        >
          {message.text}
        </p>
      )}
      {imported && (
        <ImportResult
          outcome={imported}
          showOpen={imported.kind === "done" && imported.answer.draftId !== id}
          onDismiss={() => setImported(null)}
        />
      )}
      {data.status === "error" && (
        <p role="alert" className="form-error">
          无法读取流程记录：{data.error}
        </p>
      )}
      {shown === "review" && data.value && (
        <ReviewView
          // A new status is a new round of review: start from the default comparison and filter.
          key={status}
          draft={draft}
          settings={settings}
          versions={versions}
          comments={comments}
          role={roles.includes("审核人") ? "审核人" : (actor?.role ?? "拟稿人")}
          onCommentsChanged={() => {
            // Keep the view open although the last open comment may just have been resolved.
            setPanel("review");
            data.reload();
          }}
        />
      )}
      {shown === "audit" && trail && <AuditView trail={trail} place={(anchor) => describePath(draft.letter, anchor)} />}
      {dialog === "return" && (
        <ReturnDialog
          busy={busy}
          error={dialogError}
          onReturn={(reasons, text) => void sendBack(reasons, text)}
          onCancel={() => {
            setDialog(null);
            setDialogError(null);
          }}
        />
      )}
      {dialog === "approve" && submitted && (
        <ConfirmDialog
          title={`审核通过第 ${submitted.n} 版？`}
          message={`审核结果绑定到第 ${submitted.n} 版（校验值 ${shortHash(submitted.hash)}…，${submitted.actor.name}于 ${formatTime(submitted.createdAt)} 提交）。通过后正文如再修改，审核结果即作废。${openComments > 0 ? `注意：还有 ${openComments} 条批注未解决。` : ""}`}
          confirmLabel="审核通过"
          onConfirm={approve}
          onCancel={() => setDialog(null)}
        />
      )}
    </section>
  );
}
