// The review chain as pure functions: who may move a draft from which status to which (DOMAIN.md §3).
import { z } from "zod";
import type { DraftStatus, DraftSummary } from "../model/draft";
import type { UserRole } from "../model/settings";

/** Structured reasons a supervisor gives when returning a draft. */
export const ReturnReason = z.enum(["答非所问", "数据无出处", "格式不规范", "措辞不当", "未与提案人沟通", "其他"]);
/** One structured return reason. */
export type ReturnReason = z.infer<typeof ReturnReason>;

/** The person acting: name and role from the user profile. */
export interface Actor {
  readonly name: string;
  readonly role: UserRole;
}

/** What the machine needs to know about a draft besides its status. */
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
}

/** An action a person takes on a draft. */
export type WorkflowAction =
  | { readonly type: "submit" }
  | { readonly type: "return"; readonly reasons: readonly ReturnReason[]; readonly text: string }
  | { readonly type: "approve"; readonly versionHash: string }
  | { readonly type: "sign"; readonly docNumber: string; readonly signer: string; readonly signDate: string }
  | { readonly type: "markReplied"; readonly replyDate: string }
  | { readonly type: "edit" };

/** Names of the actions. */
export type WorkflowActionType = WorkflowAction["type"];

/** Side effects the service carries out after a legal transition. */
export type WorkflowEffect =
  | { readonly kind: "snapshotVersion"; readonly reason: "submit" | "sign" }
  | { readonly kind: "bindApproval"; readonly hash: string }
  | { readonly kind: "setSignOff"; readonly docNumber: string; readonly signer: string; readonly signDate: string }
  | { readonly kind: "recordReplyDate"; readonly replyDate: string }
  | { readonly kind: "dropApproval" };

/** Result of a transition: the new status and effects, or a Chinese message saying why not. */
export type TransitionResult =
  | { readonly ok: true; readonly status: DraftStatus; readonly effects: readonly WorkflowEffect[] }
  | { readonly ok: false; readonly message: string; readonly refusal: Refusal };

/** Why a transition was refused: wrong role, wrong status, or missing/invalid input. */
export type Refusal = "role" | "status" | "input";

interface Rule {
  readonly label: string;
  readonly roles: readonly UserRole[];
  readonly from: readonly DraftStatus[];
}

/** Who may take each action, from which statuses. */
export const TRANSITION_RULES: Readonly<Record<Exclude<WorkflowActionType, "edit">, Rule>> = {
  submit: { label: "提交审核", roles: ["拟稿人"], from: ["草稿", "退回修改"] },
  return: { label: "退回修改", roles: ["审核人"], from: ["待审核"] },
  approve: { label: "审核通过", roles: ["审核人"], from: ["待审核"] },
  sign: { label: "签发", roles: ["文书"], from: ["已审核"] },
  markReplied: { label: "标记已答复", roles: ["文书"], from: ["已签发"] },
};

/** Statuses in which the text can no longer be edited. */
const LOCKED: readonly DraftStatus[] = ["已签发", "已答复"];

/** Every action type, for tables and tests. */
export const ACTION_TYPES: readonly WorkflowActionType[] = [
  "submit",
  "return",
  "approve",
  "sign",
  "markReplied",
  "edit",
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail(message: string, refusal: Refusal = "input"): TransitionResult {
  return { ok: false, message, refusal };
}

function ruleCheck(rule: Rule, state: WorkflowState, actor: Actor): TransitionResult | null {
  const who = rule.roles.join("或");
  const from = rule.from.map((s) => `「${s}」`).join("或");
  if (!rule.roles.includes(actor.role)) {
    return fail(`只有${who}可以${rule.label}，您当前的身份是${actor.role}。如需切换身份，请在设置中修改。`, "role");
  }
  if (!rule.from.includes(state.status)) {
    return fail(
      `文稿当前为「${state.status}」，不能${rule.label}：只有${from}状态的文稿可以由${who}${rule.label}。`,
      "status",
    );
  }
  return null;
}

/** Applies an action to a state: the new status and the effects to carry out, or why it is refused. */
export function transition(state: WorkflowState, action: WorkflowAction, actor: Actor): TransitionResult {
  if (action.type === "edit") return editTransition(state);
  const refused = ruleCheck(TRANSITION_RULES[action.type], state, actor);
  if (refused) return refused;
  switch (action.type) {
    case "submit":
      return { ok: true, status: "待审核", effects: [{ kind: "snapshotVersion", reason: "submit" }] };
    case "return": {
      if (action.reasons.length === 0) return fail("退回时请至少选择一项退回原因（如答非所问、数据无出处）。");
      if (action.reasons.includes("其他") && action.text.trim() === "") {
        return fail("选择了「其他」原因，请在说明中写明具体问题。");
      }
      return { ok: true, status: "退回修改", effects: [] };
    }
    case "approve": {
      if (state.submittedHash === null) return fail("找不到提交审核的版本，请拟稿人重新提交。");
      if (action.versionHash !== state.submittedHash) {
        return fail("您审阅的不是最新提交的版本（拟稿人已重新提交），请刷新后重新审阅。");
      }
      if (state.contentHash !== state.submittedHash) {
        return fail("提交审核后文稿又被修改，与提交的版本不一致，请退回拟稿人重新提交。");
      }
      return { ok: true, status: "已审核", effects: [{ kind: "bindApproval", hash: state.submittedHash }] };
    }
    case "sign":
      return signTransition(state, action);
    case "markReplied": {
      if (!ISO_DATE.test(action.replyDate)) return fail("请填写答复日期（格式 YYYY-MM-DD）。");
      return { ok: true, status: "已答复", effects: [{ kind: "recordReplyDate", replyDate: action.replyDate }] };
    }
  }
}

function signTransition(state: WorkflowState, action: Extract<WorkflowAction, { type: "sign" }>): TransitionResult {
  if (action.docNumber.trim() === "") return fail("请先分配发文字号再签发。");
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
    effects: [
      { kind: "setSignOff", docNumber, signer, signDate },
      { kind: "snapshotVersion", reason: "sign" },
    ],
  };
}

function editTransition(state: WorkflowState): TransitionResult {
  if (LOCKED.includes(state.status)) {
    return fail(`文稿已「${state.status}」，正文不能再修改。如确需改动，请另建文稿。`, "status");
  }
  if (state.status === "已审核" || state.status === "待审核") {
    return { ok: true, status: "草稿", effects: [{ kind: "dropApproval" }] };
  }
  return { ok: true, status: state.status, effects: [] };
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

/** True when the listed draft is waiting for someone with the given role. */
export function isWaitingForMe(summary: Pick<DraftSummary, "status" | "trashedAt">, role: UserRole): boolean {
  return summary.trashedAt === null && waitingFor(summary.status) === role;
}
