// Contract methods for 办理 after the letter: contacts, satisfaction, 重办, 公开, statistics and the 年度总结.
import { z } from "zod";
import { DraftStatus, IsoDate } from "../model/draft";
import {
  ContactInput,
  HandlingConfig,
  HandlingRecord,
  SatisfactionInput,
  SatisfactionRecord,
  UnitRole,
} from "../handling/schemas";
import { method } from "./define";
import { DeliverySchema } from "./delivery";

const DraftRef = z.object({ id: z.string().min(1).max(64) });

const Counted = z.object({ count: z.number().int(), ids: z.array(z.string()).readonly() });
const Rate = z.object({ num: Counted, den: Counted, pct: z.number().nullable() });
const PerCategory = <T extends z.ZodType>(t: T) => z.object({ A: t, B: t, C: t, D: t });

/** Which items statistics count: a year (by 交办日期) and/or a session; defaults to this year. */
export const StatScopeInput = z.object({
  year: z.number().int().min(2000).max(2100).optional(),
  session: z.string().trim().max(200).optional(),
  today: IsoDate.optional(),
});

/** The statistics as they cross the boundary (shared/handling/stats.ts HandlingStats). */
export const HandlingStatsSchema = z.object({
  scope: z.object({ year: z.number().int().optional(), session: z.string().optional() }),
  today: z.string(),
  items: Counted,
  byRole: z.object({ 主办: Counted, 协办: Counted, 会办: Counted }),
  byChannel: z.object({ 建议: Counted, 提案: Counted }),
  important: Counted,
  replied: Counted,
  onTime: Counted,
  late: Counted,
  contacted: Counted,
  satisfaction: z.object({ 满意: Counted, 基本满意: Counted, 不满意: Counted }),
  reopened: Counted,
  categories: PerCategory(Counted),
  rates: z.object({ replyRate: Rate, onTimeRate: Rate, contactRate: Rate, satisfactionRate: Rate }),
  categoryShare: PerCategory(Rate),
  overdue: z
    .array(
      z.object({
        id: z.string(),
        itemId: z.string(),
        title: z.string(),
        dueDate: z.string(),
        daysOver: z.number().int(),
        reopen: z.boolean(),
      }),
    )
    .readonly(),
  publication: z
    .array(
      z.object({
        id: z.string(),
        title: z.string(),
        replyDate: z.string(),
        deadline: z.string(),
        elapsed: z.number().int(),
        state: z.enum(["待公开", "超期"]),
      }),
    )
    .readonly(),
  returnReasons: z
    .array(z.object({ reason: z.string(), count: z.number().int(), ids: z.array(z.string()).readonly() }))
    .readonly(),
});

/** The 办理 panel's view of one draft. */
export const HandlingViewSchema = z.object({
  record: HandlingRecord,
  replyDate: z.string().nullable(),
  reopenOf: z.string().nullable(),
  clock: z.object({
    state: z.enum(["未答复", "不予公开", "依申请公开", "待公开", "已公开", "超期"]),
    deadline: z.string().nullable(),
    elapsed: z.number().int().nullable(),
    late: z.boolean(),
  }),
  history: z
    .array(
      z.object({
        id: z.string(),
        status: DraftStatus,
        replyDate: z.string().nullable(),
        satisfaction: SatisfactionRecord.nullable(),
      }),
    )
    .readonly(),
  /** Per 办理 action: null when the current user may take it now, else why not. */
  refusals: z.record(z.string(), z.string().nullable()),
});

const FileOut = z.object({ delivery: DeliverySchema, fileName: z.string(), removed: z.array(z.string()) });

/** 办理 domain of the contract. */
export const handlingMethods = {
  handlingView: method(
    "办理面板：沟通记录、满意度、重办链、公开时钟，以及当前身份能做什么",
    DraftRef,
    HandlingViewSchema,
  ),
  addContact: method(
    "登记一次与代表委员的沟通（办前/办中/办后）",
    DraftRef.extend({ contact: ContactInput }),
    HandlingRecord,
  ),
  removeContact: method(
    "删除一条误登的沟通记录（审计记录保留）",
    DraftRef.extend({ contactId: z.string().min(1).max(64) }),
    HandlingRecord,
  ),
  recordSatisfaction: method(
    "登记征询意见表结果（满意/基本满意/不满意），仅限已答复的答复函",
    DraftRef.extend({ satisfaction: SatisfactionInput }),
    HandlingRecord,
  ),
  reopenDraft: method(
    "不满意后重办：以原答复函为底稿新建第二份答复函（重新走审核流程），期限默认一个月",
    DraftRef,
    z.object({ draftId: z.string(), dueDate: z.string() }),
  ),
  markPublished: method("登记公开版已在网站公开的日期", DraftRef.extend({ date: IsoDate }), HandlingRecord),
  setItemFacts: method(
    "设置重点件和统计口径（主办/协办/会办）",
    DraftRef.extend({ important: z.boolean().optional(), unitRole: UnitRole.nullable().optional() }),
    HandlingRecord,
  ),
  exportPublicationDocx: method("导出公开版 Word（删除联系方式和附注电话；不予公开的不生成）", DraftRef, FileOut),
  exportPublicationHtml: method("导出公开版网页（HTML，文字已转义）", DraftRef, FileOut),
  handlingConfig: method("办理规则：重办期限、公开期限（工作日）、节假日和调休", z.object({}), HandlingConfig),
  updateHandlingConfig: method("修改办理规则和节假日（文书维护）", HandlingConfig.partial(), HandlingConfig),
  handlingStats: method("年度或届次的办理统计（每个数字附所统计的文稿编号）", StatScopeInput, HandlingStatsSchema),
  exportStatsXlsx: method(
    "导出办理统计为 Excel（.xlsx）",
    StatScopeInput,
    z.object({ delivery: DeliverySchema, fileName: z.string() }),
  ),
  draftAnnualSummary: method(
    "一键起草年度办理工作总结（普通可编辑文稿，数字可追溯到所统计的文稿）",
    StatScopeInput,
    z.object({ draftId: z.string() }),
  ),
} as const;
