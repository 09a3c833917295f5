// The settings form: a working copy of the stored settings, validated and sent on 保存设置.
import { useState, type FormEvent } from "react";
import type { Settings } from "../../../../shared/model/settings";
import { api, errorMessage } from "../../api";
import { BackupFieldset } from "./backup-fieldset";
import { BureauFieldset } from "./bureau-fieldset";
import { formFromSettings, validateSettings, type SettingsErrors, type SettingsForm } from "./settings-form";
import { UserFieldset } from "./user-fieldset";

/** The form itself: a working copy, validated on 保存设置. */
export function SettingsEditor({ initial }: { readonly initial: Settings }) {
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(initial));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [result, setResult] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void => {
    setForm((f) => ({ ...f, [key]: value }));
    setResult(null);
  };

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const checked = validateSettings(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setResult({ kind: "error", text: "有几项需要修改，见各栏下方的红字说明。" });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = await api.updateSettings(checked.patch);
      setForm(formFromSettings(saved));
      setResult({ kind: "ok", text: "设置已保存。" });
    } catch (err) {
      setResult({ kind: "error", text: `保存设置失败：${errorMessage(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="settings-form" onSubmit={(e) => void submit(e)} noValidate>
      <BureauFieldset form={form} set={set} errors={errors} />
      <UserFieldset form={form} set={set} errors={errors} />
      <BackupFieldset form={form} set={set} errors={errors} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? "正在保存…" : "保存设置"}
        </button>
        {result && (
          <span
            role={result.kind === "error" ? "alert" : "status"}
            className={result.kind === "error" ? "form-error" : "form-ok"}
          >
            {result.text}
          </span>
        )}
      </div>
    </form>
  );
}
