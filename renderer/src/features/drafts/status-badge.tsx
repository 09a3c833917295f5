// A draft's workflow status as a small coloured label.
import type { DraftStatus } from "../../../../shared/model/draft";

const TONE: Readonly<Record<DraftStatus, string>> = {
  草稿: "neutral",
  待审核: "info",
  退回修改: "warn",
  已审核: "ok",
  已签发: "ok",
  已答复: "done",
};

/** Status label, coloured by how far the draft has come. */
export function StatusBadge({ status }: { readonly status: DraftStatus }) {
  return <span className={`status-badge status-${TONE[status]}`}>{status}</span>;
}
