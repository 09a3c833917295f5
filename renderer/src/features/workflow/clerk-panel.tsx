// The clerk's part of the workflow: 发文字号, 签发人 and 签发日期, 正式导出 with the seal, 已答复 with 答复日期.
import { useCallback, useMemo, useState, type ReactNode } from "react";
import type { Draft } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";
import type { AuditEntry } from "../../../../shared/workflow/schemas";
import type { WorkflowState } from "../../../../shared/workflow/status-machine";
import { usePeople } from "../people/people-context";
import { api, errorMessage } from "../../api";
import { ConfirmDialog } from "../../lib/confirm-dialog";
import { formatDate, formatTime } from "../../lib/format";
import { useAsync } from "../../lib/use-async";
import { exportDocx } from "../export/export-docx";
import { blockingFindingsFor } from "../lint/blocking-findings";
import { shortHash } from "./audit-labels";
import { FindingList } from "./finding-list";
import { localDay } from "./local-day";
import { STEP_LABEL, stepRefusal, type StepId } from "./steps";
import { DateField } from "../../lib/date-field";

/** Props: the draft, settings, its audit entries, save-first and what to do after a change. */
export interface ClerkPanelProps {
  readonly draft: Draft;
  readonly settings: Settings;
  readonly audit: readonly AuditEntry[];
  /** The rulebook's view of the draft (from the verified trail). */
  readonly state: WorkflowState;
  readonly saveFirst: () => Promise<void>;
  /** Called after a step changed the draft (reload it and its records). */
  readonly onChanged: () => void;
}

/** One step of the panel: its title, its controls, and why it is not open (if it is not). */
function Step(props: { readonly step: StepId; readonly refusal: string | null; readonly children: ReactNode }) {
  return (
    <div className="wf-step" role="group" aria-label={STEP_LABEL[props.step]}>
      <h3 className="wf-step-title">{STEP_LABEL[props.step]}</h3>
      {props.children}
      {props.refusal && <p className="wf-refusal">{props.refusal}</p>}
    </div>
  );
}

function latest(audit: readonly AuditEntry[], action: string): AuditEntry | null {
  return [...audit].reverse().find((e) => e.action === action) ?? null;
}

