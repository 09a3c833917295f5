// The store's data folder and notices, loaded once on start (storeInfo) and shared by the banner and settings.
import { useCallback, useSyncExternalStore } from "react";
import type { StoreNotice } from "../../../../shared/api/drafts";
import { api, errorMessage } from "../../api";

/** What the app knows about the store. */
export interface StoreInfoState {
  readonly dataDir: string | null;
  readonly notices: readonly StoreNotice[];
  readonly error: string | null;
}

let state: StoreInfoState = { dataDir: null, notices: [], error: null };
let started = false;
const listeners = new Set<() => void>();

function set(next: StoreInfoState): void {
  state = next;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    api.storeInfo({}).then(
      (info) => set({ dataDir: info.dataDir, notices: info.notices, error: null }),
      (err: unknown) => set({ ...state, error: errorMessage(err) }),
    );
  }
  return () => listeners.delete(listener);
}

/** The store info (loaded on first use) and dismiss(id), which hides a notice for good. */
export function useStoreInfo(): StoreInfoState & { readonly dismiss: (id: string) => Promise<void> } {
  const current = useSyncExternalStore(subscribe, () => state);
  const dismiss = useCallback(async (id: string) => {
    set({ ...state, notices: state.notices.filter((n) => n.id !== id) });
    try {
      await api.dismissNotice({ id });
    } catch (err) {
      set({ ...state, error: errorMessage(err) });
    }
  }, []);
  return { ...current, dismiss };
}
