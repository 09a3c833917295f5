// What a new user sees when there is no draft yet: fill in the bureau first, then the three ways to start.
import { hrefOf } from "../../lib/routes";

/** Props: the actions the empty list offers. */
export interface EmptyStateProps {
  readonly onCreate: () => void;
  readonly onSample: () => void;
  readonly busy: boolean;
}

/** The empty draft list: explains what to do first. */
export function EmptyState({ onCreate, onSample, busy }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">还没有答复函</h2>
      <p>先填好本单位信息，再从这里开始办理第一份建议或提案的答复：</p>
      <ol className="empty-steps">
        <li>
          <a className="btn btn-primary" href={hrefOf({ page: "settings" })}>
            填写单位全称
          </a>
          <span>
            第一步：在“设置”中填写本单位的<strong>单位全称</strong>
            、简称和发文机关代字——标题、署名和发文字号都由它们生成。
          </span>
        </li>
        <li>
          <button type="button" className="btn" onClick={onCreate} disabled={busy}>
            新建答复函
          </button>
          <span>选择“提案”或“建议”和模板，填写届次会议、编号、提案人后开始起草。</span>
        </li>
        <li>
          <a className="btn" href={hrefOf({ page: "import" })}>
            导入
          </a>
          <span>导入已有的 Word（.docx）或文本答复函，核对后成为一份文稿。</span>
        </li>
        <li>
          <button type="button" className="btn" onClick={onSample} disabled={busy}>
            打开示例
          </button>
          <span>以内置的示例答复函新建一份文稿，看看一封完整的答复函是什么样子。</span>
        </li>
      </ol>
    </section>
  );
}
