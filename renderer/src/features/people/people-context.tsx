// Who is signed in, for the whole UI: the people status from main, reloaded after sign-in, sign-out and roster work.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { PeopleStatus } from "../../../../shared/api/people";
import type { Actor } from "../../../../shared/workflow/status-machine";
import { api } from "../../api";

/** What the people context offers. */
export interface PeopleState {
  /** Null until loaded. */
  readonly status: PeopleStatus | null;
  /** The signed-in person as the rulebook's actor (null when nobody is signed in). */
  readonly actor: Actor | null;
  /** Replaces the status (after a call that returned a new one) or reloads it. */
  readonly reload: (next?: PeopleStatus) => void;
}

const PeopleContext = createContext<PeopleState>({ status: null, actor: null, reload: () => undefined });

/** The actor of a people status (first role as the recorded one; every role for the rulebook). */
export function actorOf(status: PeopleStatus | null): Actor | null {
  const me = status?.me;
  if (!me) return null;
  return {
    name: me.name,
    role: me.roles.find((r) => r !== "管理员") ?? me.roles[0] ?? "拟稿人",
    roles: me.roles,
    personId: me.id,
  };
}

/** Provides the people state to the app. */
export function PeopleProvider({ children }: { readonly children: ReactNode }) {
  const [status, setStatus] = useState<PeopleStatus | null>(null);
  const [nonce, setNonce] = useState(0);
  const reload = useCallback((next?: PeopleStatus) => {
    if (next) setStatus(next);
    else setNonce((n) => n + 1);
  }, []);
  useEffect(() => {
    let live = true;
    api.peopleStatus({}).then(
      (s) => {
        if (live) setStatus(s);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [nonce]);
  const value = useMemo(() => ({ status, actor: actorOf(status), reload }), [status, reload]);
  return <PeopleContext.Provider value={value}>{children}</PeopleContext.Provider>;
}

/** The people state. */
export function usePeople(): PeopleState {
  return useContext(PeopleContext);
}
