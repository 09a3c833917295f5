// The 导出 Word dialog: choose 草稿 or 正式导出 (explained, and blocked while it is not allowed), export, see the result.
import { useCallback, useMemo, useState, type FormEvent } from "react";
import type { Draft } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";
import { api } from "../../api";
import { DialogActions, FormError, useModal } from "../../lib/modal";
import { useAsync } from "../../lib/use-async";
import { exportDocx, type ExportMode, type ExportResult } from "./export-docx";
import { formalGate } from "./formal-gate";
import { usePeople } from "../people/people-context";
import { pageStateOf } from "../workflow/page-state";
import { stepRefusal } from "../workflow/steps";

/** Props: the draft as edited, the settings, a function that saves pending edits first, and close. */
export interface ExportDialogProps {
  readonly draft: Draft;
  readonly settings: Settings;
  readonly saveFirst: () => Promise<void>;
  /** Shown when the page has edits that could not be saved (the export then uses the last saved version). */
  readonly unsavedWarning: string | null;
  readonly onClose: () => void;
}

/** A modal: mode choice with its explanation, 导出, and the outcome (file name, note or Chinese error). */
export function ExportDialog({ draft, settings, saveFirst, unsavedWarning, onClose }: ExportDialogProps) {
  const ref = useModal();
  const { actor } = usePeople();
  const trail = useAsync(useCallback(() => api.auditTrail({ id: draft.id }), [draft.id]));
  const refusal = stepRefusal("formalExport", pageStateOf(draft.status, trail.value ?? null), actor);
  const gate = useMemo(() => formalGate(draft, settings, refusal), [draft, settings, refusal]);
  const seal = useAsync(useCallback(() => api.sealInfo({}), []));
  // Until the person chooses, the mode follows the gate (the trail arrives a moment after the dialog opens).
  const [picked, setMode] = useState<ExportMode | null>(null);
  const mode: ExportMode = picked ?? (gate.allowed ? "formal" : "draft");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const chosen: ExportMode = mode === "formal" && !gate.allowed ? "draft" : mode;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setResult(null);
    await saveFirst();
    setResult(await exportDocx(draft.id, chosen));
    setBusy(false);
  };

  return (
    <dialog ref={ref} className="dialog export-dialog" aria-labelledby="export-title" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="export-title">导出 Word</h2>
        <fieldset className="field export-modes">
          <legend>导出方式</legend>
          <label className="choice">
            <input
              type="radio"
              name="export-mode"
              value="draft"
              checked={chosen === "draft"}
              onChange={() => setMode("draft")}
            />
            草稿
          </label>
          <p className="field-hint export-mode-hint">
            不盖章，页眉标注“草稿”，供内部传阅、面商或送审。任何状态都可导出。
          </p>
          <label className="choice">
            <input
              type="radio"
              name="export-mode"
              value="formal"
              checked={chosen === "formal"}
              disabled={!gate.allowed}
              onChange={() => setMode("formal")}
              aria-describedby="formal-explain"
            />
            正式导出
          </label>
          <div id="formal-explain" className="field-hint export-mode-hint">
            <p>
              正式文件不标“草稿”，并在署名和成文日期上加盖“设置”中的印章。仅限已签发或已答复的文稿，且文稿检查没有错误。
            </p>
            {gate.allowed && seal.value && !seal.value.configured && (
              <p className="export-warning">尚未设置印章图片，正式文件将不盖章。文书可在“设置”中选择印章图片。</p>
            )}
          </div>
          {!gate.allowed && (
            <div className="export-blocked" role="note" aria-label="不能正式导出的原因">
              <p>现在不能正式导出：</p>
              <ul>
                {gate.statusReason && <li>{gate.statusReason}</li>}
                {gate.blockers.length > 0 && (
                  <li>
                    文稿检查发现 {gate.blockers.length} 处错误需先改正：
                    <ol className="export-blockers">
                      {gate.blockers.map((f, i) => (
                        <li key={`${f.rule}-${i}`}>
                          <span className="export-rule">{f.rule}</span> {f.message}
                        </li>
                      ))}
                    </ol>
                  </li>
                )}
              </ul>
            </div>
          )}
        </fieldset>
        {unsavedWarning && <p className="export-warning">{unsavedWarning}</p>}
        {result && <ExportOutcome result={result} />}
        <DialogActions
          onCancel={onClose}
          cancelLabel={result?.kind === "delivered" ? "关闭" : "取消"}
          confirmLabel={busy ? "正在导出…" : chosen === "formal" ? "正式导出" : "导出草稿"}
          disabled={busy}
        />
      </form>
    </dialog>
  );
}

/** The outcome line(s) of an export. */
function ExportOutcome({ result }: { readonly result: ExportResult }) {
  if (result.kind === "error") return <FormError message={result.message} className="export-message" />;
  return (
    <div role="status" className="export-result">
      <p className={result.kind === "delivered" ? "form-ok" : undefined}>{result.message}</p>
      {result.kind === "delivered" && result.note && <p className="export-warning">{result.note}</p>}
    </div>
  );
}
