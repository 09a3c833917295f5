// Settings: the bureau profile and the current user, as zod schemas with defaults.
import { z } from "zod";

/**
 * Roles of the review chain (DOMAIN.md §3): 拟稿人 drafts, 审核人 reviews, 签发人 signs off (签发),
 * 文书 numbers, seals and sends, 管理员 keeps the bureau roster (单位人员名册).
 */
export const UserRole = z.enum(["拟稿人", "审核人", "签发人", "文书", "管理员"]);
export type UserRole = z.infer<typeof UserRole>;

/** The bureau (承办单位) profile: names, 代字 and local rules that differ by jurisdiction. */
export const BureauProfile = z.object({
  /** 单位全称, printed as 署名. */
  fullName: z.string().max(100),
  /** 简称. */
  shortName: z.string().max(50),
  /** 发文字号代字, e.g. 惠科工函. */
  docCode: z.string().max(20),
  /** Category scheme: three (A/B/C) or four (A/B/C/D) classes. */
  categoryScheme: z.enum(["ABC", "ABCD"]),
  /** Months from 交办日期 to the due date, and with an approved extension. */
  deadlineMonths: z.number().int().min(1).max(12),
  extensionMonths: z.number().int().min(0).max(12),
  /** Print the 信函格式 header (bureau name in red, double rules) on export. */
  letterhead: z.boolean(),
  /** 三级标题 (1.) in bold 仿宋: local guides disagree, so it is a choice. */
  level3Bold: z.boolean(),
  /**
   * Official fonts the bureau's machines have: the GB2312 family (仿宋_GB2312, 楷体_GB2312, 方正小标宋简体) or the
   * 方正 GBK family (方正仿宋_GBK…). Sources differ, so it is a choice; the export names these fonts.
   */
  fontSet: z.enum(["GB2312", "GBK"]),
  /** Print 签发人 beside the 发文字号 (文件格式 only: it is an element of 上行文, GB/T 9704 §7.2.6). */
  showSigner: z.boolean(),
  /** Absolute path of the seal PNG chosen by the clerk (never shipped). */
  sealPath: z.string().max(1000).nullable(),
});
export type BureauProfile = z.infer<typeof BureauProfile>;

/** The person using this machine. */
export const UserProfile = z.object({
  name: z.string().max(50),
  role: UserRole,
});
export type UserProfile = z.infer<typeof UserProfile>;

/** Days of daily backups kept in <data>/backups (older ones are removed at start-up). */
export const BackupDays = z.number().int().min(1).max(365);

/** Everything kept in the settings store. */
export const Settings = z.object({
  bureau: BureauProfile,
  user: UserProfile,
  backupDays: BackupDays,
});
export type Settings = z.infer<typeof Settings>;

/** Settings for a fresh installation. */
export const DEFAULT_SETTINGS: Settings = {
  bureau: {
    fullName: "",
    shortName: "",
    docCode: "",
    categoryScheme: "ABCD",
    deadlineMonths: 3,
    extensionMonths: 3,
    letterhead: false,
    level3Bold: false,
    fontSet: "GB2312",
    showSigner: true,
    sealPath: null,
  },
  user: { name: "", role: "拟稿人" },
  backupDays: 14,
};

/** A partial update of settings, as sent by the settings page. */
export const SettingsPatch = z.object({
  bureau: BureauProfile.partial().optional(),
  user: UserProfile.partial().optional(),
  backupDays: BackupDays.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;
