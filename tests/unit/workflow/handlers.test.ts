import { promises as fs } from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { workflowMethods } from "../../../shared/api/workflow";
import { folderPorts } from "../../../electron/main/handlers/host-ports";
import { workflowHandlers } from "../../../electron/main/handlers/workflow";
import { openWorkspace, sampleDraft, scratchDir, type Workspace } from "./helpers";

const open: Workspace[] = [];
afterEach(async () => {
  for (const w of open.splice(0)) await w.close();
});

async function handlersOn(role: "拟稿人" | "审核人" | "文书") {
  const w = await openWorkspace();
  open.push(w);
  w.services.settings.update({ user: { name: `${role}甲`, role } });
  const out = await scratchDir("h-out");
  const ports = folderPorts(out, async (target, bytes) => (await fs.writeFile(target, bytes), target));
  const ctx = { ...w.services, assetsDir: "", newId: () => "n", now: () => new Date("2026-04-18T02:00:00Z"), ports };
  return { w, h: workflowHandlers(ctx, ports) };
}

it("submits as the current user, exports, and imports the bytes on another machine", async () => {
  const officer = await handlersOn("拟稿人");
  // 提交审核 needs a letter that passes 格式审查 (category, 公开属性 and 署名 are errors when missing).
  const letter = sampleDraft("h1");
  await officer.w.services.store.create({
    ...letter,
    record: { ...letter.record, category: "A", disclosure: "主动公开" },
    letter: { ...letter.letter, signOff: { ...letter.letter.signOff, unit: "惠济区科技和工业信息化局" } },
  });
  const v = await officer.h.submitDraft(workflowMethods.submitDraft.input.parse({ id: "h1" }));
  expect(v.actor).toEqual({ name: "拟稿人甲", role: "拟稿人" });
  const exp = await officer.h.exportExchange({ id: "h1" });
  expect(exp.delivery.kind).toBe("saved");
  const file = exp.delivery.kind === "saved" ? exp.delivery.path : "";
  expect(path.basename(file)).toBe("h1.replydesk");

  const supervisor = await handlersOn("审核人");
  const input = workflowMethods.importExchange.input.parse({ base64: (await fs.readFile(file)).toString("base64") });
  expect(await supervisor.h.importExchange(input)).toMatchObject({ outcome: "created", status: "待审核" });
  await expect(supervisor.h.submitDraft({ id: "h1" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  await supervisor.h.approveDraft({ id: "h1", versionHash: v.hash });
  const trail = await supervisor.h.auditTrail({ id: "h1" });
  expect(trail.verification.ok).toBe(true);
  expect((await supervisor.h.deadlines({ today: "2026-04-18" }))[0]).toMatchObject({
    id: "h1",
    waitingFor: "文书",
    waitingForMe: false,
  });
});
