// Registers every contract method on Electron's ipcMain (passed in by index.ts, a fake in tests) with a sender check.
import { channelOf } from "../../shared/api/channels";
import { METHOD_NAMES, type Handlers } from "../../shared/api/contract";
import { AppError, toErrorShape } from "../../shared/api/errors";
import { dispatch } from "./dispatch";
import { isTrustedSender } from "./security";

/** The frame an IPC call came from: the part of Electron's WebFrameMain the check reads. */
export interface IpcSenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/** The part of Electron's IpcMainInvokeEvent the check reads. */
export interface IpcInvokeEvent {
  readonly senderFrame: IpcSenderFrame | null;
}

/** The part of Electron's ipcMain used here (structural, so tests pass a fake). */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcInvokeEvent, input: unknown) => Promise<unknown>): void;
}

/** Registers one handler per contract method; calls from frames other than our page are refused. */
export function registerIpc(ipc: IpcRegistrar, handlers: Handlers, appUrl: () => string): void {
  for (const name of METHOD_NAMES) {
    ipc.handle(channelOf(name), async (event, input) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, appUrl())) {
        return { ok: false, error: toErrorShape(new AppError("UNTRUSTED_SENDER")) };
      }
      return dispatch(handlers, name, input);
    });
  }
}
