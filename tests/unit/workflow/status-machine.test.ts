import { describe, expect, it } from "vitest";
import { DraftStatus } from "../../../shared/model/draft";
import { UserRole } from "../../../shared/model/settings";
import {
  ACTION_TYPES,
  mayTake,
  type Actor,
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

type Ruled = Exclude<WorkflowActionType, "edit">;

// Written out by hand from DOMAIN.md §3 and issue 11, independent of the rule table in the code: who may take each
// action (null: anyone signed in), from which statuses (null: any), and where it leads (null: stays).
const LEGAL: Record<Ruled, { role: UserRole | null; from: DraftStatus[] | null; to: DraftStatus | null }> = {
  submit: { role: "拟稿人", from: ["草稿", "退回修改"], to: "待审核" },
  return: { role: "审核人", from: ["待审核"], to: "退回修改" },
  approve: { role: "审核人", from: ["待审核"], to: "已审核" },
  allocateNumber: { role: "文书", from: ["已审核"], to: null },
  cancelNumber: { role: "文书", from: null, to: null },
  sign: { role: "签发人", from: ["已审核"], to: "已签发" },
  formalExport: { role: "文书", from: ["已签发", "已答复"], to: null },
  markReplied: { role: "文书", from: ["已签发"], to: "已答复" },
  comment: { role: null, from: null, to: null },
  importExchange: { role: null, from: null, to: null },
  restore: { role: null, from: ["草稿", "退回修改", "待审核", "已审核"], to: null },
};

function goodAction(type: WorkflowActionType): WorkflowAction {
  switch (type) {
    case "return":
      return { type, reasons: ["数据无出处"], text: "第二段数字请注明来源" };
    case "approve":
      return { type, versionHash: H };
    case "sign":
      return { type, docNumber: "惠科工函〔2026〕12号", signer: "局长", signDate: "2026-04-18" };
    case "markReplied":
      return { type, replyDate: "2026-04-25" };
    default:
      return { type } as WorkflowAction;
  }
}

function state(status: DraftStatus, over: Partial<WorkflowState> = {}): WorkflowState {
  return {
    status,
    submittedHash: H,
    contentHash: H,
    approvedHash: H,
    letterDate: "2026-04-20",
    signedHash: H,
    heldNumber: "惠科工函〔2026〕12号",
    submittedBy: "p0000000000000001",
    ...over,
  };
}

/** A signed-in person holding one role (a different person from the submitter). */
function person(role: UserRole): Actor {
  return { name: "某人", role, roles: [role], personId: "p00000000000000ff" };
}

/** One row of the truth table: what the rulebook answers. Exported so the app/CLI parity test reuses it. */
export const TRUTH_CASES = DraftStatus.options.flatMap((status) =>
  ACTION_TYPES.filter((a): a is Ruled => a !== "edit").flatMap((action) =>
    UserRole.options.map((role) => ({ status, action, role })),
  ),
);

describe("rulebook truth table: every action × role × status", () => {
  it.each(TRUTH_CASES)("$action by $role from $status", ({ status, action, role }) => {
    const rule = LEGAL[action];
    const result = transition(state(status), goodAction(action), person(role));
    const roleOk = rule.role === null || rule.role === role;
    const statusOk = rule.from === null || rule.from.includes(status);
    if (roleOk && statusOk) {
      expect(result).toMatchObject({ ok: true, status: rule.to ?? status });
    } else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      if (!roleOk) {
        expect(result.refusal).toBe("role");
        expect(result.message).toContain(`只有${rule.role}`);
        expect(result.message).toContain(role);
      } else {
        expect(result.refusal).toBe("status");
        expect(result.message).toContain(`「${status}」`);
      }
    }
  });
  it("covers 6 statuses × 11 actions × 5 roles", () => expect(TRUTH_CASES).toHaveLength(330));

  it("refuses every signed action to nobody signed in, and to an actor without a key", () => {
    for (const action of ACTION_TYPES.filter((a): a is Ruled => a !== "edit" && a !== "restore")) {
      const anon = transition(state("已审核"), goodAction(action), null);
      expect(anon).toMatchObject({ ok: false, refusal: "signin" });
      const unsigned = transition(state("已审核"), goodAction(action), { name: "冒名", role: "审核人" });
      expect(unsigned).toMatchObject({ ok: false, refusal: "signin" });
    }
  });

  it("separation of duties: the submitter cannot approve their own draft unless the 管理员 turned it off", () => {
    const both: Actor = { name: "一人", role: "拟稿人", roles: ["拟稿人", "审核人"], personId: "p0000000000000001" };
    const own = transition(state("待审核"), goodAction("approve"), both);
    expect(own).toMatchObject({ ok: false, refusal: "policy" });
    expect(!own.ok && own.message).toContain("不能是同一人");
    expect(transition(state("待审核", { separationOfDuties: false }), goodAction("approve"), both).ok).toBe(true);
    expect(transition(state("待审核"), goodAction("approve"), { ...both, personId: "p0000000000000002" }).ok).toBe(
      true,
    );
  });

  it("formal export needs a verified 签发 bound to exactly this text", () => {
    const clerk = person("文书");
    expect(transition(state("已签发"), goodAction("formalExport"), clerk).ok).toBe(true);
    const forged = transition(state("已签发", { signedHash: null }), goodAction("formalExport"), clerk);
    expect(forged).toMatchObject({ ok: false });
    const swapped = transition(state("已签发", { contentHash: OTHER }), goodAction("formalExport"), clerk);
    expect(swapped).toMatchObject({ ok: false });
  });

  it("a person holding several roles acts in the one the action needs", () => {
    const clerkSigner: Actor = { name: "一人", role: "文书", roles: ["文书", "签发人"], personId: "p0000000000000003" };
    expect(transition(state("已审核"), goodAction("sign"), clerkSigner)).toMatchObject({ ok: true, role: "签发人" });
    expect(mayTake(state("已审核"), "allocateNumber", clerkSigner)).toMatchObject({ ok: true, role: "文书" });
  });
});

describe("status machine: inputs that matter", () => {
  const reviewer = person("审核人");
  const clerk = person("文书");
  const signer = person("签发人");

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
    expect(ok).toEqual({ ok: true, status: "已审核", role: "审核人", effects: [{ kind: "bindApproval", hash: H }] });
  });

  it("sign needs number, 签发人, 签发日期 ≤ 成文日期 and the approved content", () => {
    const sign = (over: Partial<Extract<WorkflowAction, { type: "sign" }>>, st = state("已审核")) =>
      transition(
        { ...st, heldNumber: "惠科工函〔2026〕1号" },
        { type: "sign", docNumber: "惠科工函〔2026〕1号", signer: "局长", signDate: "2026-04-20", ...over },
        signer,
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
  const officer = person("拟稿人");
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
    expect(isWaitingForMe(row, ["拟稿人", "审核人"])).toBe(true);
    expect(isWaitingForMe(row, "拟稿人")).toBe(false);
    expect(isWaitingForMe({ ...row, trashedAt: "2026-01-01T00:00:00Z" }, "审核人")).toBe(false);
  });
});
