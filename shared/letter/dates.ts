// Dates as letters print them (2024年5月28日) and deadline arithmetic (DOMAIN.md §1.12, §3).
// One module per function: the date-fns barrel loads all of its ~250 files at start-up.
import { addMonths } from "date-fns/addMonths";
import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(iso: string): Date | null {
  if (!ISO_DATE.test(iso)) return null;
  const d = parseISO(iso);
  return isValid(d) && format(d, "yyyy-MM-dd") === iso ? d : null;
}

/** Formats a stored YYYY-MM-DD date as 2024年5月28日 (full year, no zero padding); "" for null or invalid. */
export function formatChineseDate(iso: string | null): string {
  if (iso === null) return "";
  const d = parseIsoDate(iso);
  return d ? format(d, "yyyy年M月d日") : "";
}

/**
 * Due date of a reply: assignedDate + months (+ extensionMonths when an extension was approved).
 * Month ends clamp (11-30 + 3 months = 02-28/29), as date-fns does. Null when the date is missing or invalid.
 */
export function dueDate(assignedDate: string | null, months: number, extensionMonths = 0): string | null {
  if (assignedDate === null) return null;
  const d = parseIsoDate(assignedDate);
  if (!d) return null;
  return format(addMonths(d, months + extensionMonths), "yyyy-MM-dd");
}

/** Today's date in local time as YYYY-MM-DD (the clock is a parameter so tests can fix it). */
export function todayIso(now: Date): string {
  return format(now, "yyyy-MM-dd");
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier); null if either is invalid. */
export function daysBetween(from: string, to: string): number | null {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) return null;
  return Math.round(
    (Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) /
      86_400_000,
  );
}

/** The due date that applies to a record: the explicit one, else computed from 交办日期 and the bureau's rule. */
export function recordDueDate(
  record: {
    readonly assignedDate: string | null;
    readonly dueDate: string | null;
    readonly extensionApproved: boolean;
  },
  rule: { readonly deadlineMonths: number; readonly extensionMonths: number },
): string | null {
  if (record.dueDate !== null) return record.dueDate;
  return dueDate(record.assignedDate, rule.deadlineMonths, record.extensionApproved ? rule.extensionMonths : 0);
}
