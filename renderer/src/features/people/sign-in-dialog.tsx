// 登录 / 切换: choose a person who can sign in on this PC, type the password; a first password must be changed.
import { useState, type FormEvent } from "react";
import { api, errorMessage } from "../../api";
import { DialogActions, FormError, useModal } from "../../lib/modal";
import { usePeople } from "./people-context";

/** The sign-in dialog. */
export function SignInDialog({ onClose }: { readonly onClose: () => void }) {
  const ref = useModal();
  const { status, reload } = usePeople();
  const people = (status?.people ?? []).filter((p) => p.canSignInHere && p.active);
  const [personId, setPersonId] = useState(status?.me?.id ?? people[0]?.id ?? "");
  const [password, setPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [mustChange, setMustChange] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (mustChange) {
        await api.changePassword({ oldPassword: password, newPassword });
        reload();
        onClose();
        return;
      }
      const next = await api.signIn({ personId, password });
      reload(next);
      if (next.me?.mustChangePassword) setMustChange(true);
      else onClose();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="modal" aria-labelledby="sign-in-title" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="sign-in-title">{mustChange ? "请修改初始密码" : "登录"}</h2>
        {people.length === 0 && (
          <p className="field-hint">
            本机还没有可登录的人员。请到「人员」页创建单位名册，或导入名册后由管理员在本机添加您。
          </p>
        )}
        {!mustChange && people.length > 0 && (
          <>
            <label className="field">
              <span className="field-label">姓名</span>
              <select value={personId} onChange={(e) => setPersonId(e.target.value)} aria-label="姓名">
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}（{p.roles.join("、")}）
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field-label">密码</span>
              <input
                type="password"
                autoFocus
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-label="密码"
              />
            </label>
          </>
        )}
        {mustChange && (
          <label className="field">
            <span className="field-label">新密码（至少 8 位）</span>
            <input
              type="password"
              autoFocus
              autoComplete="new-password"
              value={newPassword}
              onChange={(e) => setNewPassword(e.target.value)}
              aria-label="新密码"
            />
          </label>
        )}
        <FormError message={error} />
        <DialogActions
          onCancel={onClose}
          confirmLabel={mustChange ? "修改密码" : "登录"}
          disabled={busy || (!mustChange && people.length === 0)}
        />
      </form>
    </dialog>
  );
}
