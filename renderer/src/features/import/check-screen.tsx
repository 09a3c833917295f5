// The check screen of one letter: source left, recognised structure right, then 保存为文稿.
import type { ImportPreview } from "../../../../shared/api/import";
import type { Draft } from "../../../../shared/model/draft";
import { hrefOf } from "../../lib/routes";
import type { QueueItem } from "./import-queue";
import { DateCheck } from "./date-check";
import { LetterOutline } from "./letter-outline";
import { RecordCheck } from "./record-check";
import { SourcePane } from "./source-pane";

/** Props: the letter, and what the buttons do. */
export interface CheckScreenProps {
  readonly item: QueueItem;
  /** Whether another letter in the queue still needs checking (offers 保存，检查下一份). */
  readonly hasNext: boolean;
  readonly onEdit: (fn: (draft: Draft) => Draft) => void;
  readonly onConfirmDate: (confirmed: boolean) => void;
  readonly onSave: (then: "open" | "next") => void;
  readonly onDiscard: () => void;
}

function Findings({ preview }: { readonly preview: ImportPreview }) {
  const shown = preview.findings.filter((f) => f.severity !== "info");
  if (shown.length === 0 && preview.extras.length === 0) return null;
  return (
    <div className="imp-findings">
      {shown.length > 0 && (
        <>
          <h4 className="imp-subhead">请注意</h4>
          <ul aria-label="导入提示">
            {shown.map((f, i) => (
              <li key={i} className={f.severity === "error" ? "imp-finding-error" : "imp-finding-warning"}>
                {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.extras.length > 0 && (
        <>
          <h4 className="imp-subhead">原文中的其他记录（不保存为字段）</h4>
          <dl className="imp-dl">
            {preview.extras.map((e, i) => (
              <div key={i} className="imp-extra">
                <dt>{e.label}</dt>
                <dd>{e.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  );
}

/** Side-by-side check of a recognised letter; a refusal or a read error is shown instead of the structure. */
export function CheckScreen({ item, hasNext, onEdit, onConfirmDate, onSave, onDiscard }: CheckScreenProps) {
  const s = item.state;
  if (s.kind === "failed") {
    return (
      <section className="imp-check" aria-label={`核对：${item.name}`}>
        <div role="alert" className="banner banner-error">
          <p>
            无法导入 {item.name}：{s.message} 没有保存任何内容。
          </p>
          <button type="button" className="btn" onClick={onDiscard}>
            移出队列
          </button>
        </div>
      </section>
    );
  }
  if (s.kind === "waiting" || s.kind === "reading") {
    return (
      <section className="imp-check" aria-label={`核对：${item.name}`}>
        <p className="page-note">正在识别 {item.name}…</p>
      </section>
    );
  }
  if (s.kind === "saved") {
    return (
      <section className="imp-check" aria-label={`核对：${item.name}`}>
        <div role="status" className="banner banner-info">
          <p>
            {item.name} 已保存为文稿《{s.title}》。
          </p>
          <a className="btn" href={hrefOf({ page: "draft", id: s.id })}>
            打开文稿
          </a>
        </div>
      </section>
    );
  }
  const preview = s.preview;
  const collapsed = preview.collapsedDates.find((c) => c.field === "letter.signOff.date");
  return (
    <section className="imp-check" aria-label={`核对：${item.name}`}>
      <h2 className="section-title">核对：{item.name}</h2>
      {s.kind === "refused" && (
        <div role="alert" className="banner banner-error">
          <p>不能导入：{preview.reason}</p>
          <button type="button" className="btn" onClick={onDiscard}>
            移出队列
          </button>
        </div>
      )}
      <div className="imp-sides">
        <SourcePane preview={preview} />
        {s.kind === "ready" && (
          <section className="imp-pane imp-structure" aria-labelledby="imp-structure-title">
            <h3 id="imp-structure-title" className="imp-pane-title">
              识别结果
            </h3>
            {collapsed && (
              <DateCheck
                collapsed={collapsed}
                value={s.draft.letter.signOff.date}
                confirmed={s.dateConfirmed}
                onChange={(iso) =>
                  onEdit((d) => ({ ...d, letter: { ...d.letter, signOff: { ...d.letter.signOff, date: iso } } }))
                }
                onConfirm={onConfirmDate}
              />
            )}
            <RecordCheck
              draft={s.draft}
              low={new Set(preview.lowConfidence)}
              update={onEdit}
              dateElsewhere={collapsed !== undefined}
            />
            <Findings preview={preview} />
            <LetterOutline draft={s.draft} />
          </section>
        )}
      </div>
      {s.kind === "ready" && (
        <div className="imp-actions">
          {s.saveError && (
            <p role="alert" className="form-error">
              保存失败：{s.saveError}
            </p>
          )}
          {!s.dateConfirmed && (
            <p className="field-hint" id="imp-save-blocked">
              请先确认成文日期，再保存。
            </p>
          )}
          <span className="toolbar-spacer" />
          <button type="button" className="btn" onClick={onDiscard} disabled={s.saving}>
            不导入这份
          </button>
          {hasNext && (
            <button
              type="button"
              className="btn"
              onClick={() => onSave("next")}
              disabled={s.saving || !s.dateConfirmed}
              aria-describedby={s.dateConfirmed ? undefined : "imp-save-blocked"}
            >
              保存，检查下一份
            </button>
          )}
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => onSave("open")}
            disabled={s.saving || !s.dateConfirmed}
            aria-describedby={s.dateConfirmed ? undefined : "imp-save-blocked"}
          >
            {s.saving ? "正在保存…" : "保存为文稿"}
          </button>
        </div>
      )}
    </section>
  );
}
