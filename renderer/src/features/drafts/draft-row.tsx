// One row of the draft list: a link to the draft with its summary columns.
import { memo } from "react";
import type { DraftSummary } from "../../../../shared/model/draft";
import { formatDate, formatTime } from "../../lib/format";
import type { DeadlineRow } from "../workflow/use-list-workflow";
import { hrefOf } from "../../lib/routes";
import { StatusBadge } from "./status-badge";

/** Props: the summary, today's date (for overdue marking) and the row's place in the virtual list. */
export interface DraftRowProps {
  readonly draft: DraftSummary;
  readonly today: string;
  readonly top: number;
  readonly height: number;
  readonly index: number;
  /** Due date, urgency and whether the draft waits for me (api.deadlines), when known. */
  readonly deadline?: DeadlineRow | undefined;
}

/** A clickable row (an <a> with role=row, so the whole row opens the draft). Memoised: scrolling re-renders only new rows. */
export const DraftRow = memo(function DraftRow({ draft, today, top, height, index, deadline }: DraftRowProps) {
  const due = deadline?.dueDate ?? draft.dueDate;
  const overdue = deadline ? deadline.state === "overdue" : due !== null && due < today && draft.status !== "已答复";
  const soon = deadline?.state === "dueThisWeek";
  return (
    <a
      role="row"
      aria-rowindex={index + 2}
      className="draft-row"
      href={hrefOf({ page: "draft", id: draft.id })}
      style={{ transform: `translateY(${top}px)`, height }}
    >
      <span role="cell" className="col-title" title={draft.title}>
        {deadline?.waitingForMe && <span className="wf-mine">待我处理</span>}
        {draft.title || "（未命名文稿）"}
      </span>
      <span role="cell" className="col-channel">
        {draft.channel}
      </span>
      <span role="cell" className="col-number">
        {draft.proposalNumber !== null ? `第${draft.proposalNumber}号` : "—"}
      </span>
      <span role="cell" className="col-proposers" title={draft.proposers.join("、")}>
        {draft.proposers.join("、") || "—"}
      </span>
      <span role="cell" className="col-doc-number" title={draft.docNumber ?? ""}>
        {draft.docNumber || "—"}
      </span>
      <span role="cell" className="col-status">
        <StatusBadge status={draft.status} />
      </span>
      <span role="cell" className="col-dates">
        {formatDate(draft.assignedDate)}
        {due && (
          <span className={overdue ? "due overdue wf-due-overdue" : soon ? "due wf-due-soon" : "due"}>
            {" "}
            / {formatDate(due)}
            {overdue ? `（${deadline?.label ?? "已逾期"}）` : soon ? `（${deadline?.label ?? ""}）` : ""}
          </span>
        )}
      </span>
      <span role="cell" className="col-updated">
        {formatTime(draft.updatedAt)}
      </span>
    </a>
  );
});

/** A row whose page is still on its way: same size and place, no link yet. */
export function PendingDraftRow({ top, height, index }: Pick<DraftRowProps, "top" | "height" | "index">) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-busy="true"
      className="draft-row draft-row-pending"
      style={{ transform: `translateY(${top}px)`, height }}
    >
      <span role="cell" className="col-title">
        正在载入…
      </span>
    </div>
  );
}
