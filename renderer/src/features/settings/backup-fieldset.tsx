// The backup part of the settings form: how many days of daily backups are kept.
import { FormField, type FieldsetProps } from "./settings-field";

/** 备份保留天数 (the daily backups in the data folder's backups/ folder). */
export function BackupFieldset(bind: FieldsetProps) {
  return (
    <fieldset className="settings-group">
      <legend>每日备份</legend>
      <FormField
        bind={bind}
        name="backupDays"
        id="backup-days"
        label="备份保留天数"
        inputMode="numeric"
        hint="每天第一次启动时自动备份数据文件夹（backups 文件夹下按日期存放），只保留最近这么多天；可在“恢复”中找回旧内容。"
      />
    </fieldset>
  );
}
