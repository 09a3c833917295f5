// The wavy underlines of a text field: a copy of its text drawn in transparent ink exactly over the field (same
// font, padding, wrapping and scroll), with the marked stretches underlined. It never touches the field itself,
// so typing and input-method composition are not disturbed; pointer events pass through to the field.
import { useLayoutEffect, useRef, type RefObject } from "react";
import { segmentsOf, type FieldMark } from "./marks";

/** Props: the field, the text it shows, and the marks on that text. */
export interface LintUnderlayProps {
  readonly target: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
  readonly text: string;
  readonly marks: readonly FieldMark[];
  readonly activeKey: string | null;
}

const COPIED = [
  "boxSizing",
  "paddingTop",
  "paddingRight",
  "paddingBottom",
  "paddingLeft",
  "borderTopWidth",
  "borderRightWidth",
  "borderBottomWidth",
  "borderLeftWidth",
  "fontFamily",
  "fontSize",
  "fontWeight",
  "fontStyle",
  "fontVariant",
  "lineHeight",
  "letterSpacing",
  "wordSpacing",
  "textIndent",
  "textAlign",
  "textTransform",
  "tabSize",
  "wordBreak",
  "overflowWrap",
  "lineBreak",
  "direction",
] as const;

/** Copies the field's geometry and typography onto the underlay. */
function sync(el: HTMLInputElement | HTMLTextAreaElement, layer: HTMLDivElement): void {
  const cs = getComputedStyle(el);
  const st = layer.style;
  for (const k of COPIED) st[k] = cs[k];
  st.borderStyle = "solid";
  st.borderColor = "transparent";
  st.top = `${el.offsetTop}px`;
  st.left = `${el.offsetLeft}px`;
  st.width = `${el.offsetWidth}px`;
  st.height = `${el.offsetHeight}px`;
  const single = el instanceof HTMLInputElement;
  st.whiteSpace = single ? "pre" : "pre-wrap";
  if (single) {
    // An <input> centres its one line vertically: give the copy a line as tall as the content box.
    const inner =
      el.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom) || parseFloat(cs.lineHeight);
    st.lineHeight = `${inner}px`;
  } else {
    // A vertical scroll bar narrows the text: narrow the copy the same way.
    const bars = el.offsetWidth - el.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth);
    st.paddingRight = `${parseFloat(cs.paddingRight) + Math.max(0, bars)}px`;
  }
  layer.scrollTop = el.scrollTop;
  layer.scrollLeft = el.scrollLeft;
}

/** Draws the marks of one field (see the comment at the top of this file). */
export function LintUnderlay({ target, text, marks, activeKey }: LintUnderlayProps) {
  const layer = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = target.current;
    const div = layer.current;
    if (!el || !div) return;
    const again = (): void => sync(el, div);
    again();
    const follow = (): void => {
      div.scrollTop = el.scrollTop;
      div.scrollLeft = el.scrollLeft;
    };
    const ro = new ResizeObserver(again);
    ro.observe(el);
    el.addEventListener("scroll", follow);
    // An <input> scrolls sideways while typing without a scroll event.
    el.addEventListener("input", follow);
    el.addEventListener("keyup", follow);
    return () => {
      ro.disconnect();
      el.removeEventListener("scroll", follow);
      el.removeEventListener("input", follow);
      el.removeEventListener("keyup", follow);
    };
  }, [target]);
  useLayoutEffect(() => {
    const el = target.current;
    const div = layer.current;
    if (el && div) {
      div.scrollTop = el.scrollTop;
      div.scrollLeft = el.scrollLeft;
    }
  });
  const segments = segmentsOf(text, marks, activeKey);
  // The text is drawn from data-text by CSS (::before), not as DOM text: find-in-page and text queries see the
  // field's text once, not a second copy.
  return (
    <div ref={layer} className="lint-underlay" aria-hidden="true" data-testid="lint-underlay">
      {segments.map((s, i) =>
        s.severity === null ? (
          <span key={i} data-text={s.text} />
        ) : (
          <mark
            key={i}
            className={`lint-mark lint-mark-${s.severity}${s.active ? " lint-mark-active" : ""}`}
            data-testid="lint-mark"
            data-severity={s.severity}
            data-text={s.text}
          />
        ),
      )}
      {/* A trailing newline makes a last empty line in the field; keep the copy as tall. */}
      {text.endsWith("\n") && <span data-text={"\u200b"} />}
    </div>
  );
}
