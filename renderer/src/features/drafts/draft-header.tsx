// The draft page header: back link, title, status, save state and the 保存 / 删除 buttons.
import type { ReactNode } from "react";
import type { Draft } from "../../../../shared/model/draft";
import { hrefOf } from "../../lib/routes";
import type { SaveState } from "./autosave";
import { SaveIndicator } from "./save-indicator";
import { StatusBadge } from "./status-badge";

/** Props: the draft, its title, save state and actions. */
export interface DraftHeaderProps {
  readonly draft: Draft;
  readonly title: string;
  readonly saveState: SaveState;
  readonly onSave: () => void;
  readonly onDelete: () => void;
  /** Opens the 存为模板 dialog. */
  readonly onSaveAsTemplate: () => void;
  /** The 导出 Word button (features/export), placed after 保存. */
  readonly exportButton?: ReactNode;
}

/** Title line of the draft page. */
export function DraftHeader(props: DraftHeaderProps) {
  const { draft, title, saveState, onSave, onDelete, onSaveAsTemplate, exportButton } = props;
  return (
    <header className="draft-header">
      <a href={hrefOf({ page: "list" })} className="back-link">
        ← 文稿列表
      </a>
      <h1 className="draft-title">{title}</h1>
      <StatusBadge status={draft.status} />
      <SaveIndicator state={saveState} />
      <span className="toolbar-spacer" />
      <button
        type="button"
        className="btn"
        onClick={onSave}
        title="立即保存（Ctrl+S）"
        disabled={saveState.kind === "conflict"}
      >
        保存
      </button>
      {exportButton}
      <button type="button" className="btn" onClick={onSaveAsTemplate} title="把这份文稿的结构与措辞存为新模板">
        存为模板
      </button>
      <a href={hrefOf({ page: "recovery", id: draft.id })} className="btn" title="从每日备份或旧版本恢复这份文稿">
        恢复…
      </a>
      <button type="button" className="btn btn-danger-outline" onClick={onDelete} aria-label="删除文稿">
        删除
      </button>
    </header>
  );
}
