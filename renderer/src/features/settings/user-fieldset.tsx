// The current user part of the settings form: 姓名 and 角色.
import { UserRole } from "../../../../shared/model/settings";
import { ChoiceGroup } from "../../lib/choice-group";
import { FormField, type FieldsetProps } from "./settings-field";

/** 姓名 and 角色 (拟稿人 / 审核人 / 文书). */
export function UserFieldset(bind: FieldsetProps) {
  return (
    <fieldset className="settings-group">
      <legend>当前用户</legend>
      <FormField bind={bind} name="userName" id="user-name" label="姓名" hint="记录在审核意见和操作日志中。" />
      <ChoiceGroup
        legend="角色"
        name="user-role"
        options={UserRole.options}
        value={bind.form.role}
        onChange={(v) => bind.set("role", v)}
      />
    </fieldset>
  );
}
