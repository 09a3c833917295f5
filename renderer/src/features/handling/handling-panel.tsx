// The 办理 panel of the draft page: history of the item, contacts, satisfaction and 重办, 公开, number sources.
import { useCallback } from "react";
import type { Draft } from "../../../../shared/model/draft";
import { api } from "../../api";
import { useAsync } from "../../lib/use-async";
import { ContactLog } from "./contact-log";
import { PublicationBox } from "./publication-box";
import { SatisfactionBox } from "./satisfaction-box";
import "./handling.css";

/** 办理 for one draft; reloads itself after each action and tells the page (status may be shown elsewhere). */
export function HandlingPanel({ draft, onChanged }: { readonly draft: Draft; readonly onChanged: () => void }) {
  const id = draft.id;
  const status = draft.status;
  // Reloaded when the status changes (e.g. marked 已答复 in the workflow bar): what is allowed changes with it.
  const view = useAsync(useCallback(() => api.handlingView({ id }).then((v) => (status ? v : v)), [id, status]));
  const changed = (): void => {
    view.reload();
    onChanged();
  };
  if (view.status === "error") {
    return (
      <p role="alert" className="form-error">
        办理记录无法读取：{view.error}
      </p>
    );
  }
  const v = view.value;
  if (!v) return null;
  const trace = v.record.summaryTrace;
  return (
    <details className="handling-panel" open={status === "已答复" || v.history.length > 1 || trace !== null}>
      <summary>办理（沟通、征询意见、重办、公开）</summary>
      {v.replyDate && <p>答复日期：{v.replyDate}</p>}
      {v.history.length > 1 && (
        <ol aria-label="办理经过" className="handling-history">
          {v.history.map((h, i) => (
            <li key={h.id}>
              <a href={`#/drafts/${h.id}`} aria-current={h.id === id ? "page" : undefined}>
                {i === 0 ? "第一次答复" : `重办答复（第 ${i + 1} 次）`}
              </a>
              ：{h.status}
              {h.replyDate ? `，${h.replyDate} 答复` : ""}
              {h.satisfaction ? `，${h.satisfaction.level}` : ""}
            </li>
          ))}
        </ol>
      )}
      <ContactLog id={id} view={v} onChanged={changed} />
      <SatisfactionBox id={id} view={v} onChanged={changed} />
      {status === "已答复" && <PublicationBox id={id} view={v} onChanged={changed} />}
      {trace && (
        <section aria-label="数字来源" className="handling-box">
          <h3>数字来源</h3>
          <ul>
            {Object.entries(trace).map(([fig, ids]) => (
              <li key={fig}>
                {draft.figures.find((f) => f.id === fig)?.label ?? fig}（{ids.length}）：
                {ids.slice(0, 50).map((d) => (
                  <a key={d} href={`#/drafts/${d}`} className="handling-id">
                    {d}
                  </a>
                ))}
                {ids.length > 50 ? ` 等 ${ids.length} 份` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
    </details>
  );
}
