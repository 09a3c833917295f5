// The rulebook for 办理 actions after the letter (contacts, satisfaction, 重办, 公开, 统计): rules as data.
// Kept apart from status-machine.ts so the two can be folded together later; the checks answer the same way.
import type { Disclosure, DraftStatus } from "../model/draft";
import type { UserRole } from "../model/settings";
import { rolesOf, type Actor, type Refusal } from "./status-machine";

/** The 办理 actions a person can take. */
export type HandlingActionType =
  | "recordContact"
  | "removeContact"
  | "recordSatisfaction"
  | "reopen"
  | "markPublished"
  | "exportPublication"
  | "setItemFacts"
  | "configureHandling"
  | "draftSummary";

interface HandlingRule {
  readonly label: string;
  readonly roles: readonly UserRole[];
  /** Statuses the draft must be in; null means any (or no draft, for folder-wide actions). */
  readonly from: readonly DraftStatus[] | null;
}

/** Who may take each 办理 action, from which statuses; the 管理员 maintains the holiday list and local numbers. */
export const HANDLING_RULES: Readonly<Record<HandlingActionType, HandlingRule>> = {
  recordContact: { label: "登记沟通记录", roles: ["拟稿人", "文书"], from: null },
  removeContact: { label: "删除沟通记录", roles: ["拟稿人", "文书"], from: null },
  recordSatisfaction: { label: "登记满意度", roles: ["文书", "拟稿人"], from: ["已答复"] },
  reopen: { label: "重办", roles: ["文书", "拟稿人"], from: ["已答复"] },
  markPublished: { label: "登记已公开", roles: ["文书"], from: ["已答复"] },
  exportPublication: { label: "导出公开版", roles: ["文书", "拟稿人", "审核人"], from: ["已答复"] },
  setItemFacts: { label: "修改办理属性（重点、协办）", roles: ["拟稿人", "文书"], from: null },
  configureHandling: { label: "维护办理规则和节假日", roles: ["管理员"], from: null },
  draftSummary: { label: "起草年度办理工作总结", roles: ["拟稿人", "文书"], from: null },
};

/** What the 办理 checks need to know about the draft beyond its status. */
export interface HandlingState {
  readonly status: DraftStatus | null;
  readonly disclosure: Disclosure | null;
  /** Latest satisfaction level recorded on this draft. */
  readonly satisfaction: "满意" | "基本满意" | "不满意" | null;
  /** Id of the 重办 draft already opened from this one. */
  readonly reopenedAs: string | null;
}

/** Yes, or no with the Chinese reason and its kind. */
export type HandlingDecision =
  { readonly ok: true } | { readonly ok: false; readonly message: string; readonly refusal: Refusal };

function no(message: string, refusal: Refusal): HandlingDecision {
  return { ok: false, message, refusal };
}

/** May this person take this 办理 action on this draft now? */
export function mayHandle(action: HandlingActionType, state: HandlingState, actor: Actor | null): HandlingDecision {
  const rule = HANDLING_RULES[action];
  const who = rule.roles.join("或");
  // Like every step of the review chain, 办理 actions are signed by the person taking them.
  if (!actor || !actor.personId) {
    return no(`${rule.label}需要先登录：请以本人账号登录后再操作（每一步都以本人签名记入审计记录）。`, "signin");
  }
  if (!rule.roles.some((r) => rolesOf(actor).includes(r))) {
    const mine = rolesOf(actor).join("、") || "无";
    return no(`只有${who}可以${rule.label}，您的角色是${mine}。请由${who}登录后操作。`, "role");
  }
  if (rule.from !== null && (state.status === null || !rule.from.includes(state.status))) {
    const from = rule.from.map((s) => `「${s}」`).join("或");
    return no(
      `文稿当前为「${state.status ?? "无"}」，不能${rule.label}：只有${from}的文稿可以${rule.label}。`,
      "status",
    );
  }
  switch (action) {
    case "recordSatisfaction":
      if (state.reopenedAs !== null) {
        return no("本件已因不满意转入重办，请在重办的答复函上登记新的征询意见。", "status");
      }
      return { ok: true };
    case "reopen":
      if (state.reopenedAs !== null) return no("本件已经开始重办，不能重复重办。", "status");
      if (state.satisfaction !== "不满意") return no("只有征询意见为「不满意」的答复才能重办。", "status");
      return { ok: true };
    case "markPublished":
    case "exportPublication":
      if (state.disclosure === "不予公开") return no("公开属性为「不予公开」，不能公开。", "status");
      return { ok: true };
    default:
      return { ok: true };
  }
}
