// The figures panel (数据表): every figure with label, value, unit, prefix/suffix, as-of date and source;
// add, edit, delete (refused while referenced), and 插入到光标处 into the focused letter field.
import { useState } from "react";
import {
  addFigure,
  figureUsages,
  removeFigure,
  updateFigure,
  type FigureInput,
} from "../../../../shared/letter/figure-ops";
import { figureText } from "../../../../shared/letter/variables";
import type { Figure } from "../../../../shared/model/draft";
import { TextInput } from "../../lib/text-input";
import { useEditor } from "./editor-context";
import { RemoveButton } from "./item-controls";
import { DateField } from "../../lib/date-field";

const VALUE_RE = /^-?\d+(\.\d+)?$/;

const EMPTY: FigureInput = { label: "", value: "", unit: "", prefix: "", suffix: "", asOf: null, source: "" };

/** Props of FiguresPanel: what 插入到光标处 does with a figure id. */
export interface FiguresPanelProps {
  readonly onInsert: (figureId: string) => void;
}

function ValueCell({ figure, label }: { readonly figure: Figure; readonly label: string }) {
  const ed = useEditor();
  const [error, setError] = useState(false);
  return (
    <>
      <TextInput
        aria-label={label}
        aria-invalid={error}
        inputMode="decimal"
        value={figure.value}
        onCommit={(t) => {
          const v = t.trim();
          setError(!VALUE_RE.test(v));
          if (VALUE_RE.test(v))
            ed.apply((d) => updateFigure(d, figure.id, { value: v }), `type:fig.${figure.id}.value`);
        }}
      />
      {error && <span className="field-error">数值只能是数字，如 811.6</span>}
    </>
  );
}

/** The figures table and the add form. */
export function FiguresPanel({ onInsert }: FiguresPanelProps) {
  const ed = useEditor();
  const [draftFig, setDraftFig] = useState<FigureInput>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const figures = ed.figures;
  const set = (f: Figure, patch: Partial<FigureInput>, field: string): void =>
    ed.apply((d) => updateFigure(d, f.id, patch), `type:fig.${f.id}.${field}`);
  const add = (): void => {
    const value = draftFig.value.trim();
    if (!VALUE_RE.test(value)) {
      setError("请填写数值（只能是数字，如 2187 或 811.6），单位写在“单位”栏。");
      return;
    }
    setError(null);
    ed.apply((d) => addFigure(d, { ...draftFig, value }).draft);
    setDraftFig(EMPTY);
  };
  // removeFigure refuses (with a message naming where) while the figure is referenced; apply() shows it.
  const remove = (f: Figure): void => ed.apply((d) => removeFigure(d, f.id));
  // Each entry box carries its visible caption (名称, 数值…) above it.
  const text = (key: keyof FigureInput, caption: string, placeholder: string) => (
    <label className="ed-fig-add-field">
      <span className="ed-label">{caption}</span>
      <TextInput
        aria-label={`新数据${caption}`}
        placeholder={placeholder}
        value={String(draftFig[key] ?? "")}
        onCommit={(t) => setDraftFig((f) => ({ ...f, [key]: t }))}
      />
    </label>
  );
  return (
    <fieldset className="ed-panel ed-figures">
      <legend>数据表</legend>
      <p className="ed-hint">先在正文中点击要插入的位置，再点“插入到光标处”；数据修改后，正文中所有引用处自动更新。</p>
      {figures.length > 0 && (
        <div className="ed-fig-scroll">
          <table className="ed-fig-table">
            <thead>
              <tr>
                <th>名称</th>
                <th>前缀</th>
                <th>数值</th>
                <th>后缀</th>
                <th>单位</th>
                <th>截至</th>
                <th>来源</th>
                <th>显示为</th>
                <th>操作</th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f) => {
                const name = f.label || f.id;
                const uses = figureUsages(ed.draft, f.id).length;
                return (
                  <tr key={f.id} data-figure-id={f.id}>
                    <td>
                      <TextInput
                        aria-label={`数据“${name}”名称`}
                        value={f.label}
                        onCommit={(t) => set(f, { label: t }, "label")}
                      />
                    </td>
                    <td>
                      <TextInput
                        className="ed-narrow"
                        aria-label={`数据“${name}”前缀`}
                        placeholder="近/约"
                        value={f.prefix}
                        onCommit={(t) => set(f, { prefix: t }, "prefix")}
                      />
                    </td>
                    <td>
                      <ValueCell figure={f} label={`数据“${name}”数值`} />
                    </td>
                    <td>
                      <TextInput
                        className="ed-narrow"
                        aria-label={`数据“${name}”后缀`}
                        placeholder="余"
                        value={f.suffix}
                        onCommit={(t) => set(f, { suffix: t }, "suffix")}
                      />
                    </td>
                    <td>
                      <TextInput
                        className="ed-narrow"
                        aria-label={`数据“${name}”单位`}
                        value={f.unit}
                        onCommit={(t) => set(f, { unit: t }, "unit")}
                      />
                    </td>
                    <td>
                      <DateField
                        aria-label={`数据“${name}”截至日期`}
                        value={f.asOf}
                        onChange={(v) => set(f, { asOf: v }, "asOf")}
                      />
                    </td>
                    <td>
                      <TextInput
                        aria-label={`数据“${name}”来源`}
                        value={f.source}
                        onCommit={(t) => set(f, { source: t }, "source")}
                      />
                    </td>
                    <td className="ed-fig-shown">
                      {figureText(f)}
                      <span className="ed-hint">{uses > 0 ? ` 引用${uses}处` : " 未引用"}</span>
                    </td>
                    <td className="ed-fig-actions">
                      <button
                        type="button"
                        className="btn btn-small"
                        onMouseDown={(e) => e.preventDefault()}
                        onClick={() => onInsert(f.id)}
                        aria-label={`插入数据“${name}”到光标处`}
                      >
                        插入到光标处
                      </button>
                      <RemoveButton label={`删除数据“${name}”`} onRemove={() => remove(f)} danger />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="ed-fig-add" role="group" aria-label="添加数据">
        {text("label", "名称", "如 已办结件数")}
        {text("prefix", "前缀", "近/约")}
        {text("value", "数值", "如 2187")}
        {text("suffix", "后缀", "余")}
        {text("unit", "单位", "如 件")}
        {text("source", "来源", "如 区统计局")}
        <button type="button" className="btn btn-small" onClick={add}>
          添加数据
        </button>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
