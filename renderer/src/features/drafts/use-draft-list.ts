// The draft list as the list page needs it: query state, server-side filtering, newest first.
import { useCallback, useMemo, useState } from "react";
import type { DraftStatus, DraftSummary } from "../../../../shared/model/draft";
import { api } from "../../api";
import { useAsync } from "../../lib/use-async";
import { useDebouncedCallback } from "../../lib/use-debounced-callback";

/** How long the search waits after the last keystroke before asking the server. */
const SEARCH_DELAY_MS = 200;

/** Newest first by updatedAt (ISO strings of one format compare as text). */
export function byUpdatedDesc(a: DraftSummary, b: DraftSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** List state: rows, loading/error, the query and setters (text is debounced). */
export function useDraftList(trashed: boolean) {
  const [text, setTextNow] = useState("");
  const [status, setStatus] = useState<DraftStatus | null>(null);
  const debounced = useDebouncedCallback(setTextNow, SEARCH_DELAY_MS);

  const load = useCallback(() => api.listDrafts({ text: text.trim(), status, trashed }), [text, status, trashed]);
  const result = useAsync(load);
  const rows = useMemo(() => (result.value ? [...result.value].sort(byUpdatedDesc) : []), [result.value]);

  return {
    rows,
    loading: result.status === "loading",
    error: result.status === "error" ? result.error : null,
    reload: result.reload,
    text,
    setText: debounced.call,
    status,
    setStatus,
    filtered: text.trim() !== "" || status !== null,
  };
}
