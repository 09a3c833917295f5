// The current user part of the settings form: 姓名 and 角色.
import { UserRole } from "../../../../shared/model/settings";
import { ChoiceGroup } from "../../lib/choice-group";
import type { FieldsetProps } from "./bureau-fieldset";
import { SettingsField } from "./settings-field";

/** 姓名 and 角色 (拟稿人 / 审核人 / 文书). */
export function UserFieldset({ form, set, errors }: FieldsetProps) {
  return (
    <fieldset className="settings-group">
      <legend>当前用户</legend>
      <SettingsField
        id="user-name"
        label="姓名"
        value={form.userName}
        onChange={(t) => set("userName", t)}
        hint="记录在审核意见和操作日志中。"
        error={errors.userName}
      />
      <ChoiceGroup
        legend="角色"
        name="user-role"
        options={UserRole.options}
        value={form.role}
        onChange={(v) => set("role", v)}
      />
    </fieldset>
  );
}