/** The clerk panel (文书). */
export function ClerkPanel({ draft, settings, audit, state, saveFirst, onChanged }: ClerkPanelProps) {
  const { id, status } = draft;
  const { actor } = usePeople();
  const [nonce, setNonce] = useState(0);
  const held = useAsync(
    // status and nonce: the held number changes with allocation, cancellation and signing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    useCallback(() => api.heldDocNumber({ id }), [id, status, nonce]),
  );
  const [signDate, setSignDate] = useState(() => localDay());
  const [replyDate, setReplyDate] = useState(() => localDay());
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: "ok" | "error"; text: string; note?: string | null } | null>(null);
  const [cancelling, setCancelling] = useState(false);

  const signed = status === "已签发" || status === "已答复";
  const number = signed ? draft.record.docNumber : (held.value?.number ?? null);
  const exportBlockers = useMemo(
    () => (signed ? blockingFindingsFor(draft, settings, "export") : []),
    [signed, draft, settings],
  );
  const lastExport = latest(audit, "export");
  const replied = latest(audit, "markReplied");

  const run = async (job: () => Promise<string>, changes = true): Promise<void> => {
    setBusy(true);
    setResult(null);
    try {
      await saveFirst();
      setResult({ kind: "ok", text: await job() });
      setNonce((n) => n + 1);
      if (changes) onChanged();
    } catch (err) {
      setResult({ kind: "error", text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const allocate = (): Promise<void> =>
    run(async () => {
      const r = await api.allocateDocNumber({ id });
      return r.reused ? `本文稿已有发文字号 ${r.number}，未另行分配。` : `已分配发文字号 ${r.number}。`;
    });
  const cancelNumber = (n: string): Promise<void> =>
    run(async () => {
      await api.cancelDocNumber({ number: n, reason: "文书作废" });
      return `发文字号 ${n} 已作废，今后不再使用。`;
    });
  const sign = (n: string): Promise<void> =>
    run(async () => {
      const v = await api.signDraft({ id, docNumber: n, signDate });
      return `已签发（${n}，签发人 ${actor?.name ?? ""}，签发日期 ${formatDate(signDate)}），签发版本为第 ${v.n} 版。`;
    });
  const formalExport = async (): Promise<void> => {
    setBusy(true);
    setResult(null);
    await saveFirst();
    const out = await exportDocx(id, "formal");
    setResult(
      out.kind === "delivered"
        ? {
            kind: "ok",
            text: `${out.message}。文件校验值 SHA-256 ${shortHash(out.sha256)}…已记入审计记录。`,
            note: out.note,
          }
        : { kind: out.kind === "error" ? "error" : "ok", text: out.message },
    );
    setBusy(false);
    onChanged();
  };
  const markReplied = (): Promise<void> =>
    run(async () => {
      await api.markReplied({ id, replyDate });
      return `已标记为已答复，答复日期 ${formatDate(replyDate)}。`;
    });

  const allocateRefusal = stepRefusal("allocate", state, actor);
  const signRefusal =
    stepRefusal("sign", state, actor) ??
    (number === null ? "请先分配发文字号。" : null) ??
    (draft.letter.signOff.date === null ? "文稿还没有成文日期：请拟稿人在落款中填写成文日期后重新提交审核。" : null);
  const exportRefusal = stepRefusal("formalExport", state, actor);
  const replyRefusal = stepRefusal("markReplied", state, actor);

  return (
    <section className="wf-clerk" aria-label="文书办理">
      <Step step="allocate" refusal={number === null ? allocateRefusal : null}>
        <p className="wf-row">
          发文字号：
          <output className="wf-doc-number" aria-label="发文字号">
            {number ?? "尚未分配"}
          </output>
          {!signed && (
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || allocateRefusal !== null || number !== null}
              onClick={() => void allocate()}
            >
              分配发文字号
            </button>
          )}
          {!signed && number !== null && (
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => setCancelling(true)}>
              作废此字号
            </button>
          )}
        </p>
        {held.status === "error" && <p className="field-error">{held.error}</p>}
      </Step>
      <Step step="sign" refusal={signed ? null : signRefusal}>
        {signed ? (
          <p>
            已签发：签发人 {draft.record.signer}，签发日期 {formatDate(draft.record.signDate)}。
          </p>
        ) : (
          <div className="wf-row">
            <span className="wf-note" data-testid="signer">
              签发人：{actor?.roles?.includes("签发人") ? actor.name : "（须由签发人本人登录签发）"}
            </span>
            <label className="toolbar-field">
              签发日期
              <DateField aria-label="签发日期" value={signDate || null} onChange={(v) => setSignDate(v ?? "")} />
            </label>
            <span className="wf-note">
              成文日期：{formatDate(draft.letter.signOff.date)}（签发日期不能晚于成文日期）
            </span>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || signRefusal !== null}
              onClick={() => (number ? void sign(number) : undefined)}
            >
              签发
            </button>
          </div>
        )}
      </Step>
      <Step step="formalExport" refusal={exportRefusal}>
        {exportBlockers.length > 0 && (
          <FindingList draft={draft} findings={exportBlockers} title="文稿检查发现错误，改正前不能正式导出：" />
        )}
        <p className="wf-row">
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || exportRefusal !== null || exportBlockers.length > 0}
            onClick={() => void formalExport()}
          >
            正式导出（盖章）
          </button>
          {lastExport && (
            <span className="wf-note" data-testid="last-export">
              上次正式导出：{formatTime(lastExport.time)}，{String(lastExport.details["path"] ?? "")}，SHA-256{" "}
              {shortHash(lastExport.details["sha256"])}…
            </span>
          )}
        </p>
      </Step>
      <Step step="markReplied" refusal={status === "已答复" ? null : replyRefusal}>
        {status === "已答复" ? (
          <p>
            已答复，答复日期{" "}
            {formatDate(typeof replied?.details["replyDate"] === "string" ? replied.details["replyDate"] : null)}。
          </p>
        ) : (
          <div className="wf-row">
            <label className="toolbar-field">
              答复日期
              <DateField aria-label="答复日期" value={replyDate || null} onChange={(v) => setReplyDate(v ?? "")} />
            </label>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || replyRefusal !== null}
              onClick={() => void markReplied()}
            >
              标记已答复
            </button>
          </div>
        )}
      </Step>
      {result && (
        <div
          role={result.kind === "error" ? "alert" : "status"}
          className={result.kind === "error" ? "form-error" : "form-ok"}
        >
          <p>{result.text}</p>
          {result.note && <p>{result.note}</p>}
        </div>
      )}
      {cancelling && number && (
        <ConfirmDialog
          title={`作废发文字号 ${number}？`}
          message="作废后这个字号永不再用，本文稿需要重新分配字号。"
          confirmLabel="作废"
          danger
          onConfirm={() => {
            setCancelling(false);
            void cancelNumber(number);
          }}
          onCancel={() => setCancelling(false)}
        />
      )}
    </section>
  );
}
