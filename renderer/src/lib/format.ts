// Formatting dates and times for the UI (local time, Chinese style).

/** "2024-05-28" → "2024年5月28日"; null → "—". */
export function formatDate(iso: string | null): string {
  if (!iso) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** An ISO instant as local "2024-05-28 14:03" (compact, sortable by eye). */
export function formatTime(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}
