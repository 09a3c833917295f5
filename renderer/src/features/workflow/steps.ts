// The workflow steps each role takes, and why a step is not open right now (role and status only).
import type { DraftStatus } from "../../../../shared/model/draft";
import type { UserRole } from "../../../../shared/model/settings";
import {
  transition,
  waitingFor,
  type WorkflowAction,
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

/** The steps of each role, in the order they are taken. */
export const ROLE_STEPS: Readonly<Record<UserRole, readonly StepId[]>> = {
  拟稿人: ["submit"],
  审核人: ["approve", "return"],
  文书: ["allocate", "sign", "formalExport", "markReplied"],
};

// Probe inputs: valid enough that only the role and status rules of the machine can refuse them.
const PROBE_HASH = "0".repeat(64);
const PROBE_STATE: Omit<WorkflowState, "status"> = {
  submittedHash: PROBE_HASH,
  contentHash: PROBE_HASH,
  approvedHash: PROBE_HASH,
  letterDate: "9999-12-31",
};
const PROBES: Readonly<Record<Exclude<WorkflowActionType, "edit">, WorkflowAction>> = {
  submit: { type: "submit" },
  return: { type: "return", reasons: ["其他"], text: "probe" },
  approve: { type: "approve", versionHash: PROBE_HASH },
  sign: { type: "sign", docNumber: "probe", signer: "probe", signDate: "2000-01-01" },
  markReplied: { type: "markReplied", replyDate: "2000-01-01" },
};

/** Statuses in which a letter may be exported formally (with the seal). */
const SEALABLE: readonly DraftStatus[] = ["已签发", "已答复"];

/**
 * Why `role` may not take `step` while the draft is in `status`, in the words of the status machine; null
 * when the step is open (input checks such as missing dates are left to the step's own form and the server).
 */
export function stepRefusal(step: StepId, status: DraftStatus, role: UserRole): string | null {
  switch (step) {
    case "allocate":
      if (role !== "文书") return `只有文书可以分配发文字号，您当前的身份是${role}。`;
      return status === "已审核" ? null : `文稿当前为「${status}」，审核通过（已审核）后才能分配发文字号。`;
    case "formalExport":
      return SEALABLE.includes(status) ? null : `正式导出（盖章）仅限已签发或已答复的文稿，当前为「${status}」。`;
    default: {
      const t = transition({ status, ...PROBE_STATE }, PROBES[step], { name: "", role });
      return t.ok || t.refusal === "input" ? null : t.message;
    }
  }
}

/** Who the draft waits for, as a sentence for the bar. */
export function waitingText(status: DraftStatus, role: UserRole): string {
  const who = waitingFor(status);
  if (who === null) return "流程已完成。";
  const what: Readonly<Record<DraftStatus, string>> = {
    草稿: "等待拟稿人提交审核",
    退回修改: "等待拟稿人修改后重新提交",
    待审核: "等待审核人审核",
    已审核: "等待文书分配字号并签发",
    已签发: "等待文书正式导出并标记已答复",
    已答复: "流程已完成",
  };
  return `${what[status]}${who === role ? "（待我处理）" : ""}。`;
}
