import { promises as fs } from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { workflowMethods } from "../../../shared/api/workflow";
import { folderPorts } from "../../../electron/main/handlers/host-ports";
import { workflowHandlers } from "../../../electron/main/handlers/workflow";
import type { Actor } from "../../../shared/workflow/status-machine";
import {
  OFFICER,
  SUPERVISOR,
  joinMachine,
  openWorkspace,
  sampleDraft,
  scratchDir,
  signInAs,
  type Workspace,
} from "./helpers";

const open: Workspace[] = [];
afterEach(async () => {
  for (const w of open.splice(0)) await w.close();
});

async function handlersOn(who: Actor, from?: Workspace) {
  const w = from ? await joinMachine(from) : await openWorkspace();
  open.push(w);
  await signInAs(w.services, who);
  const out = await scratchDir("h-out");
  const ports = folderPorts(out, async (target, bytes) => (await fs.writeFile(target, bytes), target));
  const ctx = { ...w.services, assetsDir: "", newId: () => "n", now: () => new Date(), ports };
  return { w, h: workflowHandlers(ctx, ports) };
}

it("submits as the current user, exports, and imports the bytes on another machine", async () => {
  const officer = await handlersOn(OFFICER);
  // 提交审核 needs a letter that passes 格式审查 (category, 公开属性 and 署名 are errors when missing).
  const letter = sampleDraft("h1");
  await officer.w.services.store.create({
    ...letter,
    record: { ...letter.record, category: "A", disclosure: "主动公开" },
    letter: { ...letter.letter, signOff: { ...letter.letter.signOff, unit: "惠济区科技和工业信息化局" } },
  });
  const v = await officer.h.submitDraft(workflowMethods.submitDraft.input.parse({ id: "h1" }));
  expect(v.actor).toEqual({ name: OFFICER.name, role: "拟稿人" });
  const exp = await officer.h.exportExchange({ id: "h1" });
  expect(exp.delivery.kind).toBe("saved");
  const file = exp.delivery.kind === "saved" ? exp.delivery.path : "";
  expect(path.basename(file)).toBe("h1.replydesk");

  const supervisor = await handlersOn(SUPERVISOR, officer.w);
  const input = workflowMethods.importExchange.input.parse({ base64: (await fs.readFile(file)).toString("base64") });
  expect(await supervisor.h.importExchange(input)).toMatchObject({ outcome: "created", status: "待审核" });
  await expect(supervisor.h.submitDraft({ id: "h1" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  await supervisor.h.approveDraft({ id: "h1", versionHash: v.hash });
  const trail = await supervisor.h.auditTrail({ id: "h1" });
  expect(trail.verification.ok).toBe(true);
  // Every workflow entry is signed and verified against the roster on the supervisor's PC.
  const bySeq = new Map(trail.trust.map((t) => [t.seq, t.trust]));
  for (const e of trail.entries.filter((x) => ["submit", "approve", "exchangeImport"].includes(x.action))) {
    expect(bySeq.get(e.seq)).toBe("signed");
  }
  expect((await supervisor.h.deadlines({ today: "2026-04-18" }))[0]).toMatchObject({
    id: "h1",
    waitingFor: "文书",
    waitingForMe: false,
  });
});
