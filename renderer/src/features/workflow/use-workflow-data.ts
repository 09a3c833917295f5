// The workflow records of one draft (versions, comments, audit trail), loaded together and reloadable.
import { useCallback } from "react";
import type { MethodOutput } from "../../../../shared/api/contract";
import type { DraftStatus } from "../../../../shared/model/draft";
import { api } from "../../api";
import { useAsync } from "../../lib/use-async";

/** Versions (old to new), comments and the audit trail with its chain check. */
export interface WorkflowData {
  readonly versions: MethodOutput<"listVersions">;
  readonly comments: MethodOutput<"listComments">;
  readonly audit: MethodOutput<"auditTrail">;
}

/**
 * Loads the records of draft `id`; they are loaded again on reload() after the UI's own actions, and when
 * `status` or `revision` changes: the save of an edit that drops a reviewed draft to 草稿 writes an audit entry
 * (three small reads per autosave; the chain check is a hash per entry).
 */
export function useWorkflowData(id: string, status: DraftStatus, revision: number) {
  const load = useCallback(
    async (): Promise<WorkflowData> => {
      const [versions, comments, audit] = await Promise.all([
        api.listVersions({ id }),
        api.listComments({ id }),
        api.auditTrail({ id }),
      ]);
      return { versions, comments, audit };
    },
    // status and revision are not read, but a change of either may mean the audit trail has grown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [id, status, revision],
  );
  return useAsync(load);
}
