// A callback that runs once, `delay` ms after the last call; flush() runs it now, cancel() drops it.
import { useCallback, useEffect, useRef } from "react";

/** The debounced function and its controls. */
export interface Debounced<A extends unknown[]> {
  readonly call: (...args: A) => void;
  readonly flush: () => void;
  readonly cancel: () => void;
}

/** Debounces `fn` (always the latest `fn` runs); pending calls are cancelled on unmount. */
export function useDebouncedCallback<A extends unknown[]>(fn: (...args: A) => void, delay: number): Debounced<A> {
  const fnRef = useRef(fn);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<A | null>(null);

  useEffect(() => {
    fnRef.current = fn;
  }, [fn]);

  const cancel = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);

  const flush = useCallback(() => {
    const args = pending.current;
    cancel();
    if (args) fnRef.current(...args);
  }, [cancel]);

  const call = useCallback(
    (...args: A) => {
      if (timer.current !== null) clearTimeout(timer.current);
      pending.current = args;
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  useEffect(() => cancel, [cancel]);
  return { call, flush, cancel };
}
