// The composition root with a fake Electron shell and a real temp data folder: single instance, the hardened
// window and session, IPC wired to the real handlers, the lifecycle events, and a start-up failure.
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startApp, type AppLocations, type StartedApp } from "../../../electron/main/app-start";
import { mainWindowOptions } from "../../../electron/main/security";
import { channelOf } from "../../../shared/api/channels";
import { METHOD_NAMES } from "../../../shared/api/contract";
import { tempDir } from "../foundation/helpers";
import { fakeShell } from "./fakes";

const APP = "file:///opt/replydesk/out/renderer/index.html";
let dir: string;
let cleanup: () => Promise<void>;
let where: AppLocations;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-start-"));
  where = {
    appUrl: APP,
    preloadPath: "/opt/replydesk/out/preload/index.cjs",
    dataDir: path.join(dir, "data"),
    assetsDir: undefined,
  };
});

let running: StartedApp | null = null;
afterEach(async () => {
  await running?.shutdown();
  running = null;
  await cleanup();
});

/** Starts the app on fakes; the test's afterEach shuts it down (before the data folder is removed). */
async function started(over: Parameters<typeof fakeShell>[0] = {}) {
  const fake = fakeShell(over);
  running = await startApp(fake.shell, where);
  return fake;
}

describe("startApp", () => {
  it("quits at once when another instance holds the lock: no window, no IPC, nothing opened", async () => {
    const { record } = await started({ requestSingleInstanceLock: () => false });
    expect(record.quits).toBe(1);
    expect(record.windows).toEqual([]);
    expect(record.ipc.handlers.size).toBe(0);
    expect(record.menuCleared).toBe(false);
  });

  it("opens one hardened window on the app page, with the session locked down and no menu", async () => {
    const { record } = await started();
    expect(record.windows).toHaveLength(1);
    const win = record.windows[0]!;
    expect(win.options).toEqual(mainWindowOptions(where.preloadPath));
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false },
    });
    expect(win.loaded).toEqual([APP]);
    expect(win.shown).toBe(false);
    win.readyToShow?.();
    expect(win.shown).toBe(true);
    // The webContents guards: no new windows, no navigation away.
    expect(win.windowOpenHandler?.({ url: "https://example.com" })).toEqual({ action: "deny" });
    expect(win.navigate("will-navigate", "https://example.com/")).toBe(true);
    expect(win.navigate("will-redirect", "https://example.com/")).toBe(true);
    expect(win.navigate("will-navigate", APP)).toBe(false);
    expect(record.session.permissionRequest).toBeTypeOf("function");
    expect(record.session.permissionCheck).toBeTypeOf("function");
    expect(record.menuCleared).toBe(true);
  });

  it("wires every contract method to the real handlers on the data folder, trusting only the app page", async () => {
    const { record } = await started();
    expect([...record.ipc.handlers.keys()].sort()).toEqual(METHOD_NAMES.map(channelOf).sort());
    const created = (await record.ipc.invoke(channelOf("createDraft"), { channel: "建议" }, APP)) as {
      ok: boolean;
      value: { id: string };
    };
    expect(created.ok).toBe(true);
    const listed = (await record.ipc.invoke(channelOf("listDrafts"), {}, APP)) as { value: { id: string }[] };
    expect(listed.value.map((d) => d.id)).toEqual([created.value.id]);
    expect(await record.ipc.invoke(channelOf("listDrafts"), {}, "https://example.com/")).toMatchObject({
      ok: false,
      error: { code: "UNTRUSTED_SENDER" },
    });
  });

  it("attaches save dialogs to the app window", async () => {
    const { record } = await started();
    const created = (await record.ipc.invoke(channelOf("createSampleDraft"), {}, APP)) as { value: { id: string } };
    const exported = await record.ipc.invoke(channelOf("exportDocx"), { id: created.value.id }, APP);
    expect(exported).toMatchObject({ ok: true });
    expect(record.saveDialogs.map((d) => d.window)).toEqual([record.windows[0]]);
  });

  it("handles the lifecycle: a second start focuses the window, activate reopens one, closing all quits", async () => {
    const { record } = await started();
    const win = record.windows[0]!;
    win.minimized = true;
    record.emit("second-instance");
    expect([win.restored, win.focused]).toEqual([1, 1]);
    record.emit("activate");
    expect(record.windows).toHaveLength(2);
    expect(record.windows[1]!.loaded).toEqual([APP]);
    record.emit("window-all-closed");
    expect(record.quits).toBe(1);
    // will-quit shuts down once: the same promise as the handle's.
    record.emit("will-quit");
    await running?.shutdown();
  });

  it("shows a Chinese error box and exits with 1 when start-up fails", async () => {
    const { record } = await started({
      whenReady: () => Promise.reject(new Error("显示器不可用")),
    });
    expect(record.errorBoxes).toEqual([["答复函工作台无法启动", "显示器不可用"]]);
    expect(record.exits).toEqual([1]);
    expect(record.windows).toEqual([]);
  });
});
