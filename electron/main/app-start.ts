// Composition root of the Electron app: lifecycle, single instance, hardened window, IPC, daily backup.
// Electron itself comes in as an ElectronShell (index.ts adapts the real modules; tests pass fakes).
import type { OpenDialogOptions, SaveDialogOptions } from "electron";
import { electronPorts } from "./electron-ports";
import { buildHandlers } from "./handlers";
import { openHandlerContext } from "./host";
import { registerIpc, type IpcRegistrar } from "./ipc";
import { hardenSession, hardenWebContents, mainWindowOptions, type HardenableSession } from "./security";
import type { HardenableWebContents } from "./security";
import { startServiceBackups } from "./services/backup";
import type { KeyValueStore } from "./services/settings-service";

/** The app window: the part of Electron's BrowserWindow used here. */
export interface ShellWindow {
  readonly webContents: HardenableWebContents;
  once(event: "ready-to-show", listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<unknown>;
  isMinimized(): boolean;
  restore(): void;
  focus(): void;
}

/** App lifecycle events the root listens to. */
export type ShellEvent = "second-instance" | "activate" | "window-all-closed" | "will-quit";

/** Everything the composition root needs from Electron (structural, so tests pass fakes). */
export interface ElectronShell {
  readonly requestSingleInstanceLock: () => boolean;
  readonly whenReady: () => Promise<unknown>;
  readonly on: (event: ShellEvent, listener: () => void) => void;
  readonly quit: () => void;
  readonly exit: (code: number) => void;
  readonly documentsDir: () => string;
  readonly defaultSession: HardenableSession;
  readonly clearApplicationMenu: () => void;
  readonly createWindow: (options: ReturnType<typeof mainWindowOptions>) => ShellWindow;
  readonly windowCount: () => number;
  /** Dialogs attached to `window` when given. */
  readonly showSaveDialog: (
    window: ShellWindow | null,
    options: SaveDialogOptions,
  ) => Promise<{ canceled: boolean; filePath?: string }>;
  readonly showOpenDialog: (
    window: ShellWindow | null,
    options: OpenDialogOptions,
  ) => Promise<{ canceled: boolean; filePaths: string[] }>;
  readonly showErrorBox: (title: string, message: string) => void;
  readonly ipcMain: IpcRegistrar;
  readonly makeSettingsStore: (dir: string) => KeyValueStore;
}

/** Where the app's pieces are: the page to load, the preload, the data folder. */
export interface AppLocations {
  readonly appUrl: string;
  readonly preloadPath: string;
  readonly dataDir: string;
  /** Folder of the bundled assets (packaged app), undefined to find them next to the sources. */
  readonly assetsDir: string | undefined;
}

/** A started app: `shutdown` (also run on will-quit, once) stops the backup and closes the data folder. */
export interface StartedApp {
  readonly shutdown: () => Promise<void>;
}

/** Starts the app; a failure to start is shown in a dialog and the app exits with 1 (then null). */
export async function startApp(shell: ElectronShell, where: AppLocations): Promise<StartedApp | null> {
  try {
    return await run(shell, where);
  } catch (err) {
    shell.showErrorBox("答复函工作台无法启动", err instanceof Error ? err.message : String(err));
    shell.exit(1);
    return null;
  }
}

async function run(shell: ElectronShell, where: AppLocations): Promise<StartedApp | null> {
  if (!shell.requestSingleInstanceLock()) {
    shell.quit();
    return null;
  }
  await shell.whenReady();
  hardenSession(shell.defaultSession);
  shell.clearApplicationMenu();
  let win: ShellWindow | null = null;
  const ctx = await openHandlerContext({
    ports: electronPorts({
      documentsDir: shell.documentsDir,
      showSaveDialog: (options) => shell.showSaveDialog(win, options),
      showOpenDialog: (options) => shell.showOpenDialog(win, options),
    }),
    dataDir: where.dataDir,
    assetsDir: where.assetsDir,
    makeSettingsStore: shell.makeSettingsStore,
  });
  registerIpc(shell.ipcMain, buildHandlers(ctx), () => where.appUrl);
  // The window options and the session/webContents guards are plain functions in security.ts.
  const createWindow = (): ShellWindow => {
    const w = shell.createWindow(mainWindowOptions(where.preloadPath));
    hardenWebContents(w.webContents, where.appUrl);
    w.once("ready-to-show", () => w.show());
    void w.loadURL(where.appUrl);
    return w;
  };
  win = createWindow();
  // Today's backup runs in the background once the window is on its way; a failure becomes a notice.
  const backups = startServiceBackups(ctx);
  shell.on("second-instance", () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  shell.on("activate", () => {
    if (shell.windowCount() === 0) win = createWindow();
  });
  shell.on("window-all-closed", () => shell.quit());
  let stopping: Promise<void> | null = null;
  const shutdown = (): Promise<void> => (stopping ??= backups.stop().finally(() => ctx.close()));
  shell.on("will-quit", () => void shutdown());
  return { shutdown };
}
