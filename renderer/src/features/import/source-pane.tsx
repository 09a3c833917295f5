// The left side of the check screen: what cleaning changed, and the cleaned source text itself.
import type { ImportPreview } from "../../../../shared/api/import";

const FORMAT_LABEL: Readonly<Record<ImportPreview["format"], string>> = {
  docx: "Word 文档（.docx）",
  text: "文本文件",
  html: "网页文件",
  paste: "粘贴的文字",
};

/** Cleaning steps (with before → after examples) above the cleaned text. */
export function SourcePane({ preview }: { readonly preview: ImportPreview }) {
  return (
    <section className="imp-pane imp-source" aria-labelledby="imp-source-title">
      <h3 id="imp-source-title" className="imp-pane-title">
        原文（清理后）
      </h3>
      <p className="imp-hint">
        来源：{FORMAT_LABEL[preview.format]}
        {preview.fileName ? ` · ${preview.fileName}` : ""}
        {preview.fontHeadings > 0 &&
          ` · 按黑体/楷体字体识别出 ${preview.fontHeadings} 个标题（Word 自动编号不在文字中）`}
      </p>
      <div className="imp-steps">
        <h4 className="imp-subhead">清理步骤</h4>
        {preview.cleaning.length === 0 ? (
          <p className="imp-hint">原文无需清理。</p>
        ) : (
          <ul aria-label="清理步骤" className="imp-step-list">
            {preview.cleaning.map((s) => (
              <li key={s.id} className="imp-step">
                <span className="imp-step-label">{s.label}</span> <span className="imp-step-count">{s.count} 处</span>
                {s.examples.length > 0 && (
                  <span className="imp-step-examples">
                    {s.examples.slice(0, 3).map((e) => (
                      <code key={e}>{e}</code>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <pre className="imp-source-text letter-text" aria-label="清理后的原文" tabIndex={0}>
        {preview.source}
      </pre>
    </section>
  );
}
