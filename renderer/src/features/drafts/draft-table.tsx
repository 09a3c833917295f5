// The draft list as a virtualised table: only the visible rows are in the DOM, and only the pages holding them are
// fetched (10,000 rows scroll smoothly and the first screen does not wait for the whole list).
import { useEffect, useRef } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { DraftSummary } from "../../../../shared/model/draft";
import type { DeadlineRow } from "../workflow/use-list-workflow";
import { DraftRow, PendingDraftRow } from "./draft-row";

const ROW_HEIGHT = 44;
/** Rows rendered beyond each edge of the screen. */
const OVERSCAN = 10;

/** Column headers, in display order (the CSS grid in list.css matches them). */
export const DRAFT_COLUMNS = [
  "标题",
  "类别",
  "编号",
  "提案人/代表",
  "发文字号",
  "状态",
  "交办日期/到期",
  "更新时间",
] as const;

function localToday(): string {
  const t = new Date();
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
}

/** Props: how many rows the list has, the row at an index (undefined until loaded), and a way to load a range. */
export interface DraftTableProps {
  readonly count: number;
  readonly rowAt: (index: number) => DraftSummary | undefined;
  /** Asks for rows first..last (inclusive) to be loaded; called as the visible range changes. */
  readonly ensureRange?: (first: number, last: number) => void;
  readonly label: string;
  /** Due dates and whose turn it is, by draft id (api.deadlines). */
  readonly deadlines?: ReadonlyMap<string, DeadlineRow>;
}

/** The table: a sticky header and a scrolling body of rows, newest first. */
export function DraftTable({ count, rowAt, ensureRange, label, deadlines }: DraftTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualizer's functions are not memoisable by the React compiler; that is fine here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    getItemKey: (i) => rowAt(i)?.id ?? `pending-${i}`,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (count > 0) ensureRange?.(first, last);
  }, [first, last, count, rowAt, ensureRange]);
  const today = localToday();

  return (
    <div role="table" aria-label={label} aria-rowcount={count + 1} className="draft-table">
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
          {items.map((item) => {
            const draft = rowAt(item.index);
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
            ) : (
              <PendingDraftRow key={item.key} index={item.index} top={item.start} height={item.size} />
            );
          })}
        </div>
      </div>
    </div>
  );
}
