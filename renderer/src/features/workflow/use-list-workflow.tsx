// The draft list's workflow side: due dates and whose turn it is (api.deadlines), the 待我处理 filter and
// 导入交换文件 with its result.
import { useCallback, useMemo, useState, type ReactNode } from "react";
import type { MethodOutput } from "../../../../shared/api/contract";
import type { DraftSummary } from "../../../../shared/model/draft";
import { api } from "../../api";
import { useAsync } from "../../lib/use-async";
import { ExchangeImportButton } from "../exchange/exchange-import-button";
import type { ImportOutcome } from "../exchange/import-outcome";
import { ImportResult } from "../exchange/import-result";
import { localDay } from "./local-day";
import "./workflow.css";

/** One row of api.deadlines: due date, urgency, and whether it waits for the current user. */
export type DeadlineRow = MethodOutput<"deadlines">[number];

/** What the list page gets: the rows to show, their deadlines, toolbar tools and a banner. */
export interface ListWorkflow {
  readonly rows: readonly DraftSummary[];
  readonly deadlines: ReadonlyMap<string, DeadlineRow>;
  /** 待我处理 filter and 导入交换文件, for the toolbar. */
  readonly tools: ReactNode;
  /** The import result or the empty-filter note, shown under the toolbar. */
  readonly banner: ReactNode;
}

/** Filters `rows` to what waits for me when asked, and provides the tools; `reloadList` after an import. */
export function useListWorkflow(rows: readonly DraftSummary[], reloadList: () => void): ListWorkflow {
  const loaded = useAsync(useCallback(() => api.deadlines({ today: localDay() }), []));
  const [mineOnly, setMineOnly] = useState(false);
  const [imported, setImported] = useState<ImportOutcome | null>(null);
  const deadlines = useMemo(() => new Map((loaded.value ?? []).map((d) => [d.id, d])), [loaded.value]);
  const mine = useMemo(() => rows.filter((r) => deadlines.get(r.id)?.waitingForMe), [rows, deadlines]);
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
      {mineOnly && mine.length === 0 && rows.length > 0 && (
        <p className="list-note">没有等待您处理的文稿。取消勾选“待我处理”可查看全部文稿。</p>
      )}
    </>
  );
  return { rows: mineOnly ? mine : rows, deadlines, tools, banner };
}
