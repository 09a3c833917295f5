// The header's who-is-working control: the signed-in person and roles, 登录 / 切换 / 退出.
import { useState } from "react";
import { api } from "../../api";
import { hrefOf } from "../../lib/routes";
import { usePeople } from "./people-context";
import { SignInDialog } from "./sign-in-dialog";

/** Shows who is signed in; opens the sign-in dialog. */
export function SignInControl() {
  const { status, reload } = usePeople();
  const [open, setOpen] = useState(false);
  if (!status) return null;
  const me = status.me;
  return (
    <div className="nav-person" aria-label="当前登录">
      {status.roster === "none" ? (
        <a className="nav-link" href={hrefOf({ page: "people" })}>
          建立人员名册
        </a>
      ) : me ? (
        <>
          <span data-testid="signed-in-as">
            {me.name}（{me.roles.join("、")}）
          </span>
          <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
            切换
          </button>
          <button type="button" className="btn btn-small" onClick={() => void api.signOut({}).then((s) => reload(s))}>
            退出
          </button>
        </>
      ) : (
        <button type="button" className="btn btn-small btn-primary" onClick={() => setOpen(true)}>
          登录
        </button>
      )}
      {open && <SignInDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
