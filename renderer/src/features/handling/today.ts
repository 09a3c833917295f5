// Today's date on this computer as YYYY-MM-DD (local time, as people read calendars).

/** Today's local date. */
export function todayLocal(now = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
