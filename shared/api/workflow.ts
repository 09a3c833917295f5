// Contract methods for the review chain: transitions, versions, diff, comments, audit, exchange, deadlines.
import { z } from "zod";
import { DeliverySchema } from "./delivery";
import { DraftStatus, IsoDate } from "../model/draft";
import { UserRole } from "../model/settings";
import {
  ActorSchema,
  AuditEntry,
  AuditVerification,
  CommentRecord,
  EXCHANGE_MAX_BYTES,
  Sha256,
  VersionKind,
} from "../workflow/schemas";
import { ReturnReason } from "../workflow/status-machine";
import { method } from "./define";

const DraftRef = z.object({ id: z.string().min(1).max(64) });
const Ok = z.object({ ok: z.literal(true) });

/** A version without its draft body (the list view). */
export const VersionSummary = z.object({
  n: z.number().int(),
  kind: VersionKind,
  hash: Sha256,
  createdAt: z.string(),
  actor: ActorSchema,
  note: z.string(),
});

/** One changed block of a diff. */
export const PartDiffSchema = z.object({
  part: z.enum([
    "title",
    "salutation",
    "opening",
    "background",
    "sectionHeading",
    "paragraph",
    "measure",
    "closing",
    "signOff",
  ]),
  path: z.string(),
  changes: z.array(
    z.object({ value: z.string(), added: z.literal(true).optional(), removed: z.literal(true).optional() }),
  ),
});

/** Largest base64 text accepted for an uploaded exchange file (50 MB of bytes). */
export const EXCHANGE_MAX_BASE64 = Math.ceil(EXCHANGE_MAX_BYTES / 3) * 4;

/** Workflow domain of the contract. */
export const workflowMethods = {
  submitDraft: method(
    "拟稿人提交审核（生成不可更改的版本）；baseRevision 为编辑器看到的修订号",
    DraftRef.extend({ baseRevision: z.number().int().nonnegative().optional() }),
    VersionSummary,
  ),
  returnDraft: method(
    "审核人退回修改：结构化原因 + 说明（选「其他」时说明必填）",
    DraftRef.extend({ reasons: z.array(ReturnReason).min(1).max(6), text: z.string().max(5000).default("") }),
    Ok,
  ),
  approveDraft: method("审核人审核通过：绑定所审阅版本的内容校验值", DraftRef.extend({ versionHash: Sha256 }), Ok),
  allocateDocNumber: method(
    "文书分配发文字号（本文稿已有有效字号时返回原字号）",
    DraftRef,
    z.object({ number: z.string(), reused: z.boolean() }),
  ),
  heldDocNumber: method(
    "本文稿当前持有的有效发文字号（尚未分配或已作废时为 null），不分配新号",
    DraftRef,
    z.object({ number: z.string().nullable() }),
  ),
  cancelDocNumber: method(
    "文书作废一个发文字号（作废后永不再用）",
    z.object({ number: z.string().min(1).max(100), reason: z.string().max(500).default("") }),
    Ok,
  ),
  signDraft: method(
    "签发人签发（以登录的签发人本人签名）：发文字号、签发日期（不晚于成文日期）；signer 仅为旧客户端保留，不被采信",
    DraftRef.extend({
      docNumber: z.string().min(1).max(100),
      signer: z.string().max(50).optional(),
      signDate: IsoDate,
    }),
    VersionSummary,
  ),
  markReplied: method("文书标记已答复，记录答复日期", DraftRef.extend({ replyDate: IsoDate }), Ok),
  listVersions: method("文稿的全部版本（旧到新）", DraftRef, z.array(VersionSummary)),
  diffVersions: method(
    "与上次审阅版本（或指定版本）相比的逐段改动",
    DraftRef.extend({ fromVersion: z.number().int().positive().optional() }),
    z.object({ base: VersionSummary.nullable(), parts: z.array(PartDiffSchema) }),
  ),
  listComments: method("文稿的批注", DraftRef, z.array(CommentRecord)),
  addComment: method(
    "添加批注，锚定到段落路径（如 sections.1.measures.0）",
    DraftRef.extend({ anchor: z.string().min(1).max(200), text: z.string().min(1).max(5000) }),
    CommentRecord,
  ),
  resolveComment: method("标记批注已解决", DraftRef.extend({ commentId: z.string().min(1).max(64) }), CommentRecord),
  acknowledgeFinding: method(
    "确认忽略一条格式审查警告并说明理由（记入审计记录；错误不能忽略）",
    DraftRef.extend({
      rule: z.string().regex(/^R(0[1-9]|1\d|2[0-8])$/, "规则编号应为 R01–R28"),
      message: z.string().trim().min(1).max(1000),
      reason: z.string().trim().min(1, "请填写确认理由").max(500),
    }),
    AuditEntry,
  ),
  auditTrail: method(
    "审计记录、链条与签名校验结果（每条记录：已验证签名 / 旧记录未签名 / 无需签名 / 无效）",
    DraftRef,
    z.object({
      entries: z.array(AuditEntry),
      verification: AuditVerification,
      trust: z.array(
        z.object({
          seq: z.number().int(),
          trust: z.enum(["signed", "legacy", "unsigned", "invalid"]),
          fingerprint: z.string().nullable(),
        }),
      ),
      separationOfDuties: z.boolean(),
      policyChanges: z.array(z.object({ time: z.string(), by: z.string(), enabled: z.boolean() })),
    }),
  ),
  exportExchange: method(
    "导出交换文件（.replydesk）：桌面版弹出保存对话框，浏览器模式下载",
    DraftRef,
    z.object({ delivery: DeliverySchema, sha256: Sha256, size: z.number().int() }),
  ),
  importExchange: method(
    "导入交换文件：文件内容以 base64 传入（上限 50 MB）；损坏或被改动的文件被拒绝且不做任何改动",
    z.object({ fileName: z.string().max(260).default(""), base64: z.string().max(EXCHANGE_MAX_BASE64) }),
    z.object({
      outcome: z.enum(["unchanged", "created", "merged"]),
      message: z.string(),
      draftId: z.string(),
      taken: z.enum(["same", "local", "incoming"]),
      status: DraftStatus,
      conflict: z.object({ version: z.number().int(), hash: Sha256, from: z.string() }).nullable(),
      added: z.object({ versions: z.number().int(), comments: z.number().int(), auditEntries: z.number().int() }),
    }),
  ),
  deadlines: method(
    "列表用：每份文稿的到期日、紧急程度、等待谁处理（today 缺省为本机今天）",
    z.object({ today: IsoDate.optional() }),
    z.array(
      z.object({
        id: z.string(),
        status: DraftStatus,
        dueDate: IsoDate.nullable(),
        state: z.enum(["overdue", "dueThisWeek", "ok", "done", "none"]),
        daysLeft: z.number().int().nullable(),
        label: z.string(),
        waitingFor: UserRole.nullable(),
        waitingForMe: z.boolean(),
      }),
    ),
  ),
} as const;
