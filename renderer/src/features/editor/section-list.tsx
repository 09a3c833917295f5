// The letter's level-1 sections (一、二、…): heading, intro paragraphs and measures; sortable, deletable.
import { addMeasure, addSection, moveSection, removeSection, updateSection } from "../../../../shared/letter/edit-ops";
import { headingLabel } from "../../../../shared/letter/numbering";
import type { Section } from "../../../../shared/model/draft";
import { useEditor } from "./editor-context";
import { DragHandle, ItemActions } from "./item-controls";
import { LetterField } from "./letter-field";
import { MeasureList } from "./measure-list";
import { ParagraphList } from "./paragraph-list";
import { SortableList } from "./sortable-list";

function isEmpty(s: Section): boolean {
  return s.heading.trim() === "" && s.paragraphs.every((p) => p.trim() === "") && s.measures.length === 0;
}

/** All sections of the letter with their measures, plus 添加部分. */
export function SectionList({ sections }: { readonly sections: readonly Section[] }) {
  const ed = useEditor();
  return (
    <div className="ed-sections">
      <SortableList
        items={sections}
        onMove={(from, to) => ed.apply((d) => moveSection(d, from, to))}
        renderItem={(s, si, c) => {
          const label = headingLabel(1, si);
          const name = `第${label.replace("、", "")}部分`;
          const remove = (): void => {
            const run = (): void => ed.apply((d) => removeSection(d, si));
            if (isEmpty(s)) run();
            else ed.confirm(`删除${name}？`, "这一部分的标题、段落和全部措施将被删除（可用 Ctrl+Z 撤销）。", run);
          };
          return (
            <section className="ed-section" aria-label={name}>
              <div className="ed-item-head">
                <DragHandle name={name} controls={c} />
                <span className="ed-num ed-num-h1" data-testid="number-label" aria-hidden="true">
                  {label}
                </span>
                <LetterField
                  className="ed-grow"
                  label={`${name}标题`}
                  hideLabel
                  placeholder="部分标题（黑体），如：坚持多措并举，深入开展帮扶活动"
                  value={s.heading}
                  editKey={`${s.id}.heading`}
                  lintPath={`sections.${si}.heading`}
                  onCommit={(t) => ed.apply((d) => updateSection(d, si, { heading: t }))}
                />
                <label className="ed-check">
                  <input
                    type="checkbox"
                    checked={s.role === "nextSteps"}
                    onChange={(e) => {
                      const role = e.currentTarget.checked ? "nextSteps" : "measures";
                      ed.apply((d) => updateSection(d, si, { role }));
                    }}
                  />
                  下一步工作
                </label>
                <ItemActions name={name} controls={c} onRemove={remove} />
              </div>
              <ParagraphList
                label={`${name}引言`}
                items={s.paragraphs}
                editKey={`${s.id}.p`}
                lintPath={`sections.${si}.paragraphs`}
                addLabel="＋ 引言段落"
                onChange={(paragraphs) => ed.apply((d) => updateSection(d, si, { paragraphs }))}
              />
              <MeasureList section={si} parent={[]} measures={s.measures} level={2} prefix={name} />
              <div className="ed-add-row">
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => ed.apply((d) => addMeasure(d, { section: si, parent: [], style: "run" }))}
                  aria-label={`在${name}添加一是措施`}
                >
                  ＋ 措施（一是…）
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => ed.apply((d) => addMeasure(d, { section: si, parent: [], style: "sub" }))}
                  aria-label={`在${name}添加小标题措施`}
                >
                  ＋ 小标题措施（（一）…）
                </button>
              </div>
            </section>
          );
        }}
      />
      <button type="button" className="btn" onClick={() => ed.apply((d) => addSection(d))}>
        ＋ 添加部分（一、二、…）
      </button>
    </div>
  );
}
