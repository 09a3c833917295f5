// Host ports of the Electron app: a native save dialog (which asks before overwriting), then an atomic write.
// Electron's dialog module comes in as DialogPorts (index.ts passes the real one, tests a fake).
import { existsSync } from "node:fs";
import path from "node:path";
import type { OpenDialogOptions, SaveDialogOptions } from "electron";
import { AppError } from "../../shared/api/errors";
import { uniqueNames, type HostPorts } from "./handlers/host-ports";
import { writeFileAtomic } from "./services/atomic-file";

/** The dialogs the ports show (attached to the app window when there is one) and where documents live. */
export interface DialogPorts {
  readonly documentsDir: () => string;
  readonly showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  readonly showOpenDialog: (options: OpenDialogOptions) => Promise<{ canceled: boolean; filePaths: string[] }>;
}

/** Ports that ask the user where files go through the given dialogs. */
export function electronPorts(dialogs: DialogPorts): HostPorts {
  return {
    async deliverFile(suggestedName, bytes) {
      const ext = path.extname(suggestedName).slice(1) || "*";
      const options = {
        title: "保存文件",
        defaultPath: path.join(dialogs.documentsDir(), suggestedName),
        filters: [{ name: ext === "docx" ? "Word 文档" : "答复函交换文件", extensions: [ext] }],
        // Windows and macOS always ask before replacing a file; on Linux the dialog must be told to.
        properties: ["showOverwriteConfirmation" as const, "createDirectory" as const],
      };
      const choice = await dialogs.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { kind: "cancelled" };
      try {
        await writeFileAtomic(choice.filePath, bytes);
      } catch (err) {
        throw new AppError("IO", `无法写入 ${choice.filePath}：${(err as Error).message}。请换一个文件夹再试。`);
      }
      return { kind: "saved", path: choice.filePath };
    },
    async deliverFiles(_bundleName, files) {
      const options = { title: "选择保存文件夹", properties: ["openDirectory" as const, "createDirectory" as const] };
      const choice = await dialogs.showOpenDialog(options);
      const folder = choice.filePaths[0];
      if (choice.canceled || !folder) return { kind: "cancelled" };
      // Never overwrite: names already in the folder get a （2）… suffix.
      const taken = new Set(files.map((f) => f.name).filter((n) => existsSync(path.join(folder, n))));
      const names = uniqueNames(
        files.map((f) => f.name),
        taken,
      );
      for (const [i, f] of files.entries()) {
        await writeFileAtomic(path.join(folder, names[i] ?? f.name), f.bytes);
      }
      return { kind: "saved", path: folder };
    },
  };
}
