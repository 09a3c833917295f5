// The only file that imports ipcMain: registers every contract method with a sender check.
import { ipcMain, type IpcMainInvokeEvent } from "electron";
import { channelOf } from "../../shared/api/channels";
import { METHOD_NAMES, type Handlers } from "../../shared/api/contract";
import { AppError, toErrorShape } from "../../shared/api/errors";
import { dispatch } from "./dispatch";
import { isTrustedSender } from "./security";

/** Registers one ipcMain.handle per contract method; calls from frames other than our page are refused. */
export function registerIpc(handlers: Handlers, appUrl: () => string): void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(channelOf(name), async (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, appUrl())) {
        return { ok: false, error: toErrorShape(new AppError("UNTRUSTED_SENDER")) };
      }
      return dispatch(handlers, name, input);
    });
  }
}
