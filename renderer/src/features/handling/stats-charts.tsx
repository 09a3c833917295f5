// Charts of the 统计 page (ECharts, loaded only when the page opens: the tree-shaken core, pie and bar).
import { useEffect, useRef } from "react";
import type { MethodOutput } from "../../../../shared/api/contract";

type Stats = MethodOutput<"handlingStats">;

async function loadEcharts() {
  const [core, charts, components, renderers] = await Promise.all([
    import("echarts/core"),
    import("echarts/charts"),
    import("echarts/components"),
    import("echarts/renderers"),
  ]);
  core.use([
    charts.PieChart,
    charts.BarChart,
    components.TooltipComponent,
    components.LegendComponent,
    components.GridComponent,
    components.TitleComponent,
    renderers.SVGRenderer,
  ]);
  return core;
}

/** One chart in a box; `option` is an ECharts option object. */
function Chart({ label, option }: { readonly label: string; readonly option: Record<string, unknown> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { dispose: () => void } | null = null;
    void loadEcharts().then((echarts) => {
      if (disposed || !ref.current) return;
      // SVG renderer: crisp when printed and readable by tests; no canvas needed.
      const c = echarts.init(ref.current, null, { renderer: "svg" });
      c.setOption(option);
      chart = c;
    });
    return () => {
      disposed = true;
      chart?.dispose();
    };
  }, [option]);
  return <div ref={ref} className="stats-chart" role="img" aria-label={label} />;
}

/** The A/B/C/D split, the satisfaction mix and the 退回 reasons. */
export function StatsCharts({ stats }: { readonly stats: Stats }) {
  const cats = (["A", "B", "C", "D"] as const).map((c) => ({ name: `${c}类`, value: stats.categories[c].count }));
  const sats = (["满意", "基本满意", "不满意"] as const).map((l) => ({ name: l, value: stats.satisfaction[l].count }));
  const reasons = stats.returnReasons;
  return (
    <div className="stats-charts">
      <Chart
        label="办理结果分类"
        option={{
          title: { text: "办理结果分类", left: "center", textStyle: { fontSize: 14 } },
          tooltip: { trigger: "item", formatter: "{b}：{c} 件（{d}%）" },
          series: [{ type: "pie", radius: ["35%", "65%"], data: cats, label: { formatter: "{b} {c}" } }],
        }}
      />
      <Chart
        label="征询意见"
        option={{
          title: { text: "征询意见", left: "center", textStyle: { fontSize: 14 } },
          tooltip: { trigger: "item", formatter: "{b}：{c} 件（{d}%）" },
          series: [{ type: "pie", radius: ["35%", "65%"], data: sats, label: { formatter: "{b} {c}" } }],
        }}
      />
      <Chart
        label="退回原因"
        option={{
          title: { text: "退回原因", left: "center", textStyle: { fontSize: 14 } },
          tooltip: { trigger: "axis" },
          grid: { left: 110, right: 20, top: 40, bottom: 20 },
          xAxis: { type: "value", minInterval: 1 },
          yAxis: { type: "category", data: reasons.map((r) => r.reason) },
          series: [{ type: "bar", data: reasons.map((r) => r.count) }],
        }}
      />
    </div>
  );
}
