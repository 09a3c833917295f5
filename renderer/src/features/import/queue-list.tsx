// The queue of letters being imported: overall progress, and one row per letter with its state.
import { hrefOf } from "../../lib/routes";
import type { QueueItem, QueueState } from "./import-queue";

/** Props: the items, the one on the check screen, and the row actions. */
export interface QueueListProps {
  readonly items: readonly QueueItem[];
  readonly selected: string | null;
  readonly onSelect: (key: string) => void;
  readonly onClearFinished: () => void;
}

function stateLabel(s: QueueState): { text: string; tone: string } {
  switch (s.kind) {
    case "waiting":
      return { text: "等待识别", tone: "status-neutral" };
    case "reading":
      return { text: "正在识别…", tone: "status-info" };
    case "ready":
      return s.dateConfirmed
        ? { text: "待核对", tone: "status-warn" }
        : { text: "待核对（日期需确认）", tone: "status-warn" };
    case "refused":
      return { text: "不是答复函", tone: "status-error" };
    case "failed":
      return { text: "无法读取", tone: "status-error" };
    case "saved":
      return { text: "已保存为文稿", tone: "status-ok" };
  }
}

/** Progress bar + list; a row opens that letter's check screen. */
export function QueueList({ items, selected, onSelect, onClearFinished }: QueueListProps) {
  const recognised = items.filter((i) => i.state.kind !== "waiting" && i.state.kind !== "reading").length;
  const saved = items.filter((i) => i.state.kind === "saved").length;
  const reading = items.find((i) => i.state.kind === "reading");
  const finished = items.some((i) => ["saved", "refused", "failed"].includes(i.state.kind));
  return (
    <section className="imp-queue" aria-labelledby="imp-queue-title">
      <div className="imp-queue-head">
        <h2 id="imp-queue-title" className="section-title">
          导入队列
        </h2>
        <progress className="imp-progress" aria-label="识别进度" max={items.length} value={recognised} />
        <span className="list-note" aria-live="polite" data-testid="import-progress">
          {reading
            ? `正在识别第 ${recognised + 1}/${items.length} 份：${reading.name}`
            : `已识别 ${recognised}/${items.length} 份，已保存 ${saved} 份`}
        </span>
        <span className="toolbar-spacer" />
        {finished && (
          <button type="button" className="btn btn-small" onClick={onClearFinished}>
            清除已完成
          </button>
        )}
      </div>
      <ol className="imp-queue-list" aria-label="导入队列">
        {items.map((item) => {
          const label = stateLabel(item.state);
          return (
            <li key={item.key} className="imp-queue-item" aria-current={item.key === selected ? "true" : undefined}>
              <button
                type="button"
                className="imp-queue-name"
                onClick={() => onSelect(item.key)}
                disabled={item.state.kind === "waiting" || item.state.kind === "reading"}
              >
                {item.name}
              </button>
              <span className={`status-badge ${label.tone}`}>{label.text}</span>
              {item.state.kind === "saved" && (
                <a href={hrefOf({ page: "draft", id: item.state.id })} className="imp-queue-link">
                  打开文稿
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
