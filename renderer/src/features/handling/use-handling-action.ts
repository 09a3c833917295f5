// Runs one 办理 action: busy flag, Chinese error or success message, then reloads the panel.
import { useState } from "react";
import { errorMessage } from "../../api";

/** State and runner for the panel's buttons. */
export function useHandlingAction(onDone: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const run = async (fn: () => Promise<string | null>): Promise<void> => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      setMessage(await fn());
      onDone();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, message, run };
}
