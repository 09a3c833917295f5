// The bureau profile part of the settings form.
import { ChoiceGroup } from "../../lib/choice-group";
import { FormCheckbox, FormField, type FieldsetProps } from "./settings-field";

/** 单位全称, 简称, 发文字号代字, 类别方案, 办理时限, 延期, 信函格式版头, 三级标题加粗. */
export function BureauFieldset(bind: FieldsetProps) {
  return (
    <fieldset className="settings-group">
      <legend>承办单位</legend>
      <FormField
        bind={bind}
        name="fullName"
        id="bureau-full-name"
        label="单位全称"
        hint="印在答复函署名处和标题中，如“郑州市惠济区科学技术局”。"
      />
      <FormField bind={bind} name="shortName" id="bureau-short-name" label="简称" hint="如“区科技局”。" />
      <FormField
        bind={bind}
        name="docCode"
        id="bureau-doc-code"
        label="发文字号代字"
        hint="如“惠科工函”，文书编号时生成“惠科工函〔2024〕12号”。"
      />
      <ChoiceGroup
        legend="类别方案"
        name="bureau-category-scheme"
        options={["ABC", "ABCD"] as const}
        value={bind.form.categoryScheme}
        onChange={(v) => bind.set("categoryScheme", v)}
        labelOf={(v) => (v === "ABC" ? "A/B/C 三类" : "A/B/C/D 四类")}
      />
      <FormField
        bind={bind}
        name="deadlineMonths"
        id="bureau-deadline"
        label="办理时限（月）"
        inputMode="numeric"
        hint="自交办日期起算的月数，一般为 3 个月。"
      />
      <FormField
        bind={bind}
        name="extensionMonths"
        id="bureau-extension"
        label="延期（月）"
        inputMode="numeric"
        hint="经批准延期时可再延长的月数。"
      />
      <FormCheckbox bind={bind} name="letterhead" label="信函格式版头" />
      <FormCheckbox bind={bind} name="level3Bold" label="三级标题加粗" />
      <FormCheckbox bind={bind} name="showSigner" label="文件格式显示签发人（上行文）" />
      <ChoiceGroup
        legend="公文字体"
        name="bureau-font-set"
        options={["GB2312", "GBK"] as const}
        value={bind.form.fontSet}
        onChange={(v) => bind.set("fontSet", v)}
        labelOf={(v) => (v === "GB2312" ? "仿宋_GB2312 等（GB2312 字库）" : "方正仿宋_GBK 等（方正 GBK 字库）")}
      />
    </fieldset>
  );
}
