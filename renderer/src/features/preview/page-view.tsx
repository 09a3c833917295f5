// One A4 page of the preview: the 版心 with its grid lines, the 版记 at the bottom and the page number.
import type { CSSProperties } from "react";
import type { PageGeometry } from "../../../../shared/letter/layout-types";
import { charUnitPt, letterSpacingPt } from "./measure-lines";
import type { PageLines, PlacedLine } from "./paginate";
import { widthChars } from "./flow";

/** Diameter of the seal placeholder (4.2 cm is usual for bureaus). */
const SEAL_MM = 42;

/** Props of PageView. */
export interface PageViewProps {
  readonly page: PageGeometry;
  readonly lines: PageLines;
  readonly number: number;
  /** Whether to print the page number (信函格式 has none on page 1). */
  readonly showNumber: boolean;
  readonly isDraft: boolean;
}

function lineStyle(line: Extract<PlacedLine, { kind: "text" }>, page: PageGeometry): CSSProperties {
  const { item, slice } = line;
  const unit = charUnitPt(item, page);
  const left = item.leftChars + (slice.first ? item.firstIndentChars : 0);
  const justified = item.align === "justify" && !slice.last;
  return {
    paddingLeft: `${left * unit}pt`,
    paddingRight: `${item.rightChars * unit}pt`,
    letterSpacing: `${letterSpacingPt(item, page)}pt`,
    textAlign: justified ? "justify" : item.align === "justify" ? "left" : item.align,
    textAlignLast: justified ? "justify" : undefined,
  };
}

function Line({ line, page }: { readonly line: PlacedLine; readonly page: PageGeometry }) {
  const height = { height: `${page.linePitchPt}pt`, lineHeight: `${page.linePitchPt}pt` };
  if (line.kind === "blank")
    return <div className="a4-line a4-blank" data-testid="a4-line" data-kind="blank" style={height} />;
  const { item, slice } = line;
  const kind = slice.first && slice.last ? "only" : slice.first ? "first" : slice.last ? "last" : "middle";
  return (
    <div
      className={`a4-line a4-t-${item.style}`}
      data-testid="a4-line"
      data-kind={kind}
      data-style={item.style}
      data-source={item.source}
      style={{ ...height, ...lineStyle(line, page) }}
    >
      {slice.runs.map((r, i) => (
        <span
          key={i}
          className={`a4-f-${r.font}${r.bold ? " a4-bold" : ""}${r.figureId ? " a4-fig" : ""}`}
          data-figure-id={r.figureId}
        >
          {r.text}
        </span>
      ))}
      {item.seal && slice.first && <Seal line={line} page={page} />}
    </div>
  );
}

// Dashed circle where the seal will press on the 署名 and date (centred over them, slightly above their middle).
function Seal({ line, page }: { readonly line: Extract<PlacedLine, { kind: "text" }>; readonly page: PageGeometry }) {
  const unit = charUnitPt(line.item, page);
  const text = line.slice.runs.map((r) => r.text).join("");
  const centreFromRightPt = (line.item.rightChars + widthChars(text) / 2) * unit;
  return (
    <span
      className="a4-seal"
      aria-label="印章位置"
      style={{
        right: `calc(${centreFromRightPt}pt - ${SEAL_MM / 2}mm)`,
        top: `calc(${page.linePitchPt * 0.8}pt - ${SEAL_MM / 2}mm)`,
        width: `${SEAL_MM}mm`,
        height: `${SEAL_MM}mm`,
      }}
    />
  );
}

/** Draws one page at 100 % (the parent applies the zoom). */
export function PageView({ page, lines, number, showNumber, isDraft }: PageViewProps) {
  const bodyHeightMm = page.heightMm - page.marginTopMm - page.marginBottomMm;
  const odd = number % 2 === 1;
  return (
    <div
      className="a4-page"
      data-testid="a4-page"
      data-page-number={number}
      style={{ width: `${page.widthMm}mm`, height: `${page.heightMm}mm` }}
    >
      {isDraft && <div className="a4-draft-mark">草稿</div>}
      <div
        className="a4-body"
        data-testid="a4-body"
        style={{
          top: `${page.marginTopMm}mm`,
          left: `${page.marginLeftMm}mm`,
          width: `${page.widthMm - page.marginLeftMm - page.marginRightMm}mm`,
          height: `${bodyHeightMm}mm`,
          fontSize: `${page.bodyPt}pt`,
        }}
      >
        {lines.lines.map((l, i) => (
          <Line key={i} line={l} page={page} />
        ))}
        {lines.bottom.length > 0 && (
          <div className="a4-colophon" data-testid="a4-colophon">
            {lines.bottom.map((l, i) => (
              <Line key={i} line={l} page={page} />
            ))}
          </div>
        )}
      </div>
      {showNumber && (
        <div
          className="a4-folio"
          data-testid="a4-folio"
          style={{
            // The 一字线 sits 7 mm below the 版心; 空一字 (one 四号 character) from the outer edge.
            top: `calc(${page.marginTopMm + bodyHeightMm + 7}mm - ${page.smallPt / 2}pt)`,
            fontSize: `${page.smallPt}pt`,
            lineHeight: `${page.smallPt}pt`,
            ...(odd
              ? { right: `calc(${page.marginRightMm}mm + ${page.smallPt}pt)` }
              : { left: `calc(${page.marginLeftMm}mm + ${page.smallPt}pt)` }),
          }}
        >
          — {number} —
        </div>
      )}
    </div>
  );
}
