// Entry of the Electron app: adapts Electron's modules to the ElectronShell that app-start.ts composes.
// Nothing is decided here (the composition root, app-start.ts, is unit-tested with fakes).
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { app, BrowserWindow, Menu, dialog, ipcMain, session } from "electron";
import ElectronStore from "electron-store";
import { startApp, type ShellWindow } from "./app-start";
import { resolveDataDir } from "./services/data-dir";
import { settingsStoreOptions } from "./services/settings-service";

const here = path.dirname(fileURLToPath(import.meta.url));
const appUrl =
  process.env["ELECTRON_RENDERER_URL"] ?? pathToFileURL(path.join(here, "../renderer/index.html")).toString();
const real = (w: ShellWindow | null): BrowserWindow | null => w as BrowserWindow | null;

void startApp(
  {
    requestSingleInstanceLock: () => app.requestSingleInstanceLock(),
    whenReady: () => app.whenReady(),
    on: (event, listener) => void app.on(event as "activate", listener),
    quit: () => app.quit(),
    exit: (code) => app.exit(code),
    documentsDir: () => app.getPath("documents"),
    defaultSession: session.defaultSession,
    clearApplicationMenu: () => Menu.setApplicationMenu(null),
    createWindow: (options) => new BrowserWindow(options),
    windowCount: () => BrowserWindow.getAllWindows().length,
    showSaveDialog: (w, options) => {
      const win = real(w);
      return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
    },
    showOpenDialog: (w, options) => {
      const win = real(w);
      return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
    },
    showErrorBox: (title, message) => dialog.showErrorBox(title, message),
    ipcMain,
    makeSettingsStore: (dir) => new ElectronStore<Record<string, unknown>>(settingsStoreOptions(dir)),
  },
  {
    appUrl,
    preloadPath: path.join(here, "../preload/index.cjs"),
    dataDir: resolveDataDir(undefined),
    assetsDir: app.isPackaged ? path.join(process.resourcesPath, "assets") : undefined,
  },
);
