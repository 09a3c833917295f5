// The rulebook: the one place that answers "may this person take this action on this draft now?" (DOMAIN.md §3).
// Every action is a transition (state, action, actor) → next status + effects, or a refusal with a Chinese reason.
// Services apply the effects; IPC, browser mode, the CLI and React ask these functions and never re-check roles.
import { z } from "zod";
import type { DraftStatus, DraftSummary } from "../model/draft";
import type { UserRole } from "../model/settings";

/** Structured reasons a supervisor gives when returning a draft. */
export const ReturnReason = z.enum(["答非所问", "数据无出处", "格式不规范", "措辞不当", "未与提案人沟通", "其他"]);
/** One structured return reason. */
export type ReturnReason = z.infer<typeof ReturnReason>;

/**
 * The person acting. `role` is the role recorded on what they write; `roles` (when known) is every role they hold
 * in the roster, and `personId` ties the action to their key. An actor without `personId` is nobody signed in.
 */
export interface Actor {
  readonly name: string;
  readonly role: UserRole;
  readonly roles?: readonly UserRole[];
  readonly personId?: string;
}

/** What the rulebook needs to know about a draft besides its status. */
export interface WorkflowState {
  readonly status: DraftStatus;
  /** Content hash of the latest submitted version (null before the first submit). */
  readonly submittedHash: string | null;
  /** Content hash of the draft as it is now. */
  readonly contentHash: string;
  /** Content hash the approval is bound to (null unless approved). */
  readonly approvedHash: string | null;
  /** 成文日期 of the letter (sign-off date), needed to sign. */
  readonly letterDate: string | null;
  /** Person who submitted the version under review (separation of duties), when known. */
  readonly submittedBy?: string | null;
  /** The bureau's policy: the drafter may not approve their own draft (on unless the 管理员 turned it off). */
  readonly separationOfDuties?: boolean;
  /** Content hash bound by a verified, signed 签发 by a person holding 签发人 (null when there is none). */
  readonly signedHash?: string | null;
  /** The 发文字号 this draft holds in the register (null when none). */
  readonly heldNumber?: string | null;
}

/** An action a person takes on a draft. */
export type WorkflowAction =
  | { readonly type: "submit" }
  | { readonly type: "return"; readonly reasons: readonly ReturnReason[]; readonly text: string }
  | { readonly type: "approve"; readonly versionHash: string }
  | { readonly type: "allocateNumber" }
  | { readonly type: "cancelNumber" }
  | { readonly type: "sign"; readonly docNumber: string; readonly signer: string; readonly signDate: string }
  | { readonly type: "formalExport" }
  | { readonly type: "markReplied"; readonly replyDate: string }
  | { readonly type: "comment" }
  | { readonly type: "importExchange" }
  | { readonly type: "restore" }
  | { readonly type: "edit" };

/** Names of the actions. */
export type WorkflowActionType = WorkflowAction["type"];

/** Side effects the service carries out after a legal transition. */
export type WorkflowEffect =
  | { readonly kind: "snapshotVersion"; readonly reason: "submit" | "sign" }
  | { readonly kind: "bindApproval"; readonly hash: string }
  | { readonly kind: "allocateNumber" }
  | { readonly kind: "setSignOff"; readonly docNumber: string; readonly signer: string; readonly signDate: string }
  | { readonly kind: "recordReplyDate"; readonly replyDate: string }
  | { readonly kind: "recordExport" }
  | { readonly kind: "dropApproval" };

/** Result of a transition: the new status and effects, or a Chinese message saying why not. */
export type TransitionResult =
  | {
      readonly ok: true;
      readonly status: DraftStatus;
      /** The role the actor acts in (recorded in the signed audit entry). */
      readonly role: UserRole | null;
      readonly effects: readonly WorkflowEffect[];
    }
  | { readonly ok: false; readonly message: string; readonly refusal: Refusal };

