// Due dates of replies: 交办日期 + the bureau's rule (+ extension), and how urgent a draft is today.
import { addMonths, differenceInCalendarDays, format, parseISO } from "date-fns";
import type { DraftRecord, DraftStatus } from "../model/draft";
import type { BureauProfile } from "../model/settings";

/** How a draft stands against its due date. */
export type DeadlineState = "overdue" | "dueThisWeek" | "ok" | "done" | "none";

/** A draft's due date and urgency. */
export interface DeadlineInfo {
  readonly dueDate: string | null;
  readonly state: DeadlineState;
  /** Calendar days from today to the due date (negative when overdue); null without a due date. */
  readonly daysLeft: number | null;
  /** Chinese, for the list: 已超期 3 天 / 还剩 5 天 / 今天到期. */
  readonly label: string;
}

/** Days ahead that count as "due this week". */
export const DUE_SOON_DAYS = 7;

/** The due date: the explicit one, else 交办日期 + deadlineMonths (+ extensionMonths if approved). */
export function computeDueDate(
  record: Pick<DraftRecord, "assignedDate" | "dueDate" | "extensionApproved">,
  bureau: Pick<BureauProfile, "deadlineMonths" | "extensionMonths">,
): string | null {
  if (record.dueDate) return record.dueDate;
  if (!record.assignedDate) return null;
  const months = bureau.deadlineMonths + (record.extensionApproved ? bureau.extensionMonths : 0);
  // addMonths clamps to the month's last day (11-30 + 3 months = 02-28), as calendars are read.
  return format(addMonths(parseISO(record.assignedDate), months), "yyyy-MM-dd");
}

/** Classifies a due date against today (both `YYYY-MM-DD`); replied drafts are done. */
export function classifyDeadline(dueDate: string | null, today: string, status: DraftStatus): DeadlineInfo {
  if (status === "已答复") return { dueDate, state: "done", daysLeft: null, label: "已答复" };
  if (!dueDate) return { dueDate: null, state: "none", daysLeft: null, label: "未设交办日期" };
  const daysLeft = differenceInCalendarDays(parseISO(dueDate), parseISO(today));
  if (daysLeft < 0) return { dueDate, state: "overdue", daysLeft, label: `已超期 ${-daysLeft} 天` };
  if (daysLeft === 0) return { dueDate, state: "dueThisWeek", daysLeft, label: "今天到期" };
  if (daysLeft <= DUE_SOON_DAYS) return { dueDate, state: "dueThisWeek", daysLeft, label: `还剩 ${daysLeft} 天` };
  return { dueDate, state: "ok", daysLeft, label: `还剩 ${daysLeft} 天` };
}

/** Due date and urgency of one draft in one call. */
export function deadlineFor(
  record: Pick<DraftRecord, "assignedDate" | "dueDate" | "extensionApproved">,
  status: DraftStatus,
  bureau: Pick<BureauProfile, "deadlineMonths" | "extensionMonths">,
  today: string,
): DeadlineInfo {
  return classifyDeadline(computeDueDate(record, bureau), today, status);
}
