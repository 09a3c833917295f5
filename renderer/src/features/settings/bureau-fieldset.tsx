// The bureau profile part of the settings form.
import { ChoiceGroup } from "../../lib/choice-group";
import type { SettingsErrors, SettingsForm } from "./settings-form";
import { SettingsField } from "./settings-field";

/** Props: the form, a setter for one field and the current errors. */
export interface FieldsetProps {
  readonly form: SettingsForm;
  readonly set: <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => void;
  readonly errors: SettingsErrors;
}

/** 单位全称, 简称, 发文字号代字, 类别方案, 办理时限, 延期, 信函格式版头, 三级标题加粗. */
export function BureauFieldset({ form, set, errors }: FieldsetProps) {
  return (
    <fieldset className="settings-group">
      <legend>承办单位</legend>
      <SettingsField
        id="bureau-full-name"
        label="单位全称"
        value={form.fullName}
        onChange={(t) => set("fullName", t)}
        hint="印在答复函署名处和标题中，如“郑州市惠济区科学技术局”。"
        error={errors.fullName}
      />
      <SettingsField
        id="bureau-short-name"
        label="简称"
        value={form.shortName}
        onChange={(t) => set("shortName", t)}
        hint="如“区科技局”。"
        error={errors.shortName}
      />
      <SettingsField
        id="bureau-doc-code"
        label="发文字号代字"
        value={form.docCode}
        onChange={(t) => set("docCode", t)}
        hint="如“惠科工函”，文书编号时生成“惠科工函〔2024〕12号”。"
        error={errors.docCode}
      />
      <ChoiceGroup
        legend="类别方案"
        name="bureau-category-scheme"
        options={["ABC", "ABCD"] as const}
        value={form.categoryScheme}
        onChange={(v) => set("categoryScheme", v)}
        labelOf={(v) => (v === "ABC" ? "A/B/C 三类" : "A/B/C/D 四类")}
      />
      <SettingsField
        id="bureau-deadline"
        label="办理时限（月）"
        inputMode="numeric"
        value={form.deadlineMonths}
        onChange={(t) => set("deadlineMonths", t)}
        hint="自交办日期起算的月数，一般为 3 个月。"
        error={errors.deadlineMonths}
      />
      <SettingsField
        id="bureau-extension"
        label="延期（月）"
        inputMode="numeric"
        value={form.extensionMonths}
        onChange={(t) => set("extensionMonths", t)}
        hint="经批准延期时可再延长的月数。"
        error={errors.extensionMonths}
      />
      <label className="choice">
        <input type="checkbox" checked={form.letterhead} onChange={(e) => set("letterhead", e.currentTarget.checked)} />
        信函格式版头
      </label>
      <label className="choice">
        <input type="checkbox" checked={form.level3Bold} onChange={(e) => set("level3Bold", e.currentTarget.checked)} />
        三级标题加粗
      </label>
    </fieldset>
  );
}
