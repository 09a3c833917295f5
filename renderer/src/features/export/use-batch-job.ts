// A batch export job as the dialog sees it: start it, poll its progress, cancel it, deliver the zip download.
import { useCallback, useEffect, useRef, useState } from "react";
import type { BatchExportStatus } from "../../../../shared/api/export";
import type { DraftStatus } from "../../../../shared/model/draft";
import { api, errorMessage } from "../../api";
import { startDownload } from "./deliver";

/** How often the dialog asks main for progress. */
const POLL_MS = 250;

/** What to export: drafts of one status (null = all), or the chosen drafts. */
export type BatchScope = { readonly status: DraftStatus | null } | { readonly ids: readonly string[] };

/** The job's state in the dialog. */
export type BatchJobState =
  | { readonly phase: "idle" }
  | { readonly phase: "starting" }
  | { readonly phase: "running" | "finished"; readonly job: BatchExportStatus; readonly cancelling: boolean }
  | { readonly phase: "error"; readonly message: string };

/** Starts, follows and cancels one batch job; cancels it too if the dialog goes away while it runs. */
export function useBatchJob() {
  const [state, setState] = useState<BatchJobState>({ phase: "idle" });
  const jobId = useRef<string | null>(null);
  const running = useRef(false);
  const cancelling = useRef(false);
  const downloaded = useRef(false);
  const live = useRef(true);

  /** Polls the job until it finishes or the dialog goes away. */
  const follow = useCallback(async (id: string): Promise<void> => {
    while (live.current) {
      let job: BatchExportStatus;
      try {
        job = await api.batchExportStatus({ jobId: id });
      } catch (err) {
        running.current = false;
        if (live.current) setState({ phase: "error", message: `无法获取导出进度：${errorMessage(err)}` });
        return;
      }
      if (!live.current) return;
      running.current = !job.finished;
      setState({ phase: job.finished ? "finished" : "running", job, cancelling: cancelling.current });
      if (job.finished) {
        if (job.delivery?.kind === "download" && !downloaded.current) {
          downloaded.current = true;
          startDownload(job.delivery.url, job.delivery.fileName);
        }
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }, []);

  const start = useCallback(
    async (scope: BatchScope): Promise<void> => {
      setState({ phase: "starting" });
      cancelling.current = false;
      downloaded.current = false;
      try {
        const input = "ids" in scope ? { ids: [...scope.ids] } : { status: scope.status };
        const started = await api.startBatchExport(input);
        jobId.current = started.jobId;
        running.current = true;
        if (!live.current) return;
        // Show the progress view at once (0 of N); the first poll fills in the real numbers.
        const job: BatchExportStatus = {
          ...started,
          done: 0,
          failed: [],
          finished: false,
          cancelled: false,
          delivery: null,
        };
        setState({ phase: "running", job, cancelling: false });
        void follow(started.jobId);
      } catch (err) {
        if (live.current) setState({ phase: "error", message: `无法开始批量导出：${errorMessage(err)}` });
      }
    },
    [follow],
  );

  const cancel = useCallback(async (): Promise<void> => {
    const id = jobId.current;
    if (!id || !running.current || cancelling.current) return;
    cancelling.current = true;
    setState((s) => (s.phase === "running" ? { ...s, cancelling: true } : s));
    try {
      await api.cancelBatchExport({ jobId: id });
    } catch {
      // The job may have finished meanwhile; the next poll shows its real state.
    }
  }, []);

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
      // Leaving while the job runs stops it: the files would have nowhere to go.
      if (running.current && jobId.current) void api.cancelBatchExport({ jobId: jobId.current }).catch(() => undefined);
    };
  }, []);

  return { state, start, cancel, reset: () => setState({ phase: "idle" }) };
}
