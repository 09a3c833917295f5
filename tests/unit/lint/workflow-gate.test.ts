// 提交审核 is refused while 格式审查 reports errors (a Chinese message listing the rules, nothing written); warnings can
// be acknowledged with a reason through the contract, and the acknowledgement lands in the draft's audit trail.
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../../electron/main/dispatch";
import { buildHandlers } from "../../../electron/main/handlers";
import type { HandlerContext } from "../../../electron/main/handlers/context";
import { folderPorts } from "../../../electron/main/handlers/host-ports";
import { openHandlerContext } from "../../../electron/main/host";
import { lintDraft } from "../../../shared/lint";
import { ACKNOWLEDGE_ACTION, acknowledgementOf } from "../../../shared/lint/acknowledgement";
import type { Draft } from "../../../shared/model/draft";
import type { AuditEntry } from "../../../shared/workflow/schemas";
import { tempDir } from "../foundation/helpers";
import { OFFICER, SUPERVISOR, seedRoster, signInAs } from "../workflow/helpers";

let dir: string;
let cleanup: () => Promise<void>;
let ctx: HandlerContext;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-lint-gate-"));
  ctx = await openHandlerContext({
    dataDir: path.join(dir, "data"),
    ports: folderPorts(path.join(dir, "out"), async (target) => target),
  });
  await seedRoster(ctx);
  await signInAs(ctx, OFFICER);
});
afterEach(async () => {
  await ctx.close();
  await cleanup();
});

interface Failure {
  readonly code: string;
  readonly message: string;
}

async function call<T>(name: string, input: unknown): Promise<T> {
  const env = await dispatch(buildHandlers(ctx), name, input);
  if (!env.ok) throw Object.assign(new Error(env.error.message), { code: env.error.code });
  return env.value as T;
}

async function refusal(name: string, input: unknown): Promise<Failure> {
  const env = await dispatch(buildHandlers(ctx), name, input);
  if (env.ok) throw new Error(`${name} should have been refused`);
  return env.error;
}

/** The sample letter (clean for 提交审核) with `change` applied and saved. */
async function sample(change: (d: Draft) => Draft = (d) => d): Promise<Draft> {
  const created = await call<Draft>("createSampleDraft", {});
  await ctx.store.save(change(created), created.revision);
  return ctx.store.get(created.id);
}

const today = (): string => {
  const n = new Date();
  return `${n.getFullYear()}-${String(n.getMonth() + 1).padStart(2, "0")}-${String(n.getDate()).padStart(2, "0")}`;
};

async function trail(id: string): Promise<AuditEntry[]> {
  return (await call<{ entries: AuditEntry[] }>("auditTrail", { id })).entries;
}

describe("提交审核 lint guard", () => {
  it("refuses a draft with errors, listing each blocking rule in Chinese, and changes nothing", async () => {
    const d = await sample((x) => ({
      ...x,
      record: { ...x.record, category: null },
      letter: { ...x.letter, opening: x.letter.opening.replace(/答复如下[：:]/, "答复：") },
    }));
    const err = await refusal("submitDraft", { id: d.id, baseRevision: d.revision });
    expect(err.code).toBe("INVALID_STATE");
    expect(err.message).toContain("不能提交审核");
    expect(err.message).toMatch(/R10 未标注办理结果分类/);
    expect(err.message).toMatch(/R04 .*答复如下/);
    const after = await ctx.store.get(d.id);
    expect(after.status).toBe("草稿");
    expect(after.revision).toBe(d.revision);
    expect(await call<unknown[]>("listVersions", { id: d.id })).toEqual([]);
    expect((await trail(d.id)).filter((e) => e.action === "submit")).toEqual([]);
  });

  it("lets a clean draft through, and warnings do not block", async () => {
    // A money figure without 元 is a warning (R16): it must not stop 提交审核.
    const d = await sample((x) => ({
      ...x,
      letter: { ...x.letter, closing: [...x.letter.closing, "投入近7000万。"] },
    }));
    const findings = lintDraft({ draft: d, settings: ctx.settings.get(), today: today(), purpose: "submit" });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.some((f) => f.rule === "R16" && f.severity === "warning")).toBe(true);
    const v = await call<{ n: number }>("submitDraft", { id: d.id, baseRevision: d.revision });
    expect(v.n).toBe(1);
    expect((await ctx.store.get(d.id)).status).toBe("待审核");
  });

  it("leaves role and revision refusals to the status machine", async () => {
    const d = await sample((x) => ({ ...x, record: { ...x.record, category: null } }));
    const stale = await refusal("submitDraft", { id: d.id, baseRevision: d.revision - 1 });
    expect(stale.code).toBe("CONFLICT");
    await signInAs(ctx, SUPERVISOR);
    const role = await refusal("submitDraft", { id: d.id });
    expect(role.code).toBe("FORBIDDEN");
  });
});

