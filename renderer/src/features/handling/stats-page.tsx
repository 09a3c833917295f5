// The 统计 page (#/stats): a year's or a session's numbers, charts, lists, .xlsx export and the 年度总结.
import { lazy, Suspense, useCallback, useState } from "react";
import type { MethodOutput } from "../../../../shared/api/contract";
import { api, errorMessage } from "../../api";
import { navigate } from "../../lib/routes";
import { useAsync } from "../../lib/use-async";
import { completeDelivery } from "../export/deliver";
import "./handling.css";

type Stats = MethodOutput<"handlingStats">;
type Rate = Stats["rates"]["replyRate"];

// The charting library is the heavy part: the numbers show first, the charts when it has loaded.
const StatsCharts = lazy(() => import("./stats-charts").then((m) => ({ default: m.StatsCharts })));

function pct(r: Rate): string {
  return r.pct === null ? "—" : `${r.pct.toFixed(1)}%`;
}

function Card({ label, value, detail }: { label: string; value: string | number; detail?: string }) {
  return (
    <div className="stats-card" role="group" aria-label={label}>
      {label}
      <strong>{value}</strong>
      {detail && <span className="page-note">{detail}</span>}
    </div>
  );
}

/** The statistics page. */
export function StatsPage() {
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [session, setSession] = useState("");
  const [query, setQuery] = useState<{ year: number; session: string }>({ year: Number(year), session: "" });
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = query.session ? { session: query.session } : { year: query.year };
  const stats = useAsync(
    useCallback(() => api.handlingStats(query.session ? { session: query.session } : { year: query.year }), [query]),
  );

  const act = async (fn: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      await fn();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const s = stats.value;
  return (
    <section className="page" aria-label="办理统计">
      <h2>办理统计</h2>
      <form
        className="handling-form"
        onSubmit={(e) => {
          e.preventDefault();
          const y = Number(year);
          if (!session.trim() && !(Number.isInteger(y) && y >= 2000 && y <= 2100)) {
            setError("请填写 2000–2100 之间的年份，或填写届次会议。");
            return;
          }
          setError(null);
          setQuery({ year: y, session: session.trim() });
        }}
      >
        <label>
          年度
          <input aria-label="年度" value={year} inputMode="numeric" onChange={(e) => setYear(e.target.value)} />
        </label>
        <label>
          届次会议（可选）
          <input aria-label="届次会议" value={session} onChange={(e) => setSession(e.target.value)} />
        </label>
        <button type="submit" className="btn">
          统计
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || !s}
          onClick={() =>
            void act(async () => {
              const r = await api.exportStatsXlsx(input);
              const done = completeDelivery(r.delivery);
              if (done) setNote(done.where);
            })
          }
        >
          导出 Excel
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || !s}
          onClick={() =>
            void act(async () => {
              const r = await api.draftAnnualSummary(input);
              navigate({ page: "draft", id: r.draftId });
            })
          }
        >
          起草年度办理工作总结
        </button>
      </form>
      {note && <p role="status">{note}</p>}
      {(error || stats.status === "error") && (
        <p role="alert" className="form-error">
          {error ?? (stats.status === "error" ? stats.error : "")}
        </p>
      )}
      {!s && stats.status === "loading" && <p className="page-note">正在统计…</p>}
      {s && (
        <>
          <div className="stats-grid">
            <Card
              label="承办件数"
              value={s.items.count}
              detail={`主办 ${s.byRole.主办.count} · 协办 ${s.byRole.协办.count} · 会办 ${s.byRole.会办.count}`}
            />
            <Card
              label="建议 / 提案"
              value={`${s.byChannel.建议.count} / ${s.byChannel.提案.count}`}
              detail={`重点 ${s.important.count}`}
            />
            <Card label="办复率" value={pct(s.rates.replyRate)} detail={`${s.replied.count} / ${s.items.count}`} />
            <Card label="按期办复率" value={pct(s.rates.onTimeRate)} detail={`${s.onTime.count} / ${s.items.count}`} />
            <Card
              label="面商率"
              value={pct(s.rates.contactRate)}
              detail={`${s.contacted.count} / ${s.replied.count}`}
            />
            <Card
              label="满意率"
              value={pct(s.rates.satisfactionRate)}
              detail={`满意 ${s.satisfaction.满意.count} · 基本满意 ${s.satisfaction.基本满意.count} · 不满意 ${s.satisfaction.不满意.count}`}
            />
            <Card label="重办" value={s.reopened.count} />
            <Card
              label="分类"
              value={(["A", "B", "C", "D"] as const).map((c) => s.categories[c].count).join(" / ")}
              detail={(["A", "B", "C", "D"] as const).map((c) => `${c} ${pct(s.categoryShare[c])}`).join(" · ")}
            />
          </div>
          <Suspense fallback={<p className="page-note">正在加载图表…</p>}>
            <StatsCharts stats={s} />
          </Suspense>
          <h3>超期未复（{s.overdue.length}）</h3>
          <ul aria-label="超期未复">
            {s.overdue.map((r) => (
              <li key={r.id}>
                <a href={`#/drafts/${r.id}`}>{r.title}</a>：到期 {r.dueDate}，超期 {r.daysOver} 天
                {r.reopen ? "（重办）" : ""}
              </li>
            ))}
          </ul>
          <h3>待公开（{s.publication.length}）</h3>
          <ul aria-label="待公开">
            {s.publication.map((r) => (
              <li key={r.id}>
                <a href={`#/drafts/${r.id}`}>{r.title}</a>：答复 {r.replyDate}，期限 {r.deadline}，已过 {r.elapsed}{" "}
                个工作日 {r.state}
              </li>
            ))}
          </ul>
          <h3>退回原因</h3>
          <ul aria-label="退回原因">
            {s.returnReasons.map((r) => (
              <li key={r.reason}>
                {r.reason}：{r.count} 次
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
