// The Draft: everything ReplyDesk stores about one reply letter (DOMAIN.md §1), as zod schemas.
import { z } from "zod";
import "./zod-locale";

/** Current on-disk schema version of a draft file; bump it and add a migration in migrations.ts. */
export const DRAFT_SCHEMA_VERSION = 1;

/** Calendar date as stored: `YYYY-MM-DD`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 YYYY-MM-DD")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, "不是有效的日历日期");
export type IsoDate = z.infer<typeof IsoDate>;

/** Instant as stored: ISO 8601 with time zone. */
export const IsoTime = z.string().datetime({ offset: true });

/** 建议 (NPC deputies) or 提案 (CPPCC members): decides the role word 代表/委员 everywhere. */
export const Channel = z.enum(["提案", "建议"]);
export type Channel = z.infer<typeof Channel>;

/** 主办 reply to the proposer, or 会办 opinion addressed to the lead unit. */
export const HandlingKind = z.enum(["主办", "会办"]);
export type HandlingKind = z.infer<typeof HandlingKind>;

/** Result category mark (办理结果分类标识); which letters are allowed depends on the bureau's scheme. */
export const CategoryMark = z.enum(["A", "B", "C", "D"]);
export type CategoryMark = z.infer<typeof CategoryMark>;

/** 公开属性. */
export const Disclosure = z.enum(["主动公开", "依申请公开", "不予公开"]);
export type Disclosure = z.infer<typeof Disclosure>;

/** 密级: none by default. */
export const Secrecy = z.enum(["无", "秘密", "机密"]);

/** Workflow status of a draft (the state machine lives in shared/workflow). */
export const DraftStatus = z.enum(["草稿", "待审核", "退回修改", "已审核", "已签发", "已答复"]);
export type DraftStatus = z.infer<typeof DraftStatus>;

const Text = z.string().max(20_000);
const ShortText = z.string().max(500);
/** Names Windows reserves for devices: a draft id is also a file name, so these are refused everywhere. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "编号只能包含字母、数字、下划线和连字符")
  .refine((s) => !WINDOWS_RESERVED.test(s), "编号不能是 Windows 的设备保留名（如 CON、NUL、COM1）");

/** The administrative record of the proposal being answered. */
export const DraftRecord = z.object({
  channel: Channel,
  handling: HandlingKind,
  /** 届次会议, e.g. 政协惠济区第十五届委员会第二次会议. */
  session: ShortText,
  proposalNumber: z.number().int().positive().max(1_000_000).nullable(),
  /** Names of the proposer(s); the first is the 领衔 proposer. */
  proposers: z.array(ShortText).max(200),
  /** Set when a 党派/团体/专委会 proposes: the letter is addressed to it instead of persons. */
  proposerOrg: ShortText.nullable(),
  proposalTitle: ShortText,
  leadUnit: ShortText,
  coUnits: z.array(ShortText).max(50),
  /** 交办日期. */
  assignedDate: IsoDate.nullable(),
  /** Explicit due date; null means computed from assignedDate and the bureau's rule. */
  dueDate: IsoDate.nullable(),
  extensionApproved: z.boolean(),
  category: CategoryMark.nullable(),
  disclosure: Disclosure.nullable(),
  /** 发文字号 such as 惠科工函〔2023〕12号 (allocated by the clerk). */
  docNumber: ShortText.nullable(),
  /** 签发人. */
  signer: ShortText.nullable(),
  signDate: IsoDate.nullable(),
  secrecy: Secrecy,
  /** Set on a 重办 reply: the id of the reply it re-handles (absent on every other draft, so older files parse). */
  reopenOf: Id.optional(),
});
export type DraftRecord = z.infer<typeof DraftRecord>;

/**
 * A measure (措施). `style` decides its numbering: "sub" ones are numbered （一）（二） at level 2
 * (children 1. then （1）), "run" ones are numbered 一是、二是 inline. Numbers are never stored.
 */
export interface Measure {
  readonly id: string;
  readonly style: "sub" | "run";
  /** Short heading; for "sub" measures it is printed in 楷体 before the text. Empty for runs. */
  readonly heading: string;
  /** Body text; may hold {{fig:ID}} and {{var:NAME}} tokens. */
  readonly text: string;
  readonly children: readonly Measure[];
}
/** Schema of a Measure (recursive, nesting is limited to levels 2–4 by the layout). */
export const Measure: z.ZodType<Measure> = z.lazy(() =>
  z.object({
    id: Id,
    style: z.enum(["sub", "run"]),
    heading: ShortText,
    text: Text,
    children: z.array(Measure).max(200),
  }),
);

