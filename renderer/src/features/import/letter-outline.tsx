// The recognised structure of the letter, read-only: opening, sections with their levels, figures, closing, 落款.
import { headingLabel, siblingLabels, type HeadingLevel } from "../../../../shared/letter/numbering";
import { figureText, resolvePieces, type VariableContext } from "../../../../shared/letter/variables";
import type { Draft, Measure } from "../../../../shared/model/draft";

const LEVEL_NAME: Readonly<Record<HeadingLevel, string>> = { 1: "一级", 2: "二级", 3: "三级", 4: "四级" };

/** Text with its {{fig:…}} tokens shown as marked figures. */
function Rich({ text, ctx }: { readonly text: string; readonly ctx: VariableContext }) {
  return (
    <>
      {resolvePieces(text, ctx).map((p, i) =>
        p.figureId ? (
          <mark key={i} className="imp-figure">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

function Measures({
  list,
  level,
  ctx,
}: {
  readonly list: readonly Measure[];
  readonly level: HeadingLevel;
  readonly ctx: VariableContext;
}) {
  const labels = siblingLabels(list, level);
  const deeper: HeadingLevel = level === 2 ? 3 : 4;
  return (
    <ul className="imp-measures">
      {list.map((m, i) => (
        <li key={m.id} data-level={m.style === "sub" ? level : undefined}>
          {m.style === "sub" ? (
            <p className="imp-heading" data-testid="outline-heading">
              <span className="imp-level">{LEVEL_NAME[level]}</span>
              <span className={`imp-h imp-h${level}`}>
                {labels[i]}
                {m.heading}
              </span>
            </p>
          ) : null}
          {m.text !== "" && (
            <p className="imp-para">
              {m.style === "run" && <span className="imp-run">{labels[i]}</span>}
              <Rich text={m.text} ctx={ctx} />
            </p>
          )}
          {m.children.length > 0 && <Measures list={m.children} level={deeper} ctx={ctx} />}
        </li>
      ))}
    </ul>
  );
}

/** The whole structure as the draft will hold it (numbers are regenerated, as in the editor). */
export function LetterOutline({ draft }: { readonly draft: Draft }) {
  const ctx: VariableContext = {
    record: draft.record,
    bureau: { fullName: "", shortName: "" },
    figures: draft.figures,
  };
  const l = draft.letter;
  const so = l.signOff;
  const contact = [so.contactName && `联系人：${so.contactName}`, so.contactPhone && `联系电话：${so.contactPhone}`]
    .filter((s) => s)
    .join("，");
  return (
    <section className="imp-outline" aria-labelledby="imp-outline-title">
      <h4 id="imp-outline-title" className="imp-subhead">
        识别出的结构
      </h4>
      <dl className="imp-dl">
        <dt>开头语</dt>
        <dd>{l.opening ? <Rich text={l.opening} ctx={ctx} /> : <em>（未找到）</em>}</dd>
      </dl>
      {l.background.map((p, i) => (
        <p key={i} className="imp-para">
          <Rich text={p} ctx={ctx} />
        </p>
      ))}
      <ol className="imp-sections" aria-label="正文结构">
        {l.sections.map((s, i) => (
          <li key={s.id} data-level={1}>
            <p className="imp-heading" data-testid="outline-heading">
              <span className="imp-level">{LEVEL_NAME[1]}</span>
              <span className="imp-h imp-h1">
                {headingLabel(1, i)}
                {s.heading}
              </span>
              {s.role === "nextSteps" && <span className="status-badge status-info">下一步工作</span>}
            </p>
            {s.paragraphs.map((p, j) => (
              <p key={j} className="imp-para">
                <Rich text={p} ctx={ctx} />
              </p>
            ))}
            {s.measures.length > 0 && <Measures list={s.measures} level={2} ctx={ctx} />}
          </li>
        ))}
      </ol>
      {l.sections.length === 0 && <p className="imp-hint">没有识别出“一、”等标题，正文按段落保留。</p>}
      {l.closing.length > 0 && (
        <dl className="imp-dl">
          <dt>结束语</dt>
          {l.closing.map((c, i) => (
            <dd key={i}>
              <Rich text={c} ctx={ctx} />
            </dd>
          ))}
        </dl>
      )}
      <dl className="imp-dl imp-signoff" aria-label="落款">
        <dt>署名</dt>
        <dd>{so.unit ?? <em>（未找到，使用单位设置）</em>}</dd>
        <dt>成文日期</dt>
        <dd>{so.date ?? <em>（待填写）</em>}</dd>
        {contact && (
          <>
            <dt>联系人</dt>
            <dd>{contact}</dd>
          </>
        )}
        {so.notes.length > 0 && (
          <>
            <dt>附注</dt>
            <dd>{so.notes.join("；")}</dd>
          </>
        )}
        {so.attachments.length > 0 && (
          <>
            <dt>附件</dt>
            <dd>{so.attachments.join("；")}</dd>
          </>
        )}
        {so.cc.length > 0 && (
          <>
            <dt>抄送</dt>
            <dd>{so.cc.join("，")}</dd>
          </>
        )}
      </dl>
      <h4 className="imp-subhead">数据（{draft.figures.length} 项）</h4>
      {draft.figures.length > 0 ? (
        <table className="imp-figures" aria-label="识别出的数据">
          <thead>
            <tr>
              <th scope="col">原文</th>
              <th scope="col">数值</th>
              <th scope="col">单位</th>
            </tr>
          </thead>
          <tbody>
            {draft.figures.map((f) => (
              <tr key={f.id}>
                <td>{figureText(f)}</td>
                <td>{f.value}</td>
                <td>{f.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="imp-hint">没有识别出数据。</p>
      )}
    </section>
  );
}
