// Role checkboxes (拟稿人, 审核人, 签发人, 文书, 管理员) for the roster forms.
import { UserRole } from "../../../../shared/model/settings";

/** Props: the chosen roles, how they change, and a label prefix for accessible names. */
export interface RolePickerProps {
  readonly value: readonly UserRole[];
  readonly onChange: (roles: UserRole[]) => void;
  readonly label: string;
}

/** A row of role checkboxes. */
export function RolePicker({ value, onChange, label }: RolePickerProps) {
  return (
    <fieldset className="role-picker">
      <legend>{label}</legend>
      {UserRole.options.map((r) => (
        <label key={r} className="choice">
          <input
            type="checkbox"
            checked={value.includes(r)}
            onChange={(e) => onChange(e.target.checked ? [...value, r] : value.filter((x) => x !== r))}
          />
          {r}
        </label>
      ))}
    </fieldset>
  );
}
