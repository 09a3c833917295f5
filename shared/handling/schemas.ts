// Records of 办理 after the letter (DOMAIN.md §3): contacts with the proposer, satisfaction, 重办 links, 公开.
import { z } from "zod";
import { IsoDate } from "../model/draft";
import "../model/zod-locale";
import { ActorSchema } from "../workflow/schemas";

/** When the contact took place relative to handling: before, during or after. */
export const ContactPhase = z.enum(["办前", "办中", "办后"]);
/** One phase. */
export type ContactPhase = z.infer<typeof ContactPhase>;

/** How the bureau met the proposer. */
export const ContactWay = z.enum(["面商", "电话", "座谈", "实地调研", "书面"]);
/** One way of contact. */
export type ContactWay = z.infer<typeof ContactWay>;

/** The 征询意见表 result. */
export const SatisfactionLevel = z.enum(["满意", "基本满意", "不满意"]);
/** One satisfaction level. */
export type SatisfactionLevel = z.infer<typeof SatisfactionLevel>;

/** 主办/协办/会办 as the bureau counts its items (协办 and 会办 are both co-handling; places name them differently). */
export const UnitRole = z.enum(["主办", "协办", "会办"]);
/** One unit role. */
export type UnitRole = z.infer<typeof UnitRole>;

const Name = z.string().trim().max(100);

/** What a person enters for one contact (沟通记录). */
export const ContactInput = z.object({
  phase: ContactPhase,
  date: IsoDate,
  way: ContactWay,
  /** Who met (our side), e.g. 局长张三、科长李四. */
  ours: Name.min(1, "请填写我方参加人员"),
  /** Whom they met (the proposer's side), e.g. 王某代表. */
  theirs: Name.min(1, "请填写沟通对象"),
  summary: z.string().trim().min(1, "请填写沟通情况摘要").max(2000),
});
/** Contact input. */
export type ContactInput = z.infer<typeof ContactInput>;

/** One stored contact. */
export const ContactEntry = ContactInput.extend({
  id: z.string().min(1).max(64),
  recordedBy: ActorSchema,
  recordedAt: z.string(),
});
/** One stored contact. */
export type ContactEntry = z.infer<typeof ContactEntry>;

/** What a person enters for the satisfaction result. */
export const SatisfactionInput = z.object({
  level: SatisfactionLevel,
  date: IsoDate,
  remarks: z.string().trim().max(2000).default(""),
});
/** Satisfaction input. */
export type SatisfactionInput = z.infer<typeof SatisfactionInput>;

/** The recorded satisfaction. */
export const SatisfactionRecord = SatisfactionInput.extend({ recordedBy: ActorSchema, recordedAt: z.string() });
/** The recorded satisfaction. */
export type SatisfactionRecord = z.infer<typeof SatisfactionRecord>;

/** The 公开 record: when the 公开版 went on the website. */
export const PublicationRecord = z.object({ date: IsoDate, recordedBy: ActorSchema, recordedAt: z.string() });
/** The 公开 record. */
export type PublicationRecord = z.infer<typeof PublicationRecord>;

/** Everything 办理 keeps about one draft (handling/<draftId>.json). */
export const HandlingRecord = z.object({
  schemaVersion: z.literal(1),
  draftId: z.string().min(1).max(64),
  contacts: z.array(ContactEntry).max(500),
  satisfaction: SatisfactionRecord.nullable(),
  /** The 重办 draft opened from this one after 不满意 (null when none). */
  reopenedAs: z.string().max(64).nullable(),
  /** Overrides record.handling for counting: 协办 is stored here, the letter model knows 主办/会办 only. */
  unitRole: UnitRole.nullable(),
  /** 重点 item. */
  important: z.boolean(),
  publication: PublicationRecord.nullable(),
  /** For a 年度总结 draft: which items each figure counts (figure id → draft ids). */
  summaryTrace: z.record(z.string(), z.array(z.string())).nullable(),
});
/** Everything 办理 keeps about one draft. */
export type HandlingRecord = z.infer<typeof HandlingRecord>;

/** An empty record for a draft that has none yet. */
export function emptyHandling(draftId: string): HandlingRecord {
  return {
    schemaVersion: 1,
    draftId,
    contacts: [],
    satisfaction: null,
    reopenedAs: null,
    unitRole: null,
    important: false,
    publication: null,
    summaryTrace: null,
  };
}

/** Local rules for 办理 (DOMAIN.md says every local number is configurable). */
export const HandlingConfig = z.object({
  /** Months a 重办 has from the 不满意 result to the second reply. */
  reopenMonths: z.number().int().min(1).max(6),
  /** Working days after 答复 within which the reply must be published. */
  publishWorkingDays: z.number().int().min(1).max(120),
  /** Public holidays (法定节假日) on weekdays, maintained by the 管理员. */
  holidays: z.array(IsoDate).max(1000),
  /** Weekend days that are working days (调休上班). */
  makeupWorkdays: z.array(IsoDate).max(1000),
});
/** Local rules for 办理. */
export type HandlingConfig = z.infer<typeof HandlingConfig>;

/** Defaults: 重办 within one month, publish within 20 working days, no holidays entered yet. */
export const DEFAULT_HANDLING_CONFIG: HandlingConfig = {
  reopenMonths: 1,
  publishWorkingDays: 20,
  holidays: [],
  makeupWorkdays: [],
};
