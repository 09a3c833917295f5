// One contract for every storage adapter: the same tests run against the data folder and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppError } from "../../../shared/api/errors";
import { templateFromDraft } from "../../../shared/letter";
import type { AuditEntry } from "../../../shared/workflow/schemas";
import type { Actor } from "../../../shared/workflow/status-machine";
import { AUDIT_GENESIS, auditEntryHash } from "../../../electron/main/services/workflow/audit";
import type { AuditHead, Repositories } from "../../../electron/main/storage/ports";
import { makeDraft } from "../foundation/helpers";

/** An adapter under test: opens fresh, empty repositories; `cleanup` removes everything. */
export interface AdapterUnderTest {
  readonly repos: Repositories;
  readonly cleanup: () => Promise<void>;
}

const CLERK: Actor = { name: "王文书", role: "文书" };
const OFFICER: Actor = { name: "张拟稿", role: "拟稿人" };

/** The error code a promise rejects with. */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return (err as AppError).code ?? String(err);
  }
  return "RESOLVED";
}

/** Builds the next audit entry from a head (what the workflow service does, unsigned). */
export function nextEntry(action: string, head: AuditHead | null, time = new Date().toISOString()): AuditEntry {
  const body = {
    seq: (head?.seq ?? 0) + 1,
    time,
    actor: { name: OFFICER.name, role: OFFICER.role },
    action,
    version: null,
    details: { note: action },
    importedFrom: null,
    prevHash: head?.hash ?? AUDIT_GENESIS,
  };
  return { ...body, hash: auditEntryHash(body) };
}

