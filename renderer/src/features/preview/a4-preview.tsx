// Live A4 preview of a LetterLayout on the GB/T 9704 grid: measured, paginated, zoomable, page by page.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { LetterLayout } from "../../../../shared/letter/layout-types";
import { layoutToFlow, type TextFlow } from "./flow";
import { clearLineCache, measureLines } from "./measure-lines";
import { PageView } from "./page-view";
import { paginate } from "./paginate";
import "./preview.css";

/** Zoom levels offered (1 = 100 %); "fit" fits the page width to the pane. */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

/** Props of A4Preview: the layout to draw and the initial zoom. */
export interface A4PreviewProps {
  readonly layout: LetterLayout;
  readonly zoom?: number | "fit";
}

const PX_PER_MM = 96 / 25.4;

function useFontEpoch(): number {
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    let live = true;
    void document.fonts.ready.then(() => {
      if (!live) return;
      clearLineCache();
      setEpoch((e) => e + 1);
    });
    return () => {
      live = false;
    };
  }, []);
  return epoch;
}

/** Width of the scrolling pane, followed as it resizes. */
function usePaneWidth(el: HTMLDivElement | null): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  return width;
}

/** The A4 preview with its toolbar (zoom, 上一页/下一页, 第 N / M 页). */
export function A4Preview({ layout, zoom: initialZoom = 1 }: A4PreviewProps) {
  const [zoomChoice, setZoomChoice] = useState<number | "fit">(initialZoom);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const paneWidth = usePaneWidth(scroller);
  const [current, setCurrent] = useState(1);
  const pagesRef = useRef<HTMLDivElement | null>(null);
  const fontEpoch = useFontEpoch();

  const flow = useMemo(() => layoutToFlow(layout), [layout]);
  const pages = useMemo(() => {
    void fontEpoch; // re-measure once fonts have loaded
    const texts = flow.filter((i): i is TextFlow => i.kind === "text");
    return paginate(flow, measureLines(texts, layout.page), layout.page.linesPerPage);
  }, [flow, layout.page, fontEpoch]);

  const pageWidthPx = layout.page.widthMm * PX_PER_MM;
  const zoom =
    zoomChoice === "fit" ? Math.max(0.25, Math.min(3, paneWidth > 0 ? (paneWidth - 32) / pageWidthPx : 1)) : zoomChoice;
  const total = pages.length;
  const shown = Math.min(current, total);
  const showFirstNumber = !layout.blocks.some((b) => b.kind === "letterhead");

  const onScroll = useCallback(() => {
    const host = pagesRef.current;
    if (!scroller || !host) return;
    const top = scroller.getBoundingClientRect().top;
    let best = 1;
    host.querySelectorAll<HTMLElement>("[data-testid=a4-page]").forEach((p, i) => {
      if (p.getBoundingClientRect().top - top <= scroller.clientHeight / 3) best = i + 1;
    });
    setCurrent(best);
  }, [scroller]);

  const goTo = (n: number): void => {
    const host = pagesRef.current;
    const target = host?.querySelectorAll<HTMLElement>("[data-testid=a4-page]")[n - 1];
    if (!scroller || !target) return;
    scroller.scrollBy({ top: target.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 12 });
    setCurrent(n);
  };

  return (
    <section className="a4-preview" aria-label="A4 预览">
      <div className="a4-toolbar" role="toolbar" aria-label="预览工具栏">
        <label>
          缩放
          <select
            aria-label="缩放"
            value={zoomChoice === "fit" ? "fit" : String(zoomChoice)}
            onChange={(e) => setZoomChoice(e.currentTarget.value === "fit" ? "fit" : Number(e.currentTarget.value))}
          >
            {ZOOM_STEPS.map((z) => (
              <option key={z} value={String(z)}>
                {Math.round(z * 100)}%
              </option>
            ))}
            <option value="fit">适合宽度</option>
          </select>
        </label>
        <button type="button" className="btn" onClick={() => goTo(shown - 1)} disabled={shown <= 1}>
          上一页
        </button>
        <span className="a4-page-indicator" aria-live="polite" data-testid="page-indicator">
          第 {shown} / {total} 页
        </span>
        <button type="button" className="btn" onClick={() => goTo(shown + 1)} disabled={shown >= total}>
          下一页
        </button>
      </div>
      <div className="a4-scroll" ref={setScroller} onScroll={onScroll} data-testid="a4-scroll">
        <div className="a4-pages" ref={pagesRef} style={{ zoom }} data-zoom={zoom} data-testid="a4-pages">
          {pages.map((p, i) => (
            <PageView
              key={i}
              page={layout.page}
              lines={p}
              number={i + 1}
              showNumber={i > 0 || showFirstNumber}
              isDraft={layout.meta.isDraft}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
