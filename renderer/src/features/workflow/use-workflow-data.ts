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
 * Loads the records of draft `id`; they are loaded again when `status` changes (an edit that drops the draft
 * to 草稿 writes an audit entry) and on reload() after the UI's own actions.
 */
export function useWorkflowData(id: string, status: DraftStatus) {
  const load = useCallback(
    async (): Promise<WorkflowData> => {
      const [versions, comments, audit] = await Promise.all([
        api.listVersions({ id }),
        api.listComments({ id }),
        api.auditTrail({ id }),
      ]);
      return { versions, comments, audit };
    },
    // status is not read, but a change of it means the audit trail has grown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [id, status],
  );
  return useAsync(load);
}
