// The seal part of the settings page: the clerk chooses the seal PNG, sees it, and can remove it (saved at once).
import { useCallback, useRef, useState, type ChangeEvent } from "react";
import { api, errorMessage } from "../../api";
import { ConfirmDialog } from "../../lib/confirm-dialog";
import { useAsync } from "../../lib/use-async";
import { sealFileProblem } from "../export/seal-check";
import { readAsBase64 } from "../export/seal-file";
import "../export/export.css";

/** 印章: preview, 选择印章图片 / 更换, 移除; a bad picture is explained in Chinese and changes nothing. */
export function SealFieldset() {
  const seal = useAsync(useCallback(() => api.sealImage({}), []));
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const base64 = seal.value?.base64 ?? null;

  const choose = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = "";
    if (!file) return;
    const problem = sealFileProblem(file);
    if (problem) {
      setMessage({ kind: "error", text: `${problem}原有设置未改变。` });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const info = await api.setSealImage({ base64: await readAsBase64(file) });
      setMessage({ kind: "ok", text: `印章图片已保存（${info.width}×${info.height} 像素）。` });
      seal.reload();
    } catch (err) {
      setMessage({ kind: "error", text: `${errorMessage(err)}原有设置未改变。` });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (): Promise<void> => {
    setConfirming(false);
    setBusy(true);
    try {
      await api.clearSealImage({});
      setMessage({ kind: "ok", text: "印章图片已移除，正式导出的文件将不盖章。" });
      seal.reload();
    } catch (err) {
      setMessage({ kind: "error", text: `移除失败：${errorMessage(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="settings-group" aria-describedby="seal-hint">
      <legend>印章</legend>
      <p id="seal-hint" className="field-hint">
        由<strong>文书</strong>设置和使用：只在<strong>已签发或已答复</strong>
        的文稿“正式导出”时，盖在署名和成文日期上（印面约 4.2 厘米）；草稿一律不盖章。请使用透明背景的 PNG
        图片。图片只保存在本机的数据文件夹中，不随软件分发，请妥善保管。
      </p>
      <div className="seal-preview">
        {base64 ? (
          <img src={`data:image/png;base64,${base64}`} alt="当前印章图片" />
        ) : (
          <p className="page-note" data-testid="seal-empty">
            {seal.status === "loading" ? "正在读取…" : "尚未设置印章图片。"}
          </p>
        )}
        <div className="seal-actions">
          <input
            ref={input}
            id="seal-file"
            type="file"
            accept="image/png,.png"
            className="seal-file-input"
            aria-label="印章图片文件"
            onChange={(e) => void choose(e)}
            disabled={busy}
          />
          <button type="button" className="btn" onClick={() => input.current?.click()} disabled={busy}>
            {base64 ? "更换印章图片" : "选择印章图片"}
          </button>
          {base64 && (
            <button
              type="button"
              className="btn btn-danger-outline"
              onClick={() => setConfirming(true)}
              disabled={busy}
            >
              移除印章
            </button>
          )}
        </div>
      </div>
      {seal.status === "error" && (
        <p role="alert" className="form-error">
          无法读取印章设置：{seal.error}
        </p>
      )}
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={message.kind === "error" ? "form-error" : "form-ok"}
        >
          {message.text}
        </p>
      )}
      {confirming && (
        <ConfirmDialog
          title="移除印章图片？"
          message="移除后，正式导出的文件将不再盖章；可随时重新选择图片。"
          confirmLabel="移除"
          danger
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </fieldset>
  );
}
