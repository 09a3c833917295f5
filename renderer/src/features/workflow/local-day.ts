// Today's date on this computer as YYYY-MM-DD (what date inputs and the deadlines view use).

/** The local calendar date of `now` as YYYY-MM-DD. */
export function localDay(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
