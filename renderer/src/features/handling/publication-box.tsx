// 公开: the working-day clock, 公开版 exports (Word and web page) and recording the publication day.
import { useState } from "react";
import type { MethodOutput } from "../../../../shared/api/contract";
import { api } from "../../api";
import { completeDelivery } from "../export/deliver";
import { todayLocal } from "./today";
import { useHandlingAction } from "./use-handling-action";

type View = MethodOutput<"handlingView">;

function clockText(c: View["clock"]): string {
  switch (c.state) {
    case "待公开":
      return `待公开：已过 ${c.elapsed ?? 0} 个工作日，期限 ${c.deadline ?? ""}`;
    case "超期":
      return `超期未公开：已过 ${c.elapsed ?? 0} 个工作日（期限 ${c.deadline ?? ""}）`;
    case "已公开":
      return `已公开${c.late ? "（超过期限）" : ""}，用时 ${c.elapsed ?? 0} 个工作日`;
    default:
      return c.state;
  }
}

/** The 公开 box. */
export function PublicationBox({ id, view, onChanged }: { id: string; view: View; onChanged: () => void }) {
  const [date, setDate] = useState(todayLocal());
  const action = useHandlingAction(onChanged);
  const canExport = view.refusals["exportPublication"] === null;
  const canMark = view.refusals["markPublished"] === null;
  const exportCopy = (kind: "docx" | "html") =>
    action.run(async () => {
      const r = kind === "docx" ? await api.exportPublicationDocx({ id }) : await api.exportPublicationHtml({ id });
      const done = completeDelivery(r.delivery);
      return done ? `${done.where}。已删除：${r.removed.join("；") || "无联系方式"}` : null;
    });
  return (
    <section aria-label="公开" className="handling-box">
      <h3>公开</h3>
      <p data-testid="publication-clock">{clockText(view.clock)}</p>
      {canExport && (
        <div className="handling-form">
          <button type="button" className="btn" disabled={action.busy} onClick={() => void exportCopy("docx")}>
            导出公开版 Word
          </button>
          <button type="button" className="btn" disabled={action.busy} onClick={() => void exportCopy("html")}>
            导出公开版网页
          </button>
        </div>
      )}
      {canMark && view.record.publication === null && (
        <div className="handling-form">
          <label>
            公开日期
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <button
            type="button"
            className="btn"
            disabled={action.busy}
            onClick={() =>
              void action.run(async () => {
                await api.markPublished({ id, date });
                return "已登记公开。";
              })
            }
          >
            登记已公开
          </button>
        </div>
      )}
      {action.message && <p role="status">{action.message}</p>}
      {action.error && (
        <p role="alert" className="form-error">
          {action.error}
        </p>
      )}
    </section>
  );
}
