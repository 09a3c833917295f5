// mammoth runs in a worker thread with a time and memory limit: a hostile .docx costs seconds, never the
// main thread (which also answers every other browser-mode request) and never all the memory.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { AppError } from "../../../../shared/api/errors";

/** Longest a .docx may take to read (a 20 MB report takes about a second). */
export const DOCX_TIME_LIMIT_MS = 10_000;
/** Heap the reading worker may use (mammoth on a long report needs well under 200 MB). */
export const DOCX_MEMORY_LIMIT_MB = 512;

// Plain CommonJS run by the worker (eval): the same mammoth the app depends on, resolved by path below.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const mammoth = require(workerData.mammoth);
mammoth
  .extractRawText({ buffer: Buffer.from(workerData.bytes) })
  .then(
    (r) => parentPort.postMessage({ ok: true, text: r.value }),
    (e) => parentPort.postMessage({ ok: false, overflow: e instanceof RangeError, message: String((e && e.message) || e) }),
  );
`;

type WorkerAnswer =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly overflow: boolean; readonly message: string };

/** Options of extractRawTextInWorker (tests shorten the limits). */
export interface DocxWorkerOptions {
  readonly timeLimitMs?: number;
  readonly memoryLimitMb?: number;
}

function duration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} 秒` : `${ms} 毫秒`;
}

function refused(why: string): AppError {
  return new AppError("BAD_INPUT", `无法读取该 .docx 文件：${why}。请在 Word 中打开并另存后再导入。`);
}

/**
 * The raw text of .docx bytes as mammoth reads it, in a worker that is terminated when it runs over the time
 * limit or its heap limit; throws a Chinese BAD_INPUT AppError then, and for files mammoth cannot read.
 */
export function extractRawTextInWorker(bytes: Uint8Array, opts: DocxWorkerOptions = {}): Promise<string> {
  const timeLimitMs = opts.timeLimitMs ?? DOCX_TIME_LIMIT_MS;
  const memoryLimitMb = opts.memoryLimitMb ?? DOCX_MEMORY_LIMIT_MB;
  const mammoth = createRequire(import.meta.url).resolve("mammoth");
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { mammoth, bytes },
      resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(refused(`读取超过 ${duration(timeLimitMs)}仍未完成，文件可能是恶意构造的或已损坏，已停止读取`)),
        ),
      timeLimitMs,
    );
    worker.once("message", (answer: WorkerAnswer) =>
      settle(() => {
        if (answer.ok) resolve(answer.text);
        // A stack overflow in the XML reader means absurd nesting, not a message worth showing as is.
        else reject(refused(answer.overflow ? "文件结构过于复杂或已损坏" : answer.message));
      }),
    );
    worker.once("error", (err: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          err.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? refused(`读取所需内存超过 ${memoryLimitMb} MB，文件可能是恶意构造的或已损坏，已停止读取`)
            : refused(err.message),
        ),
      ),
    );
    worker.once("exit", () => settle(() => reject(refused("读取过程意外中止"))));
  });
}