/** Registers the contract tests for one adapter. */
export function describeRepositoryContract(name: string, open: () => Promise<AdapterUnderTest>): void {
  describe(`storage contract: ${name}`, () => {
    let a: AdapterUnderTest;
    let r: Repositories;
    beforeEach(async () => {
      a = await open();
      r = a.repos;
    }, 120_000);
    afterEach(async () => {
      await a.cleanup();
    }, 60_000);

    it("creates, reads and saves drafts; a stale base revision is a conflict that writes nothing", async () => {
      const created = await r.drafts.create(makeDraft("关于加快中小企业发展的提案"));
      expect(created.revision).toBe(1);
      expect((await r.drafts.get(created.id)).record.proposalTitle).toBe("关于加快中小企业发展的提案");
      const edited = { ...created, record: { ...created.record, proposalTitle: "第二稿" } };
      expect((await r.drafts.save(edited, 1)).revision).toBe(2);
      const stale = { ...created, record: { ...created.record, proposalTitle: "过时的修改" } };
      expect(await codeOf(r.drafts.save(stale, 1))).toBe("CONFLICT");
      const stored = await r.drafts.get(created.id);
      expect(stored.revision).toBe(2);
      expect(stored.record.proposalTitle).toBe("第二稿");
      expect(await codeOf(r.drafts.get("nosuchdraft"))).toBe("NOT_FOUND");
      expect(await codeOf(r.drafts.create(makeDraftWithId(created.id)))).toBe("CONFLICT");
    });

    it("refuses a draft that does not validate and keeps the stored one", async () => {
      const created = await r.drafts.create(makeDraft());
      const broken = { ...created, record: { ...created.record, channel: "不存在" } } as unknown as typeof created;
      expect(await codeOf(r.drafts.save(broken, 1))).toBe("BAD_INPUT");
      const stored = await r.drafts.get(created.id);
      expect(stored.revision).toBe(1);
      expect(stored.record.channel).toBe("提案");
    });

    it("lets exactly one of ten simultaneous saves on the same revision win", async () => {
      const d = await r.drafts.create(makeDraft());
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          r.drafts.save({ ...d, record: { ...d.record, proposalTitle: `并发修改${i}` } }, 1),
        ),
      );
      expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
      const refused = results.filter((x): x is PromiseRejectedResult => x.status === "rejected");
      expect(refused.map((x) => (x.reason as AppError).code)).toEqual(Array(9).fill("CONFLICT"));
      expect((await r.drafts.get(d.id)).revision).toBe(2);
    });

    it("moves drafts to the 回收站 and back; a trashed draft cannot be saved", async () => {
      const d = await r.drafts.create(makeDraft("关于回收站的提案"));
      await r.drafts.create(makeDraft("关于别的事项的提案", { proposers: ["李代表"] }));
      await r.drafts.trash(d.id);
      expect((await r.drafts.list()).map((s) => s.id)).not.toContain(d.id);
      const trashed = await r.drafts.list({ trashed: true });
      expect(trashed.map((s) => s.id)).toEqual([d.id]);
      expect(trashed[0]?.trashedAt).not.toBeNull();
      expect(await codeOf(r.drafts.save(d, 1))).toBe("INVALID_STATE");
      await r.drafts.restore(d.id);
      expect((await r.drafts.list({ text: "回收站" })).map((s) => s.id)).toEqual([d.id]);
      expect((await r.drafts.list({ text: "李代表" })).map((s) => s.title)).toEqual(["关于别的事项的提案"]);
      expect(await codeOf(r.drafts.trash("nosuchdraft"))).toBe("NOT_FOUND");
    });

    it("numbers versions without gaps, even when added at once", async () => {
      const d = await r.drafts.create(makeDraft());
      await Promise.all(Array.from({ length: 8 }, () => r.versions.add({ kind: "submit", actor: OFFICER, draft: d })));
      const all = await r.versions.list(d.id);
      expect(all.map((v) => v.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect((await r.versions.read(d.id, 3)).draft.id).toBe(d.id);
      expect(await codeOf(r.versions.read(d.id, 99))).toBe("NOT_FOUND");
    });

    it("adds and resolves comments; an empty comment is refused", async () => {
      const d = await r.drafts.create(makeDraft());
      const c = await r.comments.add(d.id, "sections.0", "请补充数据来源", OFFICER, null);
      await r.comments.add(d.id, "sections.1", "第二条", OFFICER, 1);
      expect(await codeOf(r.comments.add(d.id, "x", "   ", OFFICER, null))).toBe("BAD_INPUT");
      const done = await r.comments.resolve(d.id, c.id, CLERK);
      expect(done.resolvedBy?.name).toBe(CLERK.name);
      const list = await r.comments.list(d.id);
      expect(list.map((x) => [x.text, x.resolved])).toEqual([
        ["请补充数据来源", true],
        ["第二条", false],
      ]);
      expect(await codeOf(r.comments.resolve(d.id, "nosuchcomment", CLERK))).toBe("NOT_FOUND");
    });

    it("appends audit entries as one chain; an entry that does not extend the head is refused", async () => {
      const id = "auditdraft1";
      expect(await r.audit.head(id)).toBeNull();
      for (const action of ["create", "submit", "approve"]) await r.audit.append(id, (h) => nextEntry(action, h));
      const entries = await r.audit.read(id);
      expect(entries.map((e) => e.action)).toEqual(["create", "submit", "approve"]);
      expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
      expect(await r.audit.head(id)).toEqual({ seq: 3, hash: entries[2]?.hash });
      // A forged entry that skips the head (seq 2 again) changes nothing.
      expect(await codeOf(r.audit.append(id, () => nextEntry("sign", { seq: 1, hash: entries[0]?.hash ?? "" })))).toBe(
        "CONFLICT",
      );
      expect(await r.audit.read(id)).toHaveLength(3);
    });

    it("keeps the chain intact under 20 simultaneous appends", async () => {
      const id = "auditdraft2";
      await Promise.all(Array.from({ length: 20 }, (_, i) => r.audit.append(id, (h) => nextEntry(`a${i}`, h))));
      const entries = await r.audit.read(id);
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      for (let i = 1; i < entries.length; i += 1) expect(entries[i]?.prevHash).toBe(entries[i - 1]?.hash);
    });

    it("hands out 100 simultaneous numbers with no duplicate and no gap", async () => {
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, i) => r.register.allocate(`draft${i}`, "惠科工函", CLERK)),
      );
      const numbers = results.map((x) => x.allocation.number);
      expect(new Set(numbers).size).toBe(100);
      expect(results.map((x) => x.allocation.seq).sort((p, q) => p - q)).toEqual(
        Array.from({ length: 100 }, (_, i) => i + 1),
      );
      expect((await r.register.list()).length).toBe(100);
    });

    it("reuses a draft's live number, never re-issues a cancelled one, and refuses an empty 代字", async () => {
      // Three clicks at once: one number, held by the draft; the losing attempts leave no gap behind.
      const clicks = await Promise.all([1, 2, 3].map(() => r.register.allocate("d1", "惠科工函", CLERK)));
      expect(new Set(clicks.map((x) => x.allocation.number)).size).toBe(1);
      expect(clicks.filter((x) => !x.reused)).toHaveLength(1);
      const first = clicks[0] ?? expect.unreachable();
      const cancelled = await r.register.cancel(first.allocation.number, "重复发文");
      expect(cancelled.state).toBe("cancelled");
      const next = await r.register.allocate("d1", "惠科工函", CLERK);
      expect(next.allocation.seq).toBe(2);
      expect((await r.register.find(first.allocation.number))?.cancelReason).toBe("重复发文");
      expect(await r.register.find("不存在〔2026〕1号")).toBeNull();
      expect(await codeOf(r.register.allocate("d2", "  ", CLERK))).toBe("BAD_INPUT");
      expect(await codeOf(r.register.cancel("不存在〔2026〕1号", "x"))).toBe("NOT_FOUND");
    });

    it("stores templates with unique names", async () => {
      const d = makeDraft();
      const t = templateFromDraft(d, "常用模板", { id: "tpl1", now: new Date().toISOString() });
      await r.templates.add(t);
      expect(await codeOf(r.templates.add({ ...t, id: "tpl2" }))).toBe("CONFLICT");
      expect((await r.templates.list()).map((x) => x.name)).toEqual(["常用模板"]);
      expect((await r.templates.get("tpl1")).id).toBe("tpl1");
      await r.templates.remove("tpl1");
      expect(await r.templates.list()).toHaveLength(0);
      expect(await codeOf(r.templates.remove("tpl1"))).toBe("NOT_FOUND");
    });

    it("updates settings and refuses an invalid patch without changing anything", async () => {
      const updated = await r.settings.update({ bureau: { docCode: "惠科工函" } });
      expect(updated.bureau.docCode).toBe("惠科工函");
      expect(await codeOf(r.settings.update({ backupDays: 0 }))).toBe("BAD_INPUT");
      const now = await r.settings.get();
      expect(now.bureau.docCode).toBe("惠科工函");
      expect(now.backupDays).toBe(updated.backupDays);
    });
  });
}

function makeDraftWithId(id: string): ReturnType<typeof makeDraft> {
  return { ...makeDraft(), id };
}
