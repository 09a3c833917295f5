// The buttons every editable list item carries: the drag handle, 上移/下移, and 删除.
import type { ReactNode } from "react";
import type { ItemControls } from "./sortable-list";

/** Props: the item's accessible name (e.g. 第一部分) and its controls from SortableList. */
export interface DragHandleProps {
  readonly name: string;
  readonly controls: ItemControls;
}

/** The ⠿ drag handle of a sortable item (Alt+↑/↓ works on it too). */
export function DragHandle({ name, controls }: DragHandleProps) {
  return (
    <button
      type="button"
      className="ed-handle"
      aria-label={`拖动${name}`}
      title="拖动排序（也可 Alt+↑/↓）"
      {...controls.handleProps}
    >
      ⠿
    </button>
  );
}

/** Props: the accessible label (删除第一部分…), what 删除 does, and whether it is styled as destructive. */
export interface RemoveButtonProps {
  readonly label: string;
  readonly onRemove: () => void;
  readonly danger?: boolean;
}

/** A small 删除 button named for what it deletes. */
export function RemoveButton({ label, onRemove, danger }: RemoveButtonProps) {
  return (
    <button
      type="button"
      className={danger ? "btn btn-small btn-danger-text" : "btn btn-small"}
      onClick={onRemove}
      aria-label={label}
    >
      删除
    </button>
  );
}

/** 上移 or 下移 of the named item; disabled at the end of the list it cannot move past. */
function MoveButton({
  verb,
  name,
  move,
}: {
  readonly verb: string;
  readonly name: string;
  readonly move: (() => void) | null;
}) {
  return (
    <button
      type="button"
      className="btn btn-small"
      onClick={move ?? undefined}
      disabled={!move}
      aria-label={`${verb}${name}`}
    >
      {verb}
    </button>
  );
}

/** Props: the item's name and controls, what 删除 does, and the item's own buttons between 下移 and 删除. */
export interface ItemActionsProps extends DragHandleProps {
  readonly onRemove: () => void;
  readonly children?: ReactNode;
}

/** The action row of a sortable item: 上移, 下移, the item's own buttons, then 删除. */
export function ItemActions({ name, controls, onRemove, children }: ItemActionsProps) {
  return (
    <div className="ed-actions">
      <MoveButton verb="上移" name={name} move={controls.moveUp} />
      <MoveButton verb="下移" name={name} move={controls.moveDown} />
      {children}
      <RemoveButton label={`删除${name}`} onRemove={onRemove} danger />
    </div>
  );
}
