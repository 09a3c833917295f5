// The drafts to choose from in the batch export dialog: a virtualised list of checkboxes (copes with 10,000 drafts).
import { useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { DraftSummary } from "../../../../shared/model/draft";

const ROW_HEIGHT = 32;

/** Props: the drafts, the chosen ids and the toggle. */
export interface BatchPickListProps {
  readonly rows: readonly DraftSummary[];
  readonly chosen: ReadonlySet<string>;
  readonly onToggle: (id: string, on: boolean) => void;
}

/** One checkbox per draft, labelled with its title, number and status. */
export function BatchPickList({ rows, chosen, onToggle }: BatchPickListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's functions are not memoisable by the React compiler; that is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (i) => rows[i]?.id ?? i,
  });
  return (
    <div ref={scroller} className="batch-pick" role="group" aria-label="选择要导出的文稿">
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const number = row.proposalNumber !== null ? `第${row.proposalNumber}号` : "无编号";
          return (
            <label
              key={item.key}
              className="batch-pick-row"
              style={{ top: item.start, height: item.size }}
              title={row.title || "（未命名文稿）"}
            >
              <input
                type="checkbox"
                checked={chosen.has(row.id)}
                onChange={(e) => onToggle(row.id, e.currentTarget.checked)}
              />
              <span className="batch-pick-title">
                {row.title || "（未命名文稿）"}（{number}，{row.status}）
              </span>
            </label>
          );
        })}
      </div>
    </div>
  );
}
