// Working-day arithmetic for the 公开 clock: Monday–Friday, minus holidays, plus 调休 working weekends.
import type { HandlingConfig } from "./schemas";

type Calendar = Pick<HandlingConfig, "holidays" | "makeupWorkdays">;

const DAY_MS = 86_400_000;

function toDay(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A fast membership test for a calendar (built once, used for many items). */
export interface WorkCalendar {
  readonly isWorkingDay: (iso: string) => boolean;
  /** Same test on a day number (days since 1970-01-01), for the counting loops. */
  readonly isWorkingDayNumber: (day: number) => boolean;
  /** Results already counted: thousands of replies share a few hundred dates. */
  readonly memo: Map<string, number | string>;
}

/** Builds the working-day test of a calendar. */
export function workCalendar(cal: Calendar): WorkCalendar {
  const off = new Set(cal.holidays.map(toDay));
  const on = new Set(cal.makeupWorkdays.map(toDay));
  const isWorkingDayNumber = (day: number): boolean => {
    if (on.has(day)) return true;
    if (off.has(day)) return false;
    // 1970-01-01 (day 0) was a Thursday: day % 7 === 2 is Saturday, 3 is Sunday.
    const dow = ((day % 7) + 7) % 7;
    return dow !== 2 && dow !== 3;
  };
  return { isWorkingDayNumber, isWorkingDay: (iso) => isWorkingDayNumber(toDay(iso)), memo: new Map() };
}

/** Working days in (from, to]: the day of 答复 itself does not count, the day checked does. 0 when to ≤ from. */
export function workingDaysBetween(from: string, to: string, cal: WorkCalendar): number {
  const key = `b${from}${to}`;
  const known = cal.memo.get(key);
  if (typeof known === "number") return known;
  const b = toDay(to);
  let n = 0;
  for (let d = toDay(from) + 1; d <= b; d++) if (cal.isWorkingDayNumber(d)) n++;
  cal.memo.set(key, n);
  return n;
}

/** The date of the n-th working day after `from` (the deadline of a clock of n working days). */
export function addWorkingDays(from: string, n: number, cal: WorkCalendar): string {
  const key = `a${from}${n}`;
  const known = cal.memo.get(key);
  if (typeof known === "string") return known;
  let d = toDay(from);
  let left = n;
  while (left > 0) {
    d += 1;
    if (cal.isWorkingDayNumber(d)) left--;
  }
  const out = fromDay(d);
  cal.memo.set(key, out);
  return out;
}
