import { describe, expect, it } from "vitest";
import { DraftStatus } from "../../../shared/model/draft";
import { UserRole } from "../../../shared/model/settings";
import {
  ACTION_TYPES,
  editNeedsWarning,
  editPolicy,
  editWarning,
  isWaitingForMe,
  transition,
  waitingFor,
  type WorkflowAction,
  type WorkflowActionType,
  type WorkflowState,
} from "../../../shared/workflow/status-machine";

const H = "a".repeat(64);
const OTHER = "b".repeat(64);

// Written out by hand from DOMAIN.md §3 / issue 5, independent of the rule table in the code.
const LEGAL: Record<Exclude<WorkflowActionType, "edit">, { role: UserRole; from: DraftStatus[]; to: DraftStatus }> = {
  submit: { role: "拟稿人", from: ["草稿", "退回修改"], to: "待审核" },
  return: { role: "审核人", from: ["待审核"], to: "退回修改" },
  approve: { role: "审核人", from: ["待审核"], to: "已审核" },
  sign: { role: "文书", from: ["已审核"], to: "已签发" },
  markReplied: { role: "文书", from: ["已签发"], to: "已答复" },
};

function goodAction(type: WorkflowActionType): WorkflowAction {
  switch (type) {
    case "submit":
      return { type };
    case "return":
      return { type, reasons: ["数据无出处"], text: "第二段数字请注明来源" };
    case "approve":
      return { type, versionHash: H };
    case "sign":
      return { type, docNumber: "惠科工函〔2026〕12号", signer: "局长", signDate: "2026-04-18" };
    case "markReplied":
      return { type, replyDate: "2026-04-25" };
    case "edit":
      return { type };
  }
}

function state(status: DraftStatus, over: Partial<WorkflowState> = {}): WorkflowState {
  return { status, submittedHash: H, contentHash: H, approvedHash: H, letterDate: "2026-04-20", ...over };
}

describe("status machine: every status × action × role", () => {
  const cases = DraftStatus.options.flatMap((status) =>
    ACTION_TYPES.filter((a) => a !== "edit").flatMap((action) =>
      UserRole.options.map((role) => ({ status, action, role })),
    ),
  );
  it.each(cases)("$action by $role from $status", ({ status, action, role }) => {
    const rule = LEGAL[action as Exclude<WorkflowActionType, "edit">];
    const result = transition(state(status), goodAction(action), { name: "某人", role });
    const legal = rule.role === role && rule.from.includes(status);
    if (legal) {
      expect(result).toMatchObject({ ok: true, status: rule.to });
    } else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      // The message says who may do it (or which status), in Chinese.
      if (rule.role !== role) {
        expect(result.refusal).toBe("role");
        expect(result.message).toContain(`只有${rule.role}`);
        expect(result.message).toContain(role);
      } else {
        expect(result.refusal).toBe("status");
        expect(result.message).toContain(`「${status}」`);
        for (const from of rule.from) expect(result.message).toContain(`「${from}」`);
      }
    }
  });
  it("covers 6 statuses × 5 actions × 3 roles", () => expect(cases).toHaveLength(90));
});

describe("status machine: inputs that matter", () => {
  const reviewer = { name: "李", role: "审核人" } as const;
  const clerk = { name: "王", role: "文书" } as const;

  it("return needs at least one reason, and 其他 needs text", () => {
    const none = transition(state("待审核"), { type: "return", reasons: [], text: "x" }, reviewer);
    expect(none).toMatchObject({ ok: false, refusal: "input" });
    const other = transition(state("待审核"), { type: "return", reasons: ["其他"], text: "  " }, reviewer);
    expect(other.ok).toBe(false);
    expect(!other.ok && other.message).toContain("其他");
    expect(
      transition(state("待审核"), { type: "return", reasons: ["其他"], text: "请补充面商情况" }, reviewer).ok,
    ).toBe(true);
  });

  it("approval binds to the submitted version's hash", () => {
    const stale = transition(state("待审核"), { type: "approve", versionHash: OTHER }, reviewer);
    expect(stale.ok).toBe(false);
    const editedAfterSubmit = transition(
      state("待审核", { contentHash: OTHER }),
      { type: "approve", versionHash: H },
      reviewer,
    );
    expect(editedAfterSubmit.ok).toBe(false);
    const ok = transition(state("待审核"), { type: "approve", versionHash: H }, reviewer);
    expect(ok).toEqual({ ok: true, status: "已审核", effects: [{ kind: "bindApproval", hash: H }] });
  });

  it("sign needs number, 签发人, 签发日期 ≤ 成文日期 and the approved content", () => {
    const sign = (over: Partial<Extract<WorkflowAction, { type: "sign" }>>, st = state("已审核")) =>
      transition(
        st,
        { type: "sign", docNumber: "惠科工函〔2026〕1号", signer: "局长", signDate: "2026-04-20", ...over },
        clerk,
      );
    expect(sign({}).ok).toBe(true);
    expect(sign({ docNumber: "" }).ok).toBe(false);
    expect(sign({ signer: " " }).ok).toBe(false);
    const late = sign({ signDate: "2026-04-21" });
    expect(!late.ok && late.message).toContain("不能晚于成文日期");
    expect(sign({}, state("已审核", { letterDate: null })).ok).toBe(false);
    const changed = sign({}, state("已审核", { contentHash: OTHER }));
    expect(!changed.ok && changed.message).toContain("不一致");
  });

  it("markReplied records a valid 答复日期", () => {
    expect(transition(state("已签发"), { type: "markReplied", replyDate: "2026/4/25" }, clerk).ok).toBe(false);
    expect(transition(state("已签发"), { type: "markReplied", replyDate: "2026-04-25" }, clerk)).toMatchObject({
      ok: true,
      status: "已答复",
      effects: [{ kind: "recordReplyDate", replyDate: "2026-04-25" }],
    });
  });
});

describe("editing", () => {
  const officer = { name: "张", role: "拟稿人" } as const;
  it.each([
    ["草稿", "free", "草稿"],
    ["退回修改", "free", "退回修改"],
    ["待审核", "warn", "草稿"],
    ["已审核", "warn", "草稿"],
    ["已签发", "locked", null],
    ["已答复", "locked", null],
  ] as const)("%s: %s", (status, policy, after) => {
    expect(editPolicy(status)).toBe(policy);
    expect(editNeedsWarning(status)).toBe(policy === "warn");
    expect(editWarning(status) === null).toBe(policy === "free");
    const t = transition(state(status), { type: "edit" }, officer);
    if (after === null) expect(t.ok).toBe(false);
    else expect(t).toMatchObject({ ok: true, status: after });
  });
});

describe("waiting for", () => {
  it("names the role whose turn it is", () => {
    expect(DraftStatus.options.map((s) => waitingFor(s))).toEqual(["拟稿人", "审核人", "拟稿人", "文书", "文书", null]);
    const row = { status: "待审核", trashedAt: null } as const;
    expect(isWaitingForMe(row, "审核人")).toBe(true);
    expect(isWaitingForMe(row, "拟稿人")).toBe(false);
    expect(isWaitingForMe({ ...row, trashedAt: "2026-01-01T00:00:00Z" }, "审核人")).toBe(false);
  });
});
