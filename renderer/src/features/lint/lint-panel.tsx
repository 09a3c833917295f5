// The 格式审查 panel: counts of 错误/警告/提示, then each finding with its rule, message and location. Clicking a
// finding selects its text in the editor; quick fixes apply as one undo step; warnings can be acknowledged.
import { useMemo, useState } from "react";
import { summarise, type Finding, type Severity } from "../../../../shared/lint";
import { locationLabel } from "../../../../shared/lint/location-label";
import { formatTime } from "../../lib/format";
import { AcknowledgeDialog } from "./acknowledge-dialog";
import { blankOf } from "./blanks";
import { useLint } from "./lint-context";
import { findingKey } from "./marks";
import { ackKey, type Acknowledged } from "./use-acknowledgements";
import "./lint.css";

// Whether the panel is open is remembered on this computer.
const OPEN_KEY = "replydesk.lintPanelOpen";

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: "错误", warning: "警告", hint: "提示" };

interface Row {
  readonly finding: Finding;
  readonly index: number;
  readonly where: string;
  readonly ack: Acknowledged | null;
}

/** The panel (inside a LintProvider). */
export function LintPanel() {
  const lint = useLint();
  const [note, setNote] = useState<string | null>(null);
  const [acking, setAcking] = useState<Row | null>(null);
  const [showHints, setShowHints] = useState(true);
  const [open, setOpen] = useState(() => localStorage.getItem(OPEN_KEY) !== "0");
  const rows = useMemo<Row[]>(() => {
    if (!lint) return [];
    return lint.findings.map((finding, index) => ({
      finding,
      index,
      where: locationLabel(lint.linted, finding.location),
      ack: finding.severity === "warning" ? (lint.acks.byKey.get(ackKey(finding.rule, finding.message)) ?? null) : null,
    }));
  }, [lint]);
  if (!lint) return null;
  const counts = summarise(lint.findings);
  const blanks = lint.findings.filter((f) => blankOf(f) !== null).length;
  const errors = counts.errors - blanks;
  const toggle = (): void => {
    localStorage.setItem(OPEN_KEY, open ? "0" : "1");
    setOpen(!open);
  };
  const acked = rows.filter((r) => r.ack !== null).length;
  const shown = showHints ? rows : rows.filter((r) => r.finding.severity !== "hint");

  const jump = (r: Row): void => {
    const found = lint.focusFinding(r.index);
    setNote(found || !r.finding.location ? null : `“${r.where}”不在本页的编辑区中，请按提示在相应位置补充。`);
  };
  const fix = (r: Row): void => setNote(lint.applyQuickFix(r.index));

  return (
    <section className="lint-panel" aria-labelledby="lint-panel-title">
      <header className="lint-head">
        <h3 id="lint-panel-title">
          <button type="button" className="lint-collapse" aria-expanded={open} onClick={toggle}>
            {open ? "▾" : "▸"} 格式审查
          </button>
        </h3>
        <p className="lint-counts" data-testid="lint-counts" aria-live="polite">
          {blanks > 0 && <span className="lint-count lint-count-todo">待填写 {blanks}</span>}
          <span className="lint-count lint-count-error">错误 {errors}</span>
          <span className="lint-count lint-count-warning">
            警告 {counts.warnings}
            {acked > 0 && `（已确认 ${acked}）`}
          </span>
          <span className="lint-count lint-count-hint">提示 {counts.hints}</span>
        </p>
        <label className="lint-toggle">
          <input type="checkbox" checked={showHints} onChange={(e) => setShowHints(e.currentTarget.checked)} />
          显示提示
        </label>
      </header>
      {open && counts.errors > 0 && (
        <p className="lint-blocking" data-testid="lint-blocking">
          {blanks > 0 && errors > 0
            ? `还有 ${blanks} 处待填写、${errors} 个错误，完成后才能提交审核和正式导出。`
            : blanks > 0
              ? `还有 ${blanks} 处模板内容待填写，填好后才能提交审核和正式导出。`
              : `有 ${errors} 个错误，改正后才能提交审核和正式导出。`}
        </p>
      )}
      {lint.acks.error && <p className="form-error">{lint.acks.error}</p>}
      {note && (
        <p role="status" className="lint-note">
          {note}
        </p>
      )}
      {!open ? null : rows.length === 0 ? (
        <p className="lint-empty">未发现问题。</p>
      ) : (
        <ul className="lint-list" aria-label="格式审查结果">
          {shown.map((r) => {
            const f = r.finding;
            const key = findingKey(f, r.index);
            return (
              <li
                key={key}
                className={`lint-item lint-item-${f.severity}${r.ack ? " lint-item-acked" : ""}${
                  lint.activeKey === key ? " lint-item-active" : ""
                }`}
                data-testid="lint-finding"
                data-rule={f.rule}
                data-severity={f.severity}
              >
                {/* No aria-label here or below: field names in one would make getByLabel("开头") ambiguous. */}
                <button type="button" className="lint-goto" onClick={() => jump(r)}>
                  <span className="lint-sev" title={`规则 ${f.rule}`}>
                    {blankOf(f) !== null ? "待填写" : SEVERITY_LABEL[f.severity]}
                  </span>
                  <span className="lint-where">{r.where}</span>
                  <span className="lint-message">{f.message}</span>
                </button>
                {(f.fix || (f.severity === "warning" && !r.ack)) && (
                  <div className="lint-actions">
                    {f.fix && (
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => fix(r)}
                        title="快速修正（可用 Ctrl+Z 撤销）"
                        data-testid="lint-fix"
                      >
                        {f.fix.label}
                      </button>
                    )}
                    {f.severity === "warning" && !r.ack && (
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => setAcking(r)}
                        data-testid="lint-acknowledge"
                      >
                        确认忽略…
                      </button>
                    )}
                  </div>
                )}
                {r.ack && (
                  <p className="lint-ack" data-testid="lint-ack">
                    已确认忽略：{r.ack.reason}（{r.ack.by}，{formatTime(r.ack.time)}）
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {acking && (
        <AcknowledgeDialog
          finding={acking.finding}
          where={acking.where}
          onConfirm={(reason) => lint.acks.acknowledge(acking.finding, reason)}
          onClose={() => setAcking(null)}
        />
      )}
    </section>
  );
}
