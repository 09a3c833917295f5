// Shown when a save was refused because the file on disk is newer: explain and offer 重新加载.

/** Props: the message and the reload action. */
export interface ConflictBannerProps {
  readonly message: string;
  readonly onReload: () => void;
}

/** A clear conflict message; autosave stays off until the user reloads (never a silent overwrite). */
export function ConflictBanner({ message, onReload }: ConflictBannerProps) {
  return (
    <div role="alert" className="banner banner-error">
      <p>
        <strong>保存冲突：</strong>
        {message}重新加载会放弃本页尚未保存的修改；如需保留，请先把它们复制出来。
      </p>
      <button type="button" className="btn" onClick={onReload}>
        重新加载
      </button>
    </div>
  );
}
