// The list toolbar: search box, status filter, 导入 and the create buttons.
import type { ReactNode } from "react";
import { DraftStatus } from "../../../../shared/model/draft";
import { hrefOf } from "../../lib/routes";
import { TextInput } from "../../lib/text-input";
import { BatchExportButton } from "../export/batch-export-button";

/** Props: current query, setters and the create actions. */
export interface DraftListToolbarProps {
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly status: DraftStatus | null;
  readonly onStatus: (status: DraftStatus | null) => void;
  readonly onCreate: () => void;
  readonly onSample: () => void;
  readonly busy: boolean;
  /** The 待我处理 filter and 导入交换文件 (features/workflow). */
  readonly workflowTools?: ReactNode;
}

/** Search (标题、编号、提案人), status filter, 新建 and 打开示例. */
export function DraftListToolbar(props: DraftListToolbarProps) {
  return (
    <div className="toolbar">
      <div className="toolbar-field toolbar-search">
        <label htmlFor="draft-search">搜索</label>
        <TextInput
          id="draft-search"
          type="search"
          placeholder="标题、编号或提案人/代表"
          value={props.text}
          onCommit={props.onText}
        />
      </div>
      <div className="toolbar-field">
        <label htmlFor="draft-status">状态</label>
        <select
          id="draft-status"
          value={props.status ?? ""}
          onChange={(e) => {
            const parsed = DraftStatus.safeParse(e.currentTarget.value);
            props.onStatus(parsed.success ? parsed.data : null);
          }}
        >
          <option value="">全部状态</option>
          {DraftStatus.options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      {props.workflowTools}
      <span className="toolbar-spacer" />
      <a href={hrefOf({ page: "import" })} className="btn">
        导入
      </a>
      <BatchExportButton status={props.status} />
      <button type="button" className="btn" onClick={props.onSample} disabled={props.busy}>
        打开示例
      </button>
      <button type="button" className="btn btn-primary" onClick={props.onCreate} disabled={props.busy}>
        新建
      </button>
    </div>
  );
}