describe("acknowledgeFinding", () => {
  it("records a warning's acknowledgement with its reason in the verified audit trail", async () => {
    const d = await sample((x) => ({
      ...x,
      letter: { ...x.letter, closing: [...x.letter.closing, "投入近7000万。"] },
    }));
    const warning = lintDraft({ draft: d, settings: ctx.settings.get(), today: today() }).find(
      (f) => f.rule === "R16" && f.severity === "warning",
    );
    expect(warning).toBeDefined();
    const entry = await call<AuditEntry>("acknowledgeFinding", {
      id: d.id,
      rule: "R16",
      message: warning?.message,
      reason: "  原文即如此表述，单位为人民币元，已与提案人确认  ",
    });
    expect(entry.action).toBe(ACKNOWLEDGE_ACTION);
    expect(acknowledgementOf(entry)?.reason).toBe("原文即如此表述，单位为人民币元，已与提案人确认");
    expect(entry.actor).toEqual({ name: OFFICER.name, role: "拟稿人" });
    expect(entry.details).toMatchObject({
      rule: "R16",
      message: warning?.message,
      reason: "原文即如此表述，单位为人民币元，已与提案人确认",
    });
    const read = await call<{ entries: AuditEntry[]; verification: { ok: boolean } }>("auditTrail", { id: d.id });
    expect(read.verification.ok).toBe(true);
    expect(read.entries.at(-1)?.hash).toBe(entry.hash);
    // The draft itself is untouched: an acknowledgement is a note, not an edit.
    expect((await ctx.store.get(d.id)).revision).toBe(d.revision);
  });

  it("refuses an error, an empty reason and an unknown rule, writing nothing", async () => {
    const d = await sample((x) => ({ ...x, record: { ...x.record, category: null } }));
    const error = lintDraft({ draft: d, settings: ctx.settings.get(), today: today() }).find((f) => f.rule === "R10");
    expect(error?.severity).toBe("error");
    const before = await trail(d.id);
    const asError = await refusal("acknowledgeFinding", {
      id: d.id,
      rule: "R10",
      message: error?.message,
      reason: "x",
    });
    expect(asError).toEqual({ code: "BAD_INPUT", message: "R10 是错误，不能确认忽略，请改正后再提交。" });
    const empty = await refusal("acknowledgeFinding", { id: d.id, rule: "R16", message: "m", reason: "   " });
    expect(empty.code).toBe("BAD_INPUT");
    expect(empty.message).toContain("请填写确认理由");
    const unknown = await refusal("acknowledgeFinding", { id: d.id, rule: "R29", message: "m", reason: "r" });
    expect(unknown.code).toBe("BAD_INPUT");
    const missing = await refusal("acknowledgeFinding", { id: "no-such", rule: "R16", message: "m", reason: "r" });
    expect(missing.code).toBe("NOT_FOUND");
    expect(await trail(d.id)).toEqual(before);
  });
});
