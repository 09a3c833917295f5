// The settings page's working copy (text for numbers) and its validation, with Chinese messages.
import type { Settings, SettingsPatch, UserRole } from "../../../../shared/model/settings";

/** What the settings form edits: everything as the inputs hold it. */
export interface SettingsForm {
  readonly fullName: string;
  readonly shortName: string;
  readonly docCode: string;
  readonly categoryScheme: "ABC" | "ABCD";
  readonly deadlineMonths: string;
  readonly extensionMonths: string;
  readonly letterhead: boolean;
  readonly level3Bold: boolean;
  readonly fontSet: "GB2312" | "GBK";
  readonly showSigner: boolean;
  readonly userName: string;
  readonly role: UserRole;
  readonly backupDays: string;
}

/** Field → Chinese message for what is wrong with it. */
export type SettingsErrors = Partial<Record<keyof SettingsForm, string>>;

/** The form's starting point from stored settings. */
export function formFromSettings(s: Settings): SettingsForm {
  return {
    fullName: s.bureau.fullName,
    shortName: s.bureau.shortName,
    docCode: s.bureau.docCode,
    categoryScheme: s.bureau.categoryScheme,
    deadlineMonths: String(s.bureau.deadlineMonths),
    extensionMonths: String(s.bureau.extensionMonths),
    letterhead: s.bureau.letterhead,
    level3Bold: s.bureau.level3Bold,
    fontSet: s.bureau.fontSet,
    showSigner: s.bureau.showSigner,
    userName: s.user.name,
    role: s.user.role,
    backupDays: String(s.backupDays),
  };
}

function months(text: string, min: number, label: string, errors: SettingsErrors, key: keyof SettingsForm): number {
  const t = text.normalize("NFKC").trim();
  const n = /^\d+$/.test(t) ? Number(t) : NaN;
  if (!Number.isInteger(n) || n < min || n > 12) errors[key] = `${label}应为 ${min} 到 12 之间的整数（单位：月）。`;
  return n;
}

/** 备份保留天数: a whole number of days, 1–365 (full-width digits accepted). */
function backupDaysOf(text: string, errors: SettingsErrors): number {
  const t = text.normalize("NFKC").trim();
  const n = /^\d{1,4}$/.test(t) ? Number(t) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 365) errors.backupDays = "备份保留天数应为 1 到 365 之间的整数。";
  return n;
}

function maxLength(text: string, max: number, label: string, errors: SettingsErrors, key: keyof SettingsForm): void {
  if (text.trim().length > max) errors[key] = `${label}最多 ${max} 个字，现在是 ${text.trim().length} 个。`;
}

/** Checks the form; returns the patch to send, or the messages to show next to the fields. */
export function validateSettings(
  form: SettingsForm,
): { ok: true; patch: SettingsPatch } | { ok: false; errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  maxLength(form.fullName, 100, "单位全称", errors, "fullName");
  maxLength(form.shortName, 50, "简称", errors, "shortName");
  maxLength(form.docCode, 20, "发文字号代字", errors, "docCode");
  if (/[〔〕[\]【】()（）\d号]/u.test(form.docCode)) {
    errors.docCode = "发文字号代字只填机关代字，如“惠科工函”，不要包含年份、括号、序号或“号”。";
  }
  if (form.shortName.trim() !== "" && form.fullName.trim() === "") {
    errors.fullName = "填写了简称时，请同时填写单位全称（它印在答复函的署名处）。";
  }
  const deadlineMonths = months(form.deadlineMonths, 1, "办理时限", errors, "deadlineMonths");
  const extensionMonths = months(form.extensionMonths, 0, "延期时限", errors, "extensionMonths");
  maxLength(form.userName, 50, "姓名", errors, "userName");
  const backupDays = backupDaysOf(form.backupDays, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    patch: {
      bureau: {
        fullName: form.fullName.trim(),
        shortName: form.shortName.trim(),
        docCode: form.docCode.trim(),
        categoryScheme: form.categoryScheme,
        deadlineMonths,
        extensionMonths,
        letterhead: form.letterhead,
        level3Bold: form.level3Bold,
        fontSet: form.fontSet,
        showSigner: form.showSigner,
      },
      user: { name: form.userName.trim(), role: form.role },
      backupDays,
    },
  };
}
