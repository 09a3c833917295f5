import { afterEach, describe, expect, it } from "vitest";
import { contentHash } from "../../../electron/main/services/workflow/content-hash";
import {
  CLERK,
  OFFICER,
  SIGNER,
  SUPERVISOR,
  openWorkspace,
  sampleDraft,
  signInAs,
  snapshotDir,
  type Workspace,
} from "./helpers";

const open: Workspace[] = [];
async function ws(): Promise<Workspace> {
  const w = await openWorkspace(undefined, () => new Date("2026-04-18T02:00:00Z"));
  open.push(w);
  return w;
}
afterEach(async () => {
  for (const w of open.splice(0)) await w.close();
});

describe("workflow service", () => {
  it("plays the legal path end to end and leaves a valid audit trail", async () => {
    const { wf, services } = await ws();
    const d = await services.store.create(sampleDraft("d1"));

    const v1 = await wf.submit(d.id, OFFICER, d.revision);
    expect((await services.store.get(d.id)).status).toBe("待审核");
    const c = await wf.addComment(d.id, "sections.0.paragraphs.0", "“高度重视”过于空泛，请写具体措施。", SUPERVISOR);
    await wf.returnDraft(d.id, SUPERVISOR, ["措辞不当"], "见批注");
    expect((await services.store.get(d.id)).status).toBe("退回修改");

    const cur = await services.store.get(d.id);
    const edited = {
      ...cur,
      letter: {
        ...cur.letter,
        sections: cur.letter.sections.map((s, i) =>
          i === 0 ? { ...s, paragraphs: ["区科技局出台了三项扶持政策。"] } : s,
        ),
      },
    };
    await wf.saveEdited(edited, cur.revision, OFFICER);
    await wf.resolveComment(d.id, c.id, OFFICER);
    const v2 = await wf.submit(d.id, OFFICER);
    expect(v2.n).toBe(v1.n + 1);

    const diff = await wf.diffSinceReview(d.id);
    expect(diff.base?.n).toBe(v1.n);
    expect(diff.parts.map((p) => p.path)).toEqual(["sections.0.paragraphs.0"]);

    await expect(wf.approve(d.id, SUPERVISOR, v1.hash)).rejects.toMatchObject({ code: "BAD_INPUT" });
    await wf.approve(d.id, SUPERVISOR, v2.hash);
    const { number } = await wf.allocateDocNumber(d.id, CLERK);
    expect(number).toBe("惠科工函〔2026〕1号");
    const signed = await wf.sign(d.id, SIGNER, { docNumber: number, signer: "陈局长", signDate: "2026-04-18" });
    expect(signed.kind).toBe("sign");
    const afterSign = await services.store.get(d.id);
    expect(afterSign).toMatchObject({
      status: "已签发",
      record: { docNumber: number, signer: "陈局长", signDate: "2026-04-18" },
    });
    await wf.recordExport(d.id, "f".repeat(64), "/导出/答复函.docx", CLERK);
    await wf.markReplied(d.id, CLERK, "2026-04-25");
    expect((await services.store.get(d.id)).status).toBe("已答复");

    const trail = await wf.audit.read(d.id);
    expect(trail.verification).toEqual({ ok: true, count: trail.entries.length });
    expect(trail.entries.map((e) => `${e.actor.role}:${e.action}`)).toEqual([
      "拟稿人:submit",
      "审核人:comment",
      "审核人:return",
      "拟稿人:resolveComment",
      "拟稿人:submit",
      "审核人:approve",
      "文书:allocateNumber",
      "签发人:sign",
      "文书:export",
      "文书:markReplied",
    ]);
    expect(trail.entries.find((e) => e.action === "markReplied")?.details["replyDate"]).toBe("2026-04-25");
    expect(trail.entries.find((e) => e.action === "export")?.details["sha256"]).toBe("f".repeat(64));
    expect((await wf.comments.list(d.id))[0]).toMatchObject({ resolved: true, resolvedBy: OFFICER });
  });

  it("refuses illegal actions with a Chinese message and writes nothing", async () => {
    const { wf, services, dir } = await ws();
    const d = await services.store.create(sampleDraft("d2"));
    await services.store.flush();
    const before = await snapshotDir(dir);
    await expect(wf.submit(d.id, SUPERVISOR)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("只有拟稿人"),
    });
    await expect(wf.approve(d.id, SUPERVISOR, "a".repeat(64))).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(wf.sign(d.id, SIGNER, { docNumber: "x", signer: "y", signDate: "2026-04-01" })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(wf.allocateDocNumber(d.id, CLERK)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(wf.markReplied(d.id, OFFICER, "2026-04-01")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await services.store.flush();
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it("drops an approved draft to 草稿 on edit, and refuses to sign text that was not approved", async () => {
    const { wf, services } = await ws();
    const d = await services.store.create(sampleDraft("d3"));
    const v = await wf.submit(d.id, OFFICER);
    await wf.approve(d.id, SUPERVISOR, v.hash);
    const { number } = await wf.allocateDocNumber(d.id, CLERK);
    const cur = await services.store.get(d.id);
    const edited = { ...cur, letter: { ...cur.letter, opening: `${cur.letter.opening}（补充）` } };
    const saved = await wf.saveEdited(edited, cur.revision, OFFICER);
    expect(saved.status).toBe("草稿");
    await expect(
      wf.sign(d.id, SIGNER, { docNumber: number, signer: "局长", signDate: "2026-04-18" }),
    ).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    expect(contentHash(await services.store.get(d.id))).not.toBe(v.hash);
    const last = (await wf.audit.read(d.id)).entries.at(-1);
    expect(last).toMatchObject({ action: "edit", details: { from: "已审核", to: "草稿" } });
  });

  it("refuses a sign with a number that belongs to another draft", async () => {
    const { wf, services } = await ws();
    for (const id of ["e1", "e2"]) {
      await services.store.create(sampleDraft(id));
      await wf.approve(id, SUPERVISOR, (await wf.submit(id, OFFICER)).hash);
    }
    const n1 = await wf.allocateDocNumber("e1", CLERK);
    await expect(
      wf.sign("e2", SIGNER, { docNumber: n1.number, signer: "局长", signDate: "2026-04-18" }),
    ).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringContaining("不是为本文稿分配的有效字号"),
    });
  });

  it("lists deadlines and whose turn it is", async () => {
    const { wf, services } = await ws();
    await services.store.create(sampleDraft("k1"));
    const late = sampleDraft("k2");
    await services.store.create({
      ...late,
      record: { ...late.record, assignedDate: "2026-01-01", extensionApproved: true },
    });
    await signInAs(services, OFFICER);
    const rows = await wf.deadlines("2026-05-05");
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get("k1")).toMatchObject({
      dueDate: "2026-05-10",
      state: "dueThisWeek",
      waitingFor: "拟稿人",
      waitingForMe: true,
    });
    expect(byId.get("k2")).toMatchObject({ dueDate: "2026-07-01", state: "ok" });
  });
});