/** Why a transition was refused: nobody signed in, wrong role, wrong status, a bureau policy, or bad input. */
export type Refusal = "signin" | "role" | "status" | "policy" | "input";

interface Rule {
  readonly label: string;
  /** Roles that may take the action (empty: anyone signed in). */
  readonly roles: readonly UserRole[];
  /** Statuses it may be taken from (empty: any). */
  readonly from: readonly DraftStatus[];
  /** The status it leads to (null: unchanged). */
  readonly to: DraftStatus | null;
  /** Whether the action needs a signed-in person (signed audit entry). */
  readonly signed: boolean;
}

const ALL_STATUSES: readonly DraftStatus[] = [];

/** Who may take each action, from which statuses, to which status. */
export const TRANSITION_RULES: Readonly<Record<Exclude<WorkflowActionType, "edit">, Rule>> = {
  submit: { label: "提交审核", roles: ["拟稿人"], from: ["草稿", "退回修改"], to: "待审核", signed: true },
  return: { label: "退回修改", roles: ["审核人"], from: ["待审核"], to: "退回修改", signed: true },
  approve: { label: "审核通过", roles: ["审核人"], from: ["待审核"], to: "已审核", signed: true },
  allocateNumber: { label: "分配发文字号", roles: ["文书"], from: ["已审核"], to: null, signed: true },
  cancelNumber: { label: "作废发文字号", roles: ["文书"], from: ALL_STATUSES, to: null, signed: true },
  sign: { label: "签发", roles: ["签发人"], from: ["已审核"], to: "已签发", signed: true },
  formalExport: { label: "正式导出（盖章）", roles: ["文书"], from: ["已签发", "已答复"], to: null, signed: true },
  markReplied: { label: "标记已答复", roles: ["文书"], from: ["已签发"], to: "已答复", signed: true },
  comment: { label: "批注", roles: [], from: ALL_STATUSES, to: null, signed: true },
  importExchange: { label: "导入交换文件", roles: [], from: ALL_STATUSES, to: null, signed: true },
  restore: {
    label: "恢复历史版本",
    roles: [],
    from: ["草稿", "退回修改", "待审核", "已审核"],
    to: null,
    signed: false,
  },
};

/** Statuses in which the text can no longer be edited. */
const LOCKED: readonly DraftStatus[] = ["已签发", "已答复"];

