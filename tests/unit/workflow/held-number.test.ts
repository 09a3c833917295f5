// heldDocNumber: the clerk panel reads the number a draft holds without allocating one.
import { afterEach, expect, it } from "vitest";
import { folderPorts } from "../../../electron/main/handlers/host-ports";
import { workflowHandlers } from "../../../electron/main/handlers/workflow";
import {
  CLERK,
  OFFICER,
  SUPERVISOR,
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

it("reports no number before allocation, the allocated one after, and none after it is cancelled", async () => {
  const w = await openWorkspace();
  open.push(w);
  await w.services.store.create(sampleDraft("d1"));
  const v = await w.wf.submit("d1", OFFICER);
  await w.wf.approve("d1", SUPERVISOR, v.hash);
  await signInAs(w.services, CLERK);
  const out = await scratchDir("held");
  const ports = folderPorts(out, async (target) => target);
  const h = workflowHandlers(
    { ...w.services, assetsDir: "", newId: () => "n", now: () => new Date("2026-04-18T02:00:00Z"), ports },
    ports,
  );

  expect(await h.heldDocNumber({ id: "d1" })).toEqual({ number: null });
  // Asking twice allocates nothing: the register stays empty.
  expect(await h.heldDocNumber({ id: "d1" })).toEqual({ number: null });
  expect(await w.wf.numbering.list()).toEqual([]);

  const { number } = await h.allocateDocNumber({ id: "d1" });
  expect(number).toMatch(/^惠科工函〔\d{4}〕1号$/);
  expect(await h.heldDocNumber({ id: "d1" })).toEqual({ number });
  expect(await h.heldDocNumber({ id: "other" })).toEqual({ number: null });

  await h.cancelDocNumber({ number, reason: "重号" });
  expect(await h.heldDocNumber({ id: "d1" })).toEqual({ number: null });
  const again = await h.allocateDocNumber({ id: "d1" });
  expect(again.number).not.toBe(number);
  expect(await h.heldDocNumber({ id: "d1" })).toEqual({ number: again.number });
});
