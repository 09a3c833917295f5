// The running and finished views of a batch export: a progress bar, then a summary with the failures listed.
import type { BatchExportStatus } from "../../../../shared/api/export";
import { deliveryText } from "./batch-text";

/** Props: the job as last polled, whether a cancel was asked for, and the two actions. */
export interface BatchProgressProps {
  readonly job: BatchExportStatus;
  readonly cancelling: boolean;
  readonly onCancel: () => void;
  readonly onClose: () => void;
}

/** Progress while running; the summary when finished. */
export function BatchProgress({ job, cancelling, onCancel, onClose }: BatchProgressProps) {
  const made = job.done - job.failed.length;
  if (!job.finished) {
    const waiting = job.done >= job.total;
    return (
      <div className="batch-running">
        <h2 id="batch-title">正在批量导出</h2>
        <progress className="batch-progress" max={job.total} value={job.done} aria-label="导出进度" />
        <p aria-live="polite">
          {cancelling
            ? "正在取消…"
            : waiting
              ? "已全部生成，正在保存（桌面版请在弹出的窗口中选择文件夹）…"
              : `已处理 ${job.done} / ${job.total} 份`}
          {job.failed.length > 0 && `，其中 ${job.failed.length} 份失败`}
        </p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onCancel} disabled={cancelling || waiting}>
            取消导出
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="batch-summary">
      <h2 id="batch-title">{job.cancelled ? "批量导出已取消" : "批量导出完成"}</h2>
      <p role="status" className={job.cancelled || made === 0 ? undefined : "form-ok"}>
        {job.cancelled
          ? `共 ${job.total} 份，取消前已处理 ${job.done} 份。`
          : `共 ${job.total} 份：成功 ${made} 份，失败 ${job.failed.length} 份。`}{" "}
        {deliveryText(job)}
      </p>
      {job.failed.length > 0 && (
        <>
          <h3 className="section-title">未能导出的文稿</h3>
          <ul className="batch-failures" aria-label="未能导出的文稿">
            {job.failed.map((f, i) => (
              <li key={`${f.id}-${i}`}>
                <strong>{f.title}</strong>：{f.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
          关闭
        </button>
      </div>
    </div>
  );
}
