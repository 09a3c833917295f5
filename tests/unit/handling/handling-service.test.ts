// 办理 through the real handlers on a real data folder: 已答复 → 不满意 → 重办 → second reply → 基本满意,
// the rulebook's refusals, statistics and the 总结 reflecting it, 公开版 exports, and damaged files.
import { promises as fs } from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { folderPorts } from "../../../electron/main/handlers/host-ports";
import { handlingHandlers } from "../../../electron/main/handlers/handling";
import type { HandlerContext } from "../../../electron/main/handlers/context";
import type { Draft } from "../../../shared/model/draft";
import type { Actor } from "../../../shared/workflow/status-machine";
import {
  ADMIN,
  CLERK,
  OFFICER,
  SIGNER,
  SUPERVISOR,
  openWorkspace,
  sampleDraft,
  scratchDir,
  signInAs,
  type Workspace,
} from "../workflow/helpers";

const open: Workspace[] = [];
afterEach(async () => {
  for (const w of open.splice(0)) await w.close();
});

async function setup() {
  const w = await openWorkspace(undefined, () => new Date("2026-06-01T02:00:00Z"));
  open.push(w);
  const out = await scratchDir("handling-out");
  const ports = folderPorts(out, async (target, bytes) => (await fs.writeFile(target, bytes), target));
  let n = 0;
  const ctx: HandlerContext = {
    ...w.services,
    assetsDir: "",
    newId: () => `re${++n}`,
    now: () => new Date("2026-06-01T02:00:00Z"),
    ports,
  };
  // The person at the PC signs in; the handlers act as whoever is signed in.
  const as = async (who: Actor) => {
    await signInAs(w.services, who);
    return handlingHandlers(ctx);
  };
  return { w, ctx, as, out };
}

/** Drives a draft through the real review chain to 已答复 on `replyDate`. */
async function reply(w: Workspace, id: string, replyDate: string): Promise<void> {
  const v = await w.wf.submit(id, OFFICER);
  await w.wf.approve(id, SUPERVISOR, v.hash);
  const { number } = await w.wf.allocateDocNumber(id, CLERK);
  const d = await w.services.store.get(id);
  await w.wf.sign(id, SIGNER, { docNumber: number, signDate: d.letter.signOff.date ?? replyDate });
  await w.wf.markReplied(id, CLERK, replyDate);
}

function letter(id: string): Draft {
  const d = sampleDraft(id);
  return {
    ...d,
    record: { ...d.record, category: "C", disclosure: "主动公开", session: "十五届二次", dueDate: "2026-05-10" },
    letter: {
      ...d.letter,
      sections: d.letter.sections.map((s, i) =>
        i === 0 ? { ...s, paragraphs: [...s.paragraphs, "经与刘委员（电话 13812345678）沟通，双方达成共识。"] } : s,
      ),
      signOff: { ...d.letter.signOff, date: "2026-04-20", notes: ["联系人：赵联系，联系电话：0371-12345678"] },
    },
  };
}

it("carries an item 已答复 → 不满意 → 重办 → second reply → 基本满意, refusing what the rulebook refuses", async () => {
  const { w, ctx, as } = await setup();
  await ctx.store.create(letter("d1"));

  // Before the reply: a contact may be logged, satisfaction may not.
  const officer = await as(OFFICER);
  await officer.addContact({
    id: "d1",
    contact: { phase: "办前", date: "2026-04-01", way: "面商", ours: "局长", theirs: "刘委员", summary: "听取意见" },
  });
  await expect(
    officer.recordSatisfaction({ id: "d1", satisfaction: { level: "满意", date: "2026-05-01", remarks: "" } }),
  ).rejects.toMatchObject({ code: "INVALID_STATE" });

  await reply(w, "d1", "2026-04-25");
  await expect(
    (await as(SUPERVISOR)).recordSatisfaction({
      id: "d1",
      satisfaction: { level: "不满意", date: "2026-05-01", remarks: "" },
    }),
  ).rejects.toMatchObject({ code: "FORBIDDEN" });
  const clerk = await as(CLERK);
  await expect(
    clerk.recordSatisfaction({ id: "d1", satisfaction: { level: "不满意", date: "2026-04-01", remarks: "" } }),
  ).rejects.toMatchObject({ code: "BAD_INPUT" });
  await expect(clerk.reopenDraft({ id: "d1" })).rejects.toMatchObject({ code: "INVALID_STATE" });
  await clerk.recordSatisfaction({
    id: "d1",
    satisfaction: { level: "不满意", date: "2026-05-06", remarks: "未解决停车难" },
  });

  const { draftId, dueDate } = await clerk.reopenDraft({ id: "d1" });
  expect(dueDate).toBe("2026-06-06");
  await expect(clerk.reopenDraft({ id: "d1" })).rejects.toMatchObject({ code: "INVALID_STATE" });
  const second = await ctx.store.get(draftId);
  expect(second).toMatchObject({ status: "草稿", record: { reopenOf: "d1", dueDate: "2026-06-06", docNumber: null } });
  expect(second.letter.sections).toEqual((await ctx.store.get("d1")).letter.sections);

  // The second reply goes through its own review chain (a return with a reason, then approval…).
  await w.wf.submit(draftId, OFFICER);
  await w.wf.returnDraft(draftId, SUPERVISOR, ["答非所问"], "");
  await ctx.store.save(
    // The officer revises the letter and dates it anew (the 成文日期 starts empty on a 重办).
    {
      ...second,
      record: { ...second.record, category: "B" },
      letter: { ...second.letter, signOff: { ...second.letter.signOff, date: "2026-05-28" } },
    },
    (await ctx.store.get(draftId)).revision,
  );
  await reply(w, draftId, "2026-05-30");
  await (
    await as(CLERK)
  ).recordSatisfaction({
    id: draftId,
    satisfaction: { level: "基本满意", date: "2026-05-31", remarks: "" },
  });

  const view = await (await as(CLERK)).handlingView({ id: draftId });
  expect(view.history.map((h) => [h.id, h.satisfaction?.level])).toEqual([
    ["d1", "不满意"],
    [draftId, "基本满意"],
  ]);
  expect(view.reopenOf).toBe("d1");
  // Replied 2026-05-30 (Sat): the 公开 clock runs, today 06-01 is its first working day.
  expect(view.clock).toMatchObject({ state: "待公开", elapsed: 1 });

  const stats = await (await as(CLERK)).handlingStats({ year: 2026 });
  expect(stats.items.ids).toEqual(["d1"]);
  expect(stats.reopened.ids).toEqual(["d1"]);
  expect(stats.satisfaction.基本满意.ids).toEqual(["d1"]);
  expect(stats.satisfaction.不满意.count).toBe(0);
  expect(stats.rates.satisfactionRate.pct).toBe(100);
  expect(stats.categories.B.ids).toEqual(["d1"]);
  expect(stats.rates.contactRate.pct).toBe(100);
  // Replied 04-25 against a due date of 05-10: on time.
  expect(stats.rates.onTimeRate.pct).toBe(100);
  expect(stats.returnReasons).toEqual([{ reason: "答非所问", count: 1, ids: [draftId] }]);

  const { draftId: summaryId } = await (await as(OFFICER)).draftAnnualSummary({ year: 2026 });
  const summary = await ctx.store.get(summaryId);
  expect(summary.status).toBe("草稿");
  const fig = (id: string) => summary.figures.find((f) => f.id === id)?.value;
  expect([fig("items"), fig("satRate"), fig("jbmy"), fig("reopened"), fig("returns")]).toEqual([
    "1",
    "100.0",
    "1",
    "1",
    "1",
  ]);
  const trace = (await (await as(OFFICER)).handlingView({ id: summaryId })).record.summaryTrace;
  expect(trace?.["jbmy"]).toEqual(["d1"]);
  expect(trace?.["returns"]).toEqual([draftId]);
  // The summary is not itself an item of next year's count.
  expect((await (await as(CLERK)).handlingStats({ year: 2026 })).items.count).toBe(1);
});

