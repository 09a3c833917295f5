// Loading data from the API into component state, with a reload function and Chinese errors.
import { useCallback, useEffect, useState } from "react";
import { errorMessage } from "../api";

/** The state of an async load. */
export type AsyncState<T> =
  | { readonly status: "loading"; readonly value: T | undefined }
  | { readonly status: "ready"; readonly value: T }
  | { readonly status: "error"; readonly value: T | undefined; readonly error: string };

/**
 * Runs `load` when `deps` change (and on reload()); stale results of earlier runs are dropped.
 * `load` must be memoised by the caller (useCallback) — it is the dependency.
 */
export function useAsync<T>(load: () => Promise<T>): AsyncState<T> & { readonly reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: "loading", value: undefined });
  const [nonce, setNonce] = useState(0);

  useEffect(() => {
    let live = true;
    load().then(
      (value) => {
        if (live) setState({ status: "ready", value });
      },
      (err: unknown) => {
        if (live) setState((s) => ({ status: "error", value: s.value, error: errorMessage(err) }));
      },
    );
    return () => {
      live = false;
    };
  }, [load, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
