// Fakes of the Electron modules the shell takes as parameters: ipcMain, the app window, the whole shell.
import type { ElectronShell, ShellEvent, ShellWindow } from "../../../electron/main/app-start";
import type { IpcInvokeEvent, IpcRegistrar } from "../../../electron/main/ipc";
import type { HardenableSession, PreventableEvent } from "../../../electron/main/security";

/** A fake ipcMain that keeps the registered handlers and calls them as Electron would. */
export class FakeIpcMain implements IpcRegistrar {
  readonly handlers = new Map<string, (event: IpcInvokeEvent, input: unknown) => Promise<unknown>>();

  handle(channel: string, listener: (event: IpcInvokeEvent, input: unknown) => Promise<unknown>): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  /** Invokes a channel as a frame at `url` would (main frame unless `subframe`); null frame when url is null. */
  invoke(channel: string, input: unknown, url: string | null, subframe = false): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const senderFrame = url === null ? null : { url, parent: subframe ? { url } : null };
    return listener({ senderFrame }, input);
  }
}

/** A fake app window recording what was done to it. */
export class FakeWindow implements ShellWindow {
  readonly loaded: string[] = [];
  shown = false;
  minimized = false;
  restored = 0;
  focused = 0;
  readyToShow: (() => void) | null = null;
  windowOpenHandler: ((details: { url: string }) => { action: "deny" }) | null = null;
  readonly listeners = new Map<string, ((event: PreventableEvent, url: string) => void)[]>();

  constructor(readonly options: unknown) {}

  readonly webContents = {
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: "deny" }): void => {
      this.windowOpenHandler = handler;
    },
    on: (event: string, listener: (event: PreventableEvent, url: string) => void): unknown => {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this.webContents;
    },
  };

  once(_event: "ready-to-show", listener: () => void): unknown {
    this.readyToShow = listener;
    return this;
  }
  show(): void {
    this.shown = true;
  }
  async loadURL(url: string): Promise<unknown> {
    this.loaded.push(url);
    return undefined;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.restored += 1;
  }
  focus(): void {
    this.focused += 1;
  }

  /** Emits a navigation event and says whether the guard prevented it. */
  navigate(event: "will-navigate" | "will-redirect", url: string): boolean {
    let prevented = false;
    for (const l of this.listeners.get(event) ?? []) l({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

/** A fake session recording the handlers the hardening installs. */
export function fakeSession(): HardenableSession & { permissionRequest: unknown; permissionCheck: unknown } {
  const s = {
    permissionRequest: null as unknown,
    permissionCheck: null as unknown,
    setPermissionRequestHandler(h: unknown) {
      s.permissionRequest = h;
    },
    setPermissionCheckHandler(h: unknown) {
      s.permissionCheck = h;
    },
    webRequest: { onHeadersReceived: () => undefined },
  };
  return s;
}

/** The whole shell as fakes, with what the root did to it. */
export function fakeShell(over: Partial<ElectronShell> = {}) {
  const events = new Map<ShellEvent, (() => void)[]>();
  const record = {
    windows: [] as FakeWindow[],
    quits: 0,
    exits: [] as number[],
    errorBoxes: [] as [string, string][],
    menuCleared: false,
    saveDialogs: [] as { window: ShellWindow | null; options: unknown }[],
    ipc: new FakeIpcMain(),
    session: fakeSession(),
    settings: {} as Record<string, unknown>,
    emit(event: ShellEvent): void {
      for (const l of events.get(event) ?? []) l();
    },
  };
  const shell: ElectronShell = {
    requestSingleInstanceLock: () => true,
    whenReady: async () => undefined,
    on: (event, listener) => void events.set(event, [...(events.get(event) ?? []), listener]),
    quit: () => void (record.quits += 1),
    exit: (code) => void record.exits.push(code),
    documentsDir: () => "/home/someone/Documents",
    defaultSession: record.session,
    clearApplicationMenu: () => void (record.menuCleared = true),
    createWindow: (options) => {
      const w = new FakeWindow(options);
      record.windows.push(w);
      return w;
    },
    windowCount: () => 0,
    showSaveDialog: async (window, options) => {
      record.saveDialogs.push({ window, options });
      return { canceled: true };
    },
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showErrorBox: (title, message) => void record.errorBoxes.push([title, message]),
    ipcMain: record.ipc,
    makeSettingsStore: () => ({
      get store() {
        return record.settings;
      },
      set: (key: string, value: unknown) => void (record.settings[key] = value),
    }),
    ...over,
  };
  return { shell, record };
}