/** Every action type, for tables and tests. */
export const ACTION_TYPES: readonly WorkflowActionType[] = [
  "submit",
  "return",
  "approve",
  "allocateNumber",
  "cancelNumber",
  "sign",
  "formalExport",
  "markReplied",
  "comment",
  "importExchange",
  "restore",
  "edit",
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail(message: string, refusal: Refusal = "input"): TransitionResult & { ok: false } {
  return { ok: false, message, refusal };
}

/** The roles an actor holds (the roster's, or just the one recorded). */
export function rolesOf(actor: Actor): readonly UserRole[] {
  return actor.roles ?? [actor.role];
}

/** The role an actor acts in for an action: the first of the rule's roles they hold (their own role if any). */
function actingRole(rule: Rule, actor: Actor): UserRole | null {
  if (rule.roles.length === 0) return actor.role;
  return rule.roles.find((r) => rolesOf(actor).includes(r)) ?? null;
}

/**
 * Whether `actor` may take an action of this type now, judged on who they are, the status and the bureau's policy
 * only (the action's own input — dates, reasons, hashes — is checked by `transition`).
 */
export function mayTake(
  state: WorkflowState,
  type: WorkflowActionType,
  actor: Actor | null,
): { readonly ok: true; readonly role: UserRole | null } | (TransitionResult & { ok: false }) {
  if (type === "edit") {
    if (LOCKED.includes(state.status)) {
      return fail(`文稿已「${state.status}」，正文不能再修改。如确需改动，请另建文稿。`, "status");
    }
    return { ok: true, role: actor?.role ?? null };
  }
  const rule = TRANSITION_RULES[type];
  if (rule.signed && (!actor || !actor.personId)) {
    return fail(`${rule.label}需要先登录：请以本人账号登录后再操作（每一步都以本人签名记入审计记录）。`, "signin");
  }
  const who = rule.roles.join("或");
  const role = actor ? actingRole(rule, actor) : null;
  if (rule.roles.length > 0 && role === null) {
    const mine = actor ? rolesOf(actor).join("、") || "无" : "未登录";
    return fail(`只有${who}可以${rule.label}，您的角色是${mine}。请由${who}登录后操作。`, "role");
  }
  if (rule.from.length > 0 && !rule.from.includes(state.status)) {
    const from = rule.from.map((s) => `「${s}」`).join("或");
    return fail(`文稿当前为「${state.status}」，不能${rule.label}：只有${from}状态的文稿可以${rule.label}。`, "status");
  }
  if (
    type === "approve" &&
    (state.separationOfDuties ?? true) &&
    state.submittedBy &&
    actor?.personId === state.submittedBy
  ) {
    return fail(
      "审核人与拟稿人不能是同一人：本单位要求分工审核，请由其他审核人审核。（管理员可在名册中关闭此要求）",
      "policy",
    );
  }
  if (type === "formalExport" && (!state.signedHash || state.signedHash !== state.contentHash)) {
    return fail(
      "正式导出（盖章）只限经签发人签名签发、且内容与签发版本一致的文稿：本文稿没有经验证的签发记录，或签发后被改动。",
      "status",
    );
  }
  return { ok: true, role };
}

/** Applies an action to a state: the new status and the effects to carry out, or why it is refused. */
export function transition(state: WorkflowState, action: WorkflowAction, actor: Actor | null): TransitionResult {
  const may = mayTake(state, action.type, actor);
  if (!may.ok) return may;
  const role = may.role;
  const done = (status: DraftStatus, effects: readonly WorkflowEffect[] = []): TransitionResult => ({
    ok: true,
    status,
    role,
    effects,
  });
  switch (action.type) {
    case "edit":
      return editTransition(state, role);
    case "submit":
      return done("待审核", [{ kind: "snapshotVersion", reason: "submit" }]);
    case "return": {
      if (action.reasons.length === 0) return fail("退回时请至少选择一项退回原因（如答非所问、数据无出处）。");
      if (action.reasons.includes("其他") && action.text.trim() === "") {
        return fail("选择了「其他」原因，请在说明中写明具体问题。");
      }
      return done("退回修改");
    }
    case "approve": {
      if (state.submittedHash === null) return fail("找不到提交审核的版本，请拟稿人重新提交。");
      if (action.versionHash !== state.submittedHash) {
        return fail("您审阅的不是最新提交的版本（拟稿人已重新提交），请刷新后重新审阅。");
      }
      if (state.contentHash !== state.submittedHash) {
        return fail("提交审核后文稿又被修改，与提交的版本不一致，请退回拟稿人重新提交。");
      }
      return done("已审核", [{ kind: "bindApproval", hash: state.submittedHash }]);
    }
    case "allocateNumber":
      if (state.approvedHash === null || state.approvedHash !== state.contentHash) {
        return fail("文稿内容与审核通过的版本不一致，不能分配发文字号。请拟稿人重新提交审核。");
      }
      return done(state.status, [{ kind: "allocateNumber" }]);
    case "cancelNumber":
      return done(state.status);
    case "sign":
      return signTransition(state, action, role);
    case "formalExport":
      return done(state.status, [{ kind: "recordExport" }]);
    case "markReplied": {
      if (!ISO_DATE.test(action.replyDate)) return fail("请填写答复日期（格式 YYYY-MM-DD）。");
      return done("已答复", [{ kind: "recordReplyDate", replyDate: action.replyDate }]);
    }
    case "comment":
    case "importExchange":
    case "restore":
      return done(state.status);
  }
}

function signTransition(
  state: WorkflowState,
  action: Extract<WorkflowAction, { type: "sign" }>,
  role: UserRole | null,
): TransitionResult {
  if (action.docNumber.trim() === "") return fail("请先由文书分配发文字号再签发。");
  if (state.heldNumber !== undefined && state.heldNumber !== action.docNumber) {
    return fail(`发文字号「${action.docNumber}」不是为本文稿分配的有效字号（或已作废），请重新分配。`);
  }
  if (action.signer.trim() === "") return fail("请填写签发人。");
  if (!ISO_DATE.test(action.signDate)) return fail("请填写签发日期（格式 YYYY-MM-DD）。");
  if (state.letterDate === null) return fail("文稿还没有成文日期，请先在落款中填写成文日期。");
  // ISO dates compare correctly as strings.
  if (action.signDate > state.letterDate) {
    return fail(`签发日期（${action.signDate}）不能晚于成文日期（${state.letterDate}），请核对后再签发。`);
  }
  if (state.approvedHash === null || state.approvedHash !== state.contentHash) {
    return fail("文稿内容与审核通过的版本不一致，不能签发。请拟稿人重新提交审核。");
  }
  const { docNumber, signer, signDate } = action;
  return {
    ok: true,
    status: "已签发",
    role,
    effects: [
      { kind: "setSignOff", docNumber, signer, signDate },
      { kind: "snapshotVersion", reason: "sign" },
    ],
  };
}

function editTransition(state: WorkflowState, role: UserRole | null): TransitionResult {
  if (state.status === "已审核" || state.status === "待审核") {
    return { ok: true, status: "草稿", role, effects: [{ kind: "dropApproval" }] };
  }
  return { ok: true, status: state.status, role, effects: [] };
}

/** How editing behaves in a status: free, allowed after a warning (drops to 草稿), or locked. */
export type EditPolicy = "free" | "warn" | "locked";

/** Whether an edit in this status needs the warning (or is not allowed at all). */
export function editPolicy(status: DraftStatus): EditPolicy {
  if (LOCKED.includes(status)) return "locked";
  if (status === "已审核" || status === "待审核") return "warn";
  return "free";
}

/** True when the UI must warn before the first edit (the edit drops the draft back to 草稿). */
export function editNeedsWarning(status: DraftStatus): boolean {
  return editPolicy(status) === "warn";
}

/** The warning the UI shows before the first edit, or null when none is needed. */
export function editWarning(status: DraftStatus): string | null {
  if (status === "已审核")
    return "此文稿已审核通过。修改后将退回「草稿」，审核结果作废，需要重新提交审核。确定要修改吗？";
  if (status === "待审核") return "此文稿正在审核中。修改后将撤回审核申请、退回「草稿」，需要重新提交。确定要修改吗？";
  if (LOCKED.includes(status)) return `文稿已「${status}」，不能修改。`;
  return null;
}

/** Which role the draft is waiting for in each status (null when nothing is pending). */
export function waitingFor(status: DraftStatus): UserRole | null {
  switch (status) {
    case "草稿":
    case "退回修改":
      return "拟稿人";
    case "待审核":
      return "审核人";
    case "已审核":
    case "已签发":
      return "文书";
    case "已答复":
      return null;
  }
}

/** True when the listed draft is waiting for someone holding one of the given roles. */
export function isWaitingForMe(
  summary: Pick<DraftSummary, "status" | "trashedAt">,
  roles: UserRole | readonly UserRole[],
): boolean {
  const who = waitingFor(summary.status);
  const mine: readonly UserRole[] = typeof roles === "string" ? [roles] : roles;
  return summary.trashedAt === null && who !== null && mine.includes(who);
}

/** The role that takes an action type (first of the rule's roles; null when anyone may). */
export function roleFor(type: Exclude<WorkflowActionType, "edit">): UserRole | null {
  return TRANSITION_RULES[type].roles[0] ?? null;
}
