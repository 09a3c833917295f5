// The workflow steps of the bar, and why a step is not open right now — asked of the rulebook, never re-derived.
import type { DraftStatus } from "../../../../shared/model/draft";
import type { UserRole } from "../../../../shared/model/settings";
import {
  mayTake,
  waitingFor,
  type Actor,
  type WorkflowActionType,
  type WorkflowState,
} from "../../../../shared/workflow/status-machine";

/** A step a person takes in the workflow bar. */
export type StepId = "submit" | "approve" | "return" | "allocate" | "sign" | "formalExport" | "markReplied";

/** Button text of each step. */
export const STEP_LABEL: Readonly<Record<StepId, string>> = {
  submit: "提交审核",
  approve: "审核通过",
  return: "退回修改",
  allocate: "分配发文字号",
  sign: "签发",
  formalExport: "正式导出（盖章）",
  markReplied: "标记已答复",
};

/** The rulebook's action behind each step. */
const ACTION_OF: Readonly<Record<StepId, WorkflowActionType>> = {
  submit: "submit",
  approve: "approve",
  return: "return",
  allocate: "allocateNumber",
  sign: "sign",
  formalExport: "formalExport",
  markReplied: "markReplied",
};

/** The steps of each role, in the order they are taken. */
export const ROLE_STEPS: Readonly<Record<UserRole, readonly StepId[]>> = {
  拟稿人: ["submit"],
  审核人: ["approve", "return"],
  签发人: ["sign"],
  文书: ["allocate", "formalExport", "markReplied"],
  管理员: [],
};

/** The steps a person holding these roles takes, in workflow order. */
export function stepsFor(roles: readonly UserRole[]): StepId[] {
  const order: StepId[] = ["submit", "approve", "return", "allocate", "sign", "formalExport", "markReplied"];
  return order.filter((s) => roles.some((r) => ROLE_STEPS[r].includes(s)));
}

/**
 * Why `actor` may not take `step` on a draft in `state`, in the rulebook's words; null when the step is open
 * (input checks such as missing dates are left to the step's own form and to main).
 */
export function stepRefusal(step: StepId, state: WorkflowState, actor: Actor | null): string | null {
  const may = mayTake(state, ACTION_OF[step], actor);
  return may.ok ? null : may.message;
}

/** A state for the rulebook from what the page knows (main re-checks everything with the verified chain). */
export function pageState(status: DraftStatus, facts: Partial<WorkflowState> = {}): WorkflowState {
  return {
    status,
    submittedHash: null,
    contentHash: "",
    approvedHash: null,
    letterDate: null,
    ...facts,
  };
}

/** Who the draft waits for, as a sentence for the bar. */
export function waitingText(status: DraftStatus, roles: readonly UserRole[]): string {
  const who = waitingFor(status);
  if (who === null) return "流程已完成。";
  const what: Readonly<Record<DraftStatus, string>> = {
    草稿: "等待拟稿人提交审核",
    退回修改: "等待拟稿人修改后重新提交",
    待审核: "等待审核人审核",
    已审核: "等待文书分配字号、签发人签发",
    已签发: "等待文书正式导出并标记已答复",
    已答复: "流程已完成",
  };
  return `${what[status]}${roles.includes(who) ? "（待我处理）" : ""}。`;
}
