// The settings page (#/settings): bureau profile, current user, and where the data lives.
import { useCallback } from "react";
import { api } from "../../api";
import { useAsync } from "../../lib/use-async";
import { useStoreInfo } from "../notices/use-store-info";
import { SealFieldset } from "./seal-fieldset";
import { SettingsEditor } from "./settings-editor";

/** Loads the settings, then shows the editable form. */
export function SettingsPage() {
  const loaded = useAsync(useCallback(() => api.getSettings({}), []));
  const store = useStoreInfo();
  return (
    <section className="page page-settings" aria-labelledby="settings-title">
      <h1 id="settings-title" className="page-title">
        设置
      </h1>
      {loaded.status === "loading" && <p className="page-note">正在读取设置…</p>}
      {loaded.status === "error" && (
        <p role="alert" className="form-error">
          无法读取设置：{loaded.error}
        </p>
      )}
      {loaded.status === "ready" && <SettingsEditor initial={loaded.value} />}
      <SealFieldset />
      <section className="settings-group" aria-labelledby="data-dir-title">
        <h2 id="data-dir-title" className="section-title">
          数据文件夹
        </h2>
        <p>
          文稿保存在：<code data-testid="data-dir">{store.dataDir ?? "正在读取…"}</code>
        </p>
        <p className="field-hint">每份文稿是其中 drafts 文件夹下的一个 .json 文件。备份时复制整个文件夹即可。</p>
      </section>
    </section>
  );
}
