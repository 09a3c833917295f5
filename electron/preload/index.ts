// The only file that imports ipcRenderer: exposes window.replydesk (built, typed and tested in bridge.ts).
// Sandboxed preload: only Electron's own modules at run time; bridge.ts is bundled in.
import { contextBridge, ipcRenderer } from "electron";
import { exposeBridge } from "./bridge";

exposeBridge(contextBridge, ipcRenderer);
