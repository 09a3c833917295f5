// Composition root of the Electron app: lifecycle, single instance, hardened window, IPC.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { app, BrowserWindow, Menu, dialog, session } from "electron";
import ElectronStore from "electron-store";
import { electronPorts } from "./electron-ports";
import { buildHandlers } from "./handlers";
import { openHandlerContext } from "./host";
import { registerIpc } from "./ipc";
import { hardenSession, hardenWebContents, mainWindowOptions } from "./security";
import { startServiceBackups } from "./services/backup";
import { resolveDataDir } from "./services/data-dir";
import { settingsStoreOptions } from "./services/settings-service";

const here = path.dirname(fileURLToPath(import.meta.url));
const devUrl = process.env["ELECTRON_RENDERER_URL"];
const appUrl = devUrl ?? pathToFileURL(path.join(here, "../renderer/index.html")).toString();

// The window options and the session/webContents guards are plain functions in security.ts (unit-tested).
function createWindow(): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(path.join(here, "../preload/index.cjs")));
  hardenWebContents(win.webContents, appUrl);
  win.once("ready-to-show", () => win.show());
  void win.loadURL(appUrl);
  return win;
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  hardenSession(session.defaultSession);
  Menu.setApplicationMenu(null);
  const dataDir = resolveDataDir(undefined);
  let win: BrowserWindow | null = null;
  const ctx = await openHandlerContext({
    ports: electronPorts(() => win),
    dataDir,
    assetsDir: app.isPackaged ? path.join(process.resourcesPath, "assets") : undefined,
    makeSettingsStore: (dir) => new ElectronStore<Record<string, unknown>>(settingsStoreOptions(dir)),
  });
  registerIpc(buildHandlers(ctx), () => appUrl);
  win = createWindow();
  // Today's backup runs in the background once the window is on its way; a failure becomes a notice.
  const backups = startServiceBackups(ctx);
  app.on("second-instance", () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.on("activate", () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createWindow();
  });
  app.on("window-all-closed", () => app.quit());
  app.on("will-quit", () => void backups.stop().finally(() => ctx.close()));
}

start().catch((err: unknown) => {
  dialog.showErrorBox("答复函工作台无法启动", err instanceof Error ? err.message : String(err));
  app.exit(1);
});
