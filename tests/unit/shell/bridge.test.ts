// The preload's bridge with fakes of contextBridge and ipcRenderer: window.replydesk has exactly the contract
// methods, each calls its own channel, and a call goes through registerIpc to the real handlers.
import { describe, expect, it } from "vitest";
import { buildHandlers } from "../../../electron/main/handlers";
import { registerIpc } from "../../../electron/main/ipc";
import { bindCall, buildBridge, exposeBridge, type BoundBridge, type Invoke } from "../../../electron/preload/bridge";
import { channelOf } from "../../../shared/api/channels";
import { METHOD_NAMES } from "../../../shared/api/contract";
import { handlerHarness } from "../foundation/handler-harness";
import { FakeIpcMain } from "./fakes";

const APP = "file:///opt/replydesk/out/renderer/index.html";
const h = handlerHarness();

/** An invoke that records each call and answers with its channel. */
function recordingInvoke(): { invoke: Invoke; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  return {
    calls,
    invoke: async (channel, input) => {
      calls.push([channel, input]);
      return { answeredOn: channel };
    },
  };
}

describe("preload bridge", () => {
  it("has exactly the contract's methods, each a function bound to the channel of its own name", async () => {
    const { invoke, calls } = recordingInvoke();
    const bridge = buildBridge(invoke);
    expect(Object.keys(bridge).sort()).toEqual([...METHOD_NAMES].sort());
    for (const name of METHOD_NAMES) {
      const fn = bridge[name] as unknown as (input: unknown) => Promise<unknown>;
      const input = { probe: name };
      await expect(fn(input)).resolves.toEqual({ answeredOn: channelOf(name) });
      expect(calls.at(-1)).toEqual([channelOf(name), input]);
      expect(bridge[name].method).toBe(name);
    }
    expect(calls).toHaveLength(METHOD_NAMES.length);
  });

  it("is exposed as window.replydesk through contextBridge, calling ipcRenderer.invoke", async () => {
    const exposed = new Map<string, unknown>();
    const invoked: unknown[][] = [];
    exposeBridge(
      { exposeInMainWorld: (key, api) => void exposed.set(key, api) },
      { invoke: async (...args) => void invoked.push(args) },
    );
    expect([...exposed.keys()]).toEqual(["replydesk"]);
    const api = exposed.get("replydesk") as BoundBridge;
    await api.getDraft({ id: "d1" });
    expect(invoked).toEqual([[channelOf("getDraft"), { id: "d1" }]]);
  });

  it("reaches the real handlers through registerIpc: renderer call → preload → ipcMain → handler → envelope", async () => {
    const ipc = new FakeIpcMain();
    registerIpc(ipc, buildHandlers(h.ctx), () => APP);
    const bridge = buildBridge((channel, input) => ipc.invoke(channel, input, APP));
    const created = await bridge.createDraft({ channel: "提案", templateId: null });
    if (!created.ok) throw new Error(created.error.message);
    const listed = await bridge.listDrafts({});
    expect(listed.ok && listed.value.map((d) => d.id)).toEqual([created.value.id]);
    const trashed = await bridge.trashDraft({ id: created.value.id });
    expect(trashed.ok).toBe(true);
    expect(h.ctx.store.list()).toEqual([]);
  });

  it("does not compile when a method is bound to another method's channel (type test, checked by tsc -b)", () => {
    const { invoke } = recordingInvoke();
    // @ts-expect-error -- listDrafts bound to deleteTemplate's channel is a type error
    const wrong: BoundBridge["listDrafts"] = bindCall(invoke, "deleteTemplate");
    // @ts-expect-error -- the same mistake inside the whole bridge object
    const broken: BoundBridge = { ...buildBridge(invoke), listDrafts: bindCall(invoke, "deleteTemplate") };
    const right: BoundBridge["listDrafts"] = bindCall(invoke, "listDrafts");
    // At run time the wrong binding really calls the wrong channel: the type is what stops it.
    expect([wrong.method, broken.listDrafts.method, right.method]).toEqual([
      "deleteTemplate",
      "deleteTemplate",
      "listDrafts",
    ]);
  });
});
