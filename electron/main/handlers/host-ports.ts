// What differs between the Electron app and browser mode when a file leaves the app.
import { AppError } from "../../../shared/api/errors";

/** Where an exported file went. */
export type Delivery =
  | { readonly kind: "saved"; readonly path: string }
  | { readonly kind: "download"; readonly url: string; readonly fileName: string }
  | { readonly kind: "cancelled" };

/** Host-specific side effects, passed to handlers so they stay testable. */
export interface HostPorts {
  /**
   * Hands a finished file to the user: Electron shows a save dialog (which asks before overwriting)
   * and writes it atomically; browser mode offers it as a download.
   */
  readonly deliverFile: (suggestedName: string, bytes: Uint8Array, contentType: string) => Promise<Delivery>;
  /**
   * Hands over several files: Electron asks for a folder and writes them there without overwriting
   * anything (a suffix is added); browser mode offers one zip download named `bundleName`.
   */
  readonly deliverFiles: (bundleName: string, files: readonly NamedFile[]) => Promise<Delivery>;
}

/** A file produced in memory. */
export interface NamedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Ports for a host that cannot hand files to a person (e.g. before the browser-mode server is up). */
export const NO_DELIVERY_PORTS: HostPorts = {
  deliverFile: async () => {
    throw new AppError("INTERNAL", "当前环境无法保存或下载文件");
  },
  deliverFiles: async () => {
    throw new AppError("INTERNAL", "当前环境无法保存或下载文件");
  },
};

/** Ports for tests and the CLI: files are written into one folder by `write`, which returns the path used. */
export function folderPorts(folder: string, write: (target: string, bytes: Uint8Array) => Promise<string>): HostPorts {
  return {
    deliverFile: async (name, bytes) => ({ kind: "saved", path: await write(`${folder}/${name}`, bytes) }),
    deliverFiles: async (_bundle, files) => {
      for (const f of files) await write(`${folder}/${f.name}`, f.bytes);
      return { kind: "saved", path: folder };
    },
  };
}

/** Makes names unique within a batch: a second 关于….docx becomes 关于…（2）.docx. */
export function uniqueNames(names: readonly string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  return names.map((name) => {
    const dot = name.lastIndexOf(".");
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : "";
    let candidate = name;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${stem}（${n}）${ext}`;
    used.add(candidate);
    return candidate;
  });
}
