// The draft list as a virtualised table: only the visible rows are in the DOM (10,000 rows scroll smoothly).
import { useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { DraftSummary } from "../../../../shared/model/draft";
import type { DeadlineRow } from "../workflow/use-list-workflow";
import { DraftRow } from "./draft-row";

const ROW_HEIGHT = 44;

/** Column headers, in display order (the CSS grid in list.css matches them). */
export const DRAFT_COLUMNS = ["标题", "类别", "编号", "提案人/代表", "状态", "交办日期/到期", "更新时间"] as const;

function localToday(): string {
  const t = new Date();
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
}

/** The table: a sticky header and a scrolling body of rows, newest first. */
export function DraftTable({
  rows,
  label,
  deadlines,
}: {
  readonly rows: readonly DraftSummary[];
  readonly label: string;
  /** Due dates and whose turn it is, by draft id (api.deadlines). */
  readonly deadlines?: ReadonlyMap<string, DeadlineRow>;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's functions are not memoisable by the React compiler; that is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    getItemKey: (i) => rows[i]?.id ?? i,
  });
  const today = localToday();

  return (
    <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className="draft-table">
      <div role="rowgroup" className="draft-table-head">
        <div role="row" className="draft-row draft-row-head" aria-rowindex={1}>
          {DRAFT_COLUMNS.map((c) => (
            <span role="columnheader" key={c}>
              {c}
            </span>
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={scroller} className="draft-table-body" data-testid="draft-table-body">
        <div style={{ height: virtualizer.getTotalSize() }} className="draft-table-spacer">
          {virtualizer.getVirtualItems().map((item) => {
            const draft = rows[item.index];
            return draft ? (
              <DraftRow
                key={item.key}
                draft={draft}
                deadline={deadlines?.get(draft.id)}
                index={item.index}
                today={today}
                top={item.start}
                height={item.size}
              />
            ) : null;
          })}
        </div>
      </div>
    </div>
  );
}
