// The visible save state: 已保存 / 有未保存的修改 / 保存中… / 保存失败：<reason> / 冲突.
import type { SaveState } from "./autosave";

const LABEL: Readonly<Record<SaveState["kind"], string>> = {
  saved: "已保存",
  pending: "有未保存的修改",
  saving: "保存中…",
  error: "保存失败",
  conflict: "保存冲突",
};

/** A live region announcing the save state (screen readers hear 已保存 / 保存失败). */
export function SaveIndicator({ state }: { readonly state: SaveState }) {
  const text = state.kind === "error" ? `保存失败：${state.message}` : LABEL[state.kind];
  return (
    <span className={`save-indicator save-${state.kind}`} role="status" aria-live="polite" data-testid="save-state">
      {text}
    </span>
  );
}
