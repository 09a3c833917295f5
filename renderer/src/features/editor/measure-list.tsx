// The measures of a section, recursively: number label (computed, never typed), heading and text, and the
// structure operations (move, 一是 ↔ （一）, indent/outdent, add, delete) from shared/letter/edit-ops.
import {
  addMeasure,
  demoteToRun,
  indentMeasure,
  moveMeasure,
  outdentMeasure,
  promoteToSub,
  removeMeasure,
  updateMeasure,
} from "../../../../shared/letter/edit-ops";
import { deeperLevel, siblingLabels, type HeadingLevel } from "../../../../shared/letter/numbering";
import type { Measure } from "../../../../shared/model/draft";
import { useEditor } from "./editor-context";
import { DragHandle, ItemActions } from "./item-controls";
import { LetterField } from "./letter-field";
import { SortableList } from "./sortable-list";

/** Props of MeasureList. */
export interface MeasureListProps {
  readonly section: number;
  readonly parent: readonly number[];
  readonly measures: readonly Measure[];
  readonly level: HeadingLevel;
  /** Accessible name prefix, e.g. 第一部分 or 第一部分（一）. */
  readonly prefix: string;
}

function isEmpty(m: Measure): boolean {
  return m.heading.trim() === "" && m.text.trim() === "" && m.children.length === 0;
}

/** Sortable measures of one sibling list, each with its children below it. */
export function MeasureList({ section, parent, measures, level, prefix }: MeasureListProps) {
  const ed = useEditor();
  const labels = siblingLabels(measures, level);
  const at = (i: number) => ({ section, path: [...parent, i] });
  // The draft path of measure i, as lint findings name it: sections.0.measures.1.children.0
  const pathOf = (i: number): string => `sections.${section}.measures.${[...parent, i].join(".children.")}`;
  return (
    <SortableList
      className="ed-measures"
      items={measures}
      onMove={(from, to) => ed.apply((d) => moveMeasure(d, at(from), { section, parent, index: to }))}
      renderItem={(m, i, c) => {
        const label = labels[i] ?? "";
        const name = `${prefix}${label}`;
        const remove = (): void => {
          const run = (): void => ed.apply((d) => removeMeasure(d, at(i)));
          if (isEmpty(m)) run();
          else ed.confirm(`删除${name}？`, "这一项及其下级内容将被删除（可用 Ctrl+Z 撤销）。", run);
        };
        return (
          <div className={`ed-measure ed-level-${level} ed-style-${m.style}`} role="group" aria-label={name}>
            <div className="ed-item-head">
              <DragHandle name={name} controls={c} />
              <span className="ed-num" data-testid="number-label" aria-hidden="true">
                {label}
              </span>
              {m.style === "sub" ? (
                <LetterField
                  className="ed-grow"
                  label={`${name}小标题`}
                  hideLabel
                  placeholder="小标题（如：加大帮扶力度）"
                  value={m.heading}
                  editKey={`${m.id}.heading`}
                  lintPath={`${pathOf(i)}.heading`}
                  onCommit={(t) => ed.apply((d) => updateMeasure(d, at(i), { heading: t }))}
                />
              ) : (
                <span className="ed-grow ed-run-hint">一是…二是…连排在同一段中</span>
              )}
              <ItemActions name={name} controls={c} onRemove={remove}>
                {m.style === "run" ? (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => ed.apply((d) => promoteToSub(d, at(i)))}
                    aria-label={`${name}改为小标题`}
                  >
                    改为小标题
                  </button>
                ) : (
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => ed.apply((d) => demoteToRun(d, at(i)))}
                    aria-label={`${name}改为一是`}
                  >
                    改为一是
                  </button>
                )}
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => ed.apply((d) => indentMeasure(d, at(i)))}
                  disabled={i === 0}
                  aria-label={`缩进${name}`}
                >
                  缩进
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => ed.apply((d) => outdentMeasure(d, at(i)))}
                  disabled={parent.length === 0}
                  aria-label={`取消缩进${name}`}
                >
                  取消缩进
                </button>
              </ItemActions>
            </div>
            <LetterField
              label={`${name}正文`}
              hideLabel
              multiline
              placeholder={m.style === "run" ? `${label}……（写一项具体措施和成效）` : "正文"}
              value={m.text}
              editKey={`${m.id}.text`}
              lintPath={`${pathOf(i)}.text`}
              onCommit={(t) => ed.apply((d) => updateMeasure(d, at(i), { text: t }))}
            />
            {m.children.length > 0 && (
              <MeasureList
                section={section}
                parent={[...parent, i]}
                measures={m.children}
                level={deeperLevel(level)}
                prefix={name}
              />
            )}
            {level < 4 && (
              <button
                type="button"
                className="btn btn-small ed-add-child"
                onClick={() => ed.apply((d) => addMeasure(d, { section, parent: [...parent, i], style: "sub" }))}
                aria-label={`在${name}下添加下级`}
              >
                ＋ 下级{level === 2 ? " 1." : "（1）"}
              </button>
            )}
          </div>
        );
      }}
    />
  );
}
