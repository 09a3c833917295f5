// registerIpc with a fake ipcMain over real handlers on a temp data folder: every contract method has exactly
// one channel, calls from our page reach the handlers, calls from any other frame are refused.
import { describe, expect, it } from "vitest";
import { buildHandlers } from "../../../electron/main/handlers";
import { registerIpc } from "../../../electron/main/ipc";
import { channelOf } from "../../../shared/api/channels";
import { METHOD_NAMES } from "../../../shared/api/contract";
import { handlerHarness } from "../foundation/handler-harness";
import { FakeIpcMain } from "./fakes";

const APP = "file:///opt/replydesk/out/renderer/index.html";
const h = handlerHarness();

function registered(): FakeIpcMain {
  const ipc = new FakeIpcMain();
  registerIpc(ipc, buildHandlers(h.ctx), () => APP);
  return ipc;
}

describe("registerIpc", () => {
  it("registers one channel per contract method and no other", () => {
    expect([...registered().handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
  });

  it("passes a call from the app page to the handler: the draft is really created in the data folder", async () => {
    const ipc = registered();
    const created = (await ipc.invoke(channelOf("createDraft"), { channel: "建议" }, APP)) as {
      ok: boolean;
      value: { id: string; record: { channel: string } };
    };
    expect(created.ok).toBe(true);
    expect(created.value.record.channel).toBe("建议");
    const list = (await ipc.invoke(channelOf("listDrafts"), {}, APP)) as { ok: boolean; value: { id: string }[] };
    expect(list.value.map((d) => d.id)).toEqual([created.value.id]);
    expect(h.ctx.store.list().map((d) => d.id)).toEqual([created.value.id]);
  });

  it("answers bad arguments with a BAD_INPUT envelope, not an exception", async () => {
    const answer = await registered().invoke(channelOf("createDraft"), { channel: "通知" }, APP);
    expect(answer).toMatchObject({ ok: false, error: { code: "BAD_INPUT" } });
    expect(h.ctx.store.list()).toEqual([]);
  });

  it.each([
    ["a foreign page", "https://example.com/", false],
    ["a sub-frame of our page", APP, true],
    ["another local file", "file:///tmp/evil.html", false],
  ])("refuses a call from %s with UNTRUSTED_SENDER and changes nothing", async (_what, url, subframe) => {
    const answer = await registered().invoke(channelOf("createDraft"), { channel: "建议" }, url, subframe);
    expect(answer).toMatchObject({ ok: false, error: { code: "UNTRUSTED_SENDER" } });
    expect(h.ctx.store.list()).toEqual([]);
  });

  it("refuses a call without a sender frame (a frame already gone)", async () => {
    const answer = await registered().invoke(channelOf("listDrafts"), {}, null);
    expect(answer).toMatchObject({ ok: false, error: { code: "UNTRUSTED_SENDER" } });
  });
});
