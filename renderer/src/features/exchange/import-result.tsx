// The result of importing a .replydesk file: unchanged / created / merged / conflicting / refused.
import { hrefOf } from "../../lib/routes";
import { describeImport, type ImportOutcome } from "./import-outcome";
import "./exchange.css";

const TONE_CLASS = {
  ok: "banner banner-info",
  info: "banner banner-info",
  warning: "banner banner-warning",
  error: "banner banner-error",
} as const;

/** Props: the outcome, whether to offer 打开文稿, and dismiss. */
export interface ImportResultProps {
  readonly outcome: ImportOutcome;
  readonly showOpen: boolean;
  readonly onDismiss: () => void;
}

/** A banner with the headline, the explanation and 打开文稿 / 关闭. */
export function ImportResult({ outcome, showOpen, onDismiss }: ImportResultProps) {
  const d = describeImport(outcome);
  return (
    <div
      role={d.tone === "error" ? "alert" : "status"}
      className={`${TONE_CLASS[d.tone]} exchange-result`}
      aria-label="交换文件导入结果"
    >
      <div className="exchange-result-text">
        <p>
          <strong>{d.headline}</strong>
        </p>
        {d.lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      {showOpen && outcome.kind === "done" && (
        <a className="btn" href={hrefOf({ page: "draft", id: outcome.answer.draftId })}>
          打开文稿
        </a>
      )}
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        关闭
      </button>
    </div>
  );
}
