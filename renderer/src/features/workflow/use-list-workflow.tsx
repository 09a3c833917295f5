// The draft list's workflow side: due dates and whose turn it is (api.deadlines), the 待我处理 filter and
// 导入交换文件 with its result.
import { useCallback, useMemo, useState, type ReactNode } from "react";
import type { MethodOutput } from "../../../../shared/api/contract";
import { api } from "../../api";
import { useAsync } from "../../lib/use-async";
import { ExchangeImportButton } from "../exchange/exchange-import-button";
import type { ImportOutcome } from "../exchange/import-outcome";
import { ImportResult } from "../exchange/import-result";
import { localDay } from "./local-day";
import "./workflow.css";

/** One row of api.deadlines: due date, urgency, and whether it waits for the current user. */
export type DeadlineRow = MethodOutput<"deadlines">[number];

/** What the list page gets: the id filter to apply, the deadlines, toolbar tools and a banner. */
export interface ListWorkflow {
  /** The drafts waiting for me when 待我处理 is ticked (memoised), else null: the list asks the service for only these. */
  readonly onlyIds: readonly string[] | null;
  readonly deadlines: ReadonlyMap<string, DeadlineRow>;
  /** 待我处理 filter and 导入交换文件, for the toolbar. */
  readonly tools: ReactNode;
  /** The import result or the empty-filter note, shown under the toolbar. */
  readonly banner: ReactNode;
}

/** The 待我处理 filter (as an id list for the service) and the tools; `reloadList` after an import. */
export function useListWorkflow(reloadList: () => void): ListWorkflow {
  const loaded = useAsync(useCallback(() => api.deadlines({ today: localDay() }), []));
  const [mineOnly, setMineOnly] = useState(false);
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const deadlines = useMemo(() => new Map((loaded.value ?? []).map((d) => [d.id, d])), [loaded.value]);
  const mine = useMemo(() => (loaded.value ?? []).filter((d) => d.waitingForMe).map((d) => d.id), [loaded.value]);
  const reload = loaded.reload;

  const tools = (
    <>
      <label className="toolbar-field wf-mine-filter">
        <span>
          <input type="checkbox" checked={mineOnly} onChange={(e) => setMineOnly(e.currentTarget.checked)} />
          待我处理{loaded.value ? `（${mine.length}）` : ""}
        </span>
      </label>
      <ExchangeImportButton
        onResult={(o) => {
          setImported(o);
          reload();
          reloadList();
        }}
      />
    </>
  );
  const banner = (
    <>
      {imported && <ImportResult outcome={imported} showOpen onDismiss={() => setImported(null)} />}
      {loaded.status === "error" && (
        <p role="alert" className="form-error">
          无法计算到期日：{loaded.error}
        </p>
      )}
      {mineOnly && loaded.value && mine.length === 0 && loaded.value.length > 0 && (
        <p className="list-note">没有等待您处理的文稿。取消勾选“待我处理”可查看全部文稿。</p>
      )}
    </>
  );
  return { onlyIds: mineOnly ? mine : null, deadlines, tools, banner };
}
