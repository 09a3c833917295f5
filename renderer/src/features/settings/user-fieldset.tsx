// The current user part of the settings form: who works here is decided by signing in (人员), not by a setting.
import { hrefOf } from "../../lib/routes";
import { FormField, type FieldsetProps } from "./settings-field";

/** 姓名 (shown where no one is signed in); roles come from the bureau roster, never from a setting. */
export function UserFieldset(bind: FieldsetProps) {
  return (
    <fieldset className="settings-group">
      <legend>当前用户</legend>
      <FormField bind={bind} name="userName" id="user-name" label="姓名" hint="未登录时显示的姓名。" />
      <p className="field-hint">
        角色由单位人员名册决定，不能在设置中切换：请在 <a href={hrefOf({ page: "people" })}>人员</a> 页登录本人账号。
      </p>
    </fieldset>
  );
}