it("exports the 公开版 as .docx and HTML without the contact details, and refuses 不予公开", async () => {
  const { w, ctx, as, out } = await setup();
  await ctx.store.create(letter("p1"));
  await expect((await as(CLERK)).exportPublicationHtml({ id: "p1" })).rejects.toMatchObject({ code: "INVALID_STATE" });
  await reply(w, "p1", "2026-04-25");
  const html = await (await as(OFFICER)).exportPublicationHtml({ id: "p1" });
  expect(html.removed).toEqual(expect.arrayContaining(["联系人：赵联系", "联系电话：0371-12345678"]));
  const text = await fs.readFile(path.join(out, html.fileName), "utf8");
  expect(text).toContain("双方达成共识");
  expect(text).not.toMatch(/13812345678|12345678|赵联系/);
  const docx = await (await as(CLERK)).exportPublicationDocx({ id: "p1" });
  const bytes = await fs.readFile(path.join(out, docx.fileName));
  const { unzipSync, strFromU8 } = await import("fflate");
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))["word/document.xml"] as Uint8Array);
  expect(xml).toContain("双方达成共识");
  expect(xml).not.toMatch(/13812345678|0371|赵联系/);
  expect(xml).not.toContain("草稿");

  await (await as(CLERK)).markPublished({ id: "p1", date: "2026-05-08" });
  expect((await (await as(CLERK)).handlingView({ id: "p1" })).clock).toMatchObject({ state: "已公开", late: false });

  await ctx.store.create({ ...letter("p2"), record: { ...letter("p2").record, disclosure: "不予公开" } });
  await reply(w, "p2", "2026-04-25");
  await expect((await as(CLERK)).exportPublicationDocx({ id: "p2" })).rejects.toMatchObject({ code: "INVALID_STATE" });
  await expect((await as(CLERK)).markPublished({ id: "p2", date: "2026-05-08" })).rejects.toMatchObject({
    code: "INVALID_STATE",
  });
});

it("keeps the rules configurable by the 管理员 only, and never resets a damaged 办理 file", async () => {
  const { w, ctx, as } = await setup();
  await expect((await as(CLERK)).updateHandlingConfig({ publishWorkingDays: 15 })).rejects.toMatchObject({
    code: "FORBIDDEN",
  });
  const cfg = await (await as(ADMIN)).updateHandlingConfig({ reopenMonths: 2, holidays: ["2026-10-02", "2026-10-01"] });
  expect(cfg).toMatchObject({ reopenMonths: 2, publishWorkingDays: 20, holidays: ["2026-10-01", "2026-10-02"] });

  await ctx.store.create(letter("c1"));
  // Nobody signed in: every 办理 action is refused (each is signed by the person taking it).
  w.services.people.signOut();
  await expect(handlingHandlers(ctx).setItemFacts({ id: "c1", important: true })).rejects.toMatchObject({
    code: "FORBIDDEN",
  });
  await (await as(OFFICER)).setItemFacts({ id: "c1", important: true, unitRole: "协办" });
  const file = path.join(w.dir, "handling", "drafts", "c1.json");
  await fs.writeFile(file, "{ not json");
  await expect((await as(OFFICER)).handlingView({ id: "c1" })).rejects.toMatchObject({ code: "CORRUPT" });
  await expect((await as(OFFICER)).setItemFacts({ id: "c1", important: false })).rejects.toMatchObject({
    code: "CORRUPT",
  });
  expect(await fs.readFile(file, "utf8")).toBe("{ not json");
});