/** A level-1 section (一、): heading, intro paragraphs and its measures. */
export const Section = z.object({
  id: Id,
  heading: ShortText,
  /** Marks the 下一步/下步工作 section so lint (R20) and templates can find it. */
  role: z.enum(["measures", "nextSteps"]),
  paragraphs: z.array(Text).max(200),
  measures: z.array(Measure).max(500),
});
export type Section = z.infer<typeof Section>;

/** A figure (数据) kept in the figures table and referenced from text as {{fig:ID}}. */
export const Figure = z.object({
  id: Id,
  label: ShortText,
  /** The number as written, e.g. "811.6" or "2187" (kept as text so 811.60 is not rewritten). */
  value: z
    .string()
    .max(40)
    .regex(/^-?\d+(\.\d+)?$/, "数值只能是数字"),
  unit: z.string().max(20),
  /** Qualifier printed before the number, e.g. 近, 约; and after it, e.g. 余. */
  prefix: z.string().max(10).default(""),
  suffix: z.string().max(10).default(""),
  asOf: IsoDate.nullable(),
  source: ShortText,
});
export type Figure = z.infer<typeof Figure>;

/** The sign-off block: 署名, 成文日期, 附注, 抄送, attachment note. */
export const SignOff = z.object({
  /** 署名; null means the bureau's full name from settings. */
  unit: ShortText.nullable(),
  date: IsoDate.nullable(),
  contactName: ShortText,
  contactPhone: ShortText,
  /** Other 附注 lines, e.g. 此答复函已经区科技局主要领导审签. */
  notes: z.array(ShortText).max(20),
  cc: z.array(ShortText).max(50),
  attachments: z.array(ShortText).max(20),
});
export type SignOff = z.infer<typeof SignOff>;

/** The letter text. Null title/salutation mean "generated from the record". */
export const LetterBody = z.object({
  title: ShortText.nullable(),
  salutation: ShortText.nullable(),
  opening: Text,
  background: z.array(Text).max(200),
  sections: z.array(Section).max(100),
  closing: z.array(Text).max(20),
  signOff: SignOff,
});
export type LetterBody = z.infer<typeof LetterBody>;

/**
 * Where a draft came from. Set on imported letters: such a draft is a 参考 (reference) copy of a letter another
 * bureau (or an earlier year) wrote, keeping its own title, salutation and 署名, until a person takes it over.
 * Optional, so drafts written before it existed need no migration.
 */
export const DraftOrigin = z.object({
  kind: z.literal("imported"),
  importedAt: IsoTime,
  /** When a person took the draft over as their own letter; null while it is a reference. */
  takenOverAt: IsoTime.nullable(),
});
export type DraftOrigin = z.infer<typeof DraftOrigin>;

/** A complete draft as stored in drafts/<id>.json. */
export const Draft = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  id: Id,
  /** Increments on every save; a save based on an older revision is a conflict. */
  revision: z.number().int().nonnegative(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  status: DraftStatus,
  /** Template the draft was created from (informational). */
  templateId: z.string().max(64).nullable(),
  record: DraftRecord,
  letter: LetterBody,
  figures: z.array(Figure).max(1000),
  origin: DraftOrigin.optional(),
});
export type Draft = z.infer<typeof Draft>;

/** True for an imported letter nobody has taken over yet (shown as 参考; its 署名 and title are its own). */
export function isReferenceDraft(draft: Pick<Draft, "origin">): boolean {
  return draft.origin?.kind === "imported" && draft.origin.takenOverAt === null;
}

/** The row kept in index.json for each draft: enough to list, search and sort without opening files. */
export const DraftSummary = z.object({
  id: Id,
  title: z.string(),
  status: DraftStatus,
  channel: Channel,
  proposalNumber: z.number().int().nullable(),
  proposers: z.array(z.string()),
  docNumber: z.string().nullable(),
  assignedDate: IsoDate.nullable(),
  dueDate: IsoDate.nullable(),
  /** record.extensionApproved, so due dates are computed without opening the file (absent in older indexes). */
  extensionApproved: z.boolean().default(false),
  revision: z.number().int().nonnegative(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
  /** Set when the draft is in the 回收站. */
  trashedAt: IsoTime.nullable(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;
