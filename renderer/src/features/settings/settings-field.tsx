// The settings form's fields: a labelled IME-safe text field with its hint and error, and the bound text field and
// checkbox that read, write and validate one key of the form.
import { TextInput } from "../../lib/text-input";
import type { SettingsErrors, SettingsForm } from "./settings-form";

/** Props of every fieldset: the form, a setter for one field and the current errors. */
export interface FieldsetProps {
  readonly form: SettingsForm;
  readonly set: <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => void;
  readonly errors: SettingsErrors;
}

/** The keys of the form held as free text (names, codes, numbers as typed). */
type TextKey = { [K in keyof SettingsForm]: string extends SettingsForm[K] ? K : never }[keyof SettingsForm];

/** The keys of the form held as on/off switches. */
type SwitchKey = { [K in keyof SettingsForm]: SettingsForm[K] extends boolean ? K : never }[keyof SettingsForm];

/** Props: id, label, value, change handler, optional hint, error and input mode. */
export interface SettingsFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly inputMode?: "numeric" | "text";
}

/** One text field: <label>, input, hint or error (linked with aria-describedby). */
export function SettingsField({ id, label, value, onChange, hint, error, inputMode }: SettingsFieldProps) {
  const describedBy = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <TextInput
        id={id}
        value={value}
        onCommit={onChange}
        inputMode={inputMode}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : (
        hint && (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}

/** Props: the fieldset's binding, the form key, and the field's id, label, hint and input mode. */
export interface FormFieldProps extends Omit<SettingsFieldProps, "value" | "onChange" | "error"> {
  readonly bind: FieldsetProps;
  readonly name: TextKey;
}

/** A SettingsField showing form[name], writing set(name, …) and the error errors[name]. */
export function FormField({ bind, name, ...field }: FormFieldProps) {
  const { form, set, errors } = bind;
  return <SettingsField {...field} value={form[name]} onChange={(t) => set(name, t)} error={errors[name]} />;
}

/** Props: the fieldset's binding, the form key and the checkbox's label. */
export interface FormCheckboxProps {
  readonly bind: FieldsetProps;
  readonly name: SwitchKey;
  readonly label: string;
}

/** A labelled checkbox showing form[name] and writing set(name, …). */
export function FormCheckbox({ bind, name, label }: FormCheckboxProps) {
  return (
    <label className="choice">
      <input type="checkbox" checked={bind.form[name]} onChange={(e) => bind.set(name, e.currentTarget.checked)} />
      {label}
    </label>
  );
}
