// The draft list as the list page needs it: the query, and the rows fetched a page at a time as they come into
// view (api.listDraftPage filters and sorts on the service side; 10,000 drafts never cross the wire at once).
import { useCallback, useEffect, useRef, useState } from "react";
import type { DraftStatus, DraftSummary } from "../../../../shared/model/draft";
import { api, errorMessage } from "../../api";
import { useDebouncedCallback } from "../../lib/use-debounced-callback";

/** How long the search waits after the last keystroke before asking the server. */
const SEARCH_DELAY_MS = 200;
/** Rows per request: a few screens, so scrolling asks rarely. */
export const PAGE_ROWS = 100;

/** Newest first by updatedAt (ISO strings of one format compare as text). */
export function byUpdatedDesc(a: DraftSummary, b: DraftSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** The pages received for one query (and one reload). */
interface ListView {
  readonly queryKey: string;
  readonly epoch: number;
  readonly total: number | null;
  readonly pages: ReadonlyMap<number, readonly DraftSummary[]>;
  readonly error: string | null;
}

const NO_VIEW: ListView = { queryKey: "", epoch: -1, total: null, pages: new Map(), error: null };

/**
 * List state: the total, rowAt(i) (undefined until its page arrives), ensureRange(first, last) to fetch the
 * pages a screen shows, loading/error, reload and the query with its setters (text is debounced).
 * `ids` limits the list to those drafts (待我处理); pass a memoised array or null.
 */
export function useDraftList(trashed: boolean, ids: readonly string[] | null = null) {
  const [text, setTextNow] = useState("");
  const [status, setStatus] = useState<DraftStatus | null>(null);
  const [epoch, setEpoch] = useState(0);
  const [view, setView] = useState<ListView>(NO_VIEW);
  const requested = useRef<{ tag: string; pages: Set<number> }>({ tag: "", pages: new Set() });
  const debounced = useDebouncedCallback(setTextNow, SEARCH_DELAY_MS);
  const query = text.trim();
  const queryKey = JSON.stringify([query, status, trashed, ids]);

  const fetchPage = useCallback(
    (page: number): void => {
      const tag = `${queryKey}#${epoch}`;
      if (requested.current.tag !== tag) requested.current = { tag, pages: new Set() };
      const asked = requested.current.pages;
      if (asked.has(page)) return;
      asked.add(page);
      const input = { text: query, status, trashed, ids: ids ? [...ids] : null, offset: page * PAGE_ROWS };
      api.listDraftPage({ ...input, limit: PAGE_ROWS }).then(
        (res) =>
          setView((v) => {
            if (requested.current.tag !== tag) return v;
            // The first page of a new query or reload replaces what was shown; later pages add to it.
            const fresh = v.queryKey !== queryKey || v.epoch !== epoch;
            const pages = new Map(fresh ? [] : v.pages);
            pages.set(page, res.rows);
            return { queryKey, epoch, total: res.total, pages, error: null };
          }),
        (err: unknown) => {
          asked.delete(page);
          setView((v) => (requested.current.tag === tag ? { ...v, queryKey, epoch, error: errorMessage(err) } : v));
        },
      );
    },
    [queryKey, epoch, query, status, trashed, ids],
  );

  useEffect(() => fetchPage(0), [fetchPage]);

  /** Fetches the pages holding rows first..last (inclusive) that are not there yet. */
  const ensureRange = useCallback(
    (first: number, last: number): void => {
      for (let p = Math.floor(first / PAGE_ROWS); p <= Math.floor(last / PAGE_ROWS); p += 1) fetchPage(p);
    },
    [fetchPage],
  );

  const current = view.queryKey === queryKey;
  const pages = current ? view.pages : NO_VIEW.pages;
  const rowAt = useCallback(
    (i: number): DraftSummary | undefined => pages.get(Math.floor(i / PAGE_ROWS))?.[i % PAGE_ROWS],
    [pages],
  );
  const total = current ? view.total : null;
  const reload = useCallback(() => setEpoch((e) => e + 1), []);

  return {
    total: total ?? 0,
    rowAt,
    ensureRange,
    loading: total === null && !(current && view.error),
    error: current ? view.error : null,
    reload,
    text,
    setText: debounced.call,
    status,
    setStatus,
    filtered: query !== "" || status !== null,
  };
}
