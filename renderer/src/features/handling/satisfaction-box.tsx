// 征询意见: the recorded result, the form to record it, and 重办 after 不满意.
import { useState } from "react";
import type { MethodOutput } from "../../../../shared/api/contract";
import { SatisfactionLevel } from "../../../../shared/handling/schemas";
import { api } from "../../api";
import { navigate } from "../../lib/routes";
import { todayLocal } from "./today";
import { useHandlingAction } from "./use-handling-action";

type View = MethodOutput<"handlingView">;

/** Satisfaction and 重办. */
export function SatisfactionBox({ id, view, onChanged }: { id: string; view: View; onChanged: () => void }) {
  const [level, setLevel] = useState<SatisfactionLevel>("满意");
  const [date, setDate] = useState(todayLocal());
  const [remarks, setRemarks] = useState("");
  const action = useHandlingAction(onChanged);
  const sat = view.record.satisfaction;
  const canRecord = view.refusals["recordSatisfaction"] === null;
  const canReopen = view.refusals["reopen"] === null;
  return (
    <section aria-label="征询意见" className="handling-box">
      <h3>征询意见</h3>
      {sat ? (
        <p data-testid="satisfaction-result">
          {sat.date} 反馈：<strong>{sat.level}</strong>
          {sat.remarks ? `（${sat.remarks}）` : ""}
        </p>
      ) : (
        <p className="page-note">尚未登记征询意见。</p>
      )}
      {view.record.reopenedAs && (
        <p>
          已重办：<a href={`#/drafts/${view.record.reopenedAs}`}>打开重办的答复函</a>
        </p>
      )}
      {canRecord && (
        <div className="handling-form">
          <label>
            意见
            <select
              aria-label="满意度"
              value={level}
              onChange={(e) => setLevel(SatisfactionLevel.parse(e.target.value))}
            >
              {SatisfactionLevel.options.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
          </label>
          <label>
            反馈日期
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="handling-wide">
            备注
            <input value={remarks} onChange={(e) => setRemarks(e.target.value)} />
          </label>
          <button
            type="button"
            className="btn"
            disabled={action.busy}
            onClick={() =>
              void action.run(async () => {
                await api.recordSatisfaction({ id, satisfaction: { level, date, remarks } });
                return "已登记征询意见。";
              })
            }
          >
            登记征询意见
          </button>
        </div>
      )}
      {canReopen && (
        <button
          type="button"
          className="btn btn-primary"
          disabled={action.busy}
          onClick={() =>
            void action.run(async () => {
              const r = await api.reopenDraft({ id });
              navigate({ page: "draft", id: r.draftId });
              return `已重办，期限 ${r.dueDate}。`;
            })
          }
        >
          重办
        </button>
      )}
      {action.error && (
        <p role="alert" className="form-error">
          {action.error}
        </p>
      )}
    </section>
  );
}
