// 办理 files of one data folder: handling/drafts/<draftId>.json per draft and handling/config.json.
import { promises as fs } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { AppError } from "../../../../shared/api/errors";
import {
  DEFAULT_HANDLING_CONFIG,
  HandlingConfig,
  HandlingRecord,
  emptyHandling,
} from "../../../../shared/handling/schemas";
import { writeFileAtomic } from "../atomic-file";
import type { KeyedQueue } from "../workflow/serial-queue";

async function readJson<T>(file: string, schema: z.ZodType<T>, what: string): Promise<T | null> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new AppError("IO", `读取${what}失败：${(err as Error).message}`);
  }
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // reported below
  }
  // Never silently reset: a damaged file stays where it is and the action is refused with its path.
  throw new AppError("CORRUPT", `${what}文件已损坏：${file}。请从备份恢复后再操作。`);
}

/** Reads and writes 办理 records; writes are atomic and serialised per draft. */
export class HandlingStore {
  constructor(
    private readonly dataDir: string,
    private readonly queue: KeyedQueue,
  ) {}

  private file(draftId: string): string {
    return path.join(this.dataDir, "handling", "drafts", `${draftId}.json`);
  }

  private configFile(): string {
    return path.join(this.dataDir, "handling", "config.json");
  }

  /** The record of a draft (an empty one when nothing was recorded yet). */
  async get(draftId: string): Promise<HandlingRecord> {
    return (await readJson(this.file(draftId), HandlingRecord, "办理记录")) ?? emptyHandling(draftId);
  }

  /** Changes a record through `fn` under the draft's queue and writes it atomically. */
  async update(draftId: string, fn: (r: HandlingRecord) => HandlingRecord): Promise<HandlingRecord> {
    return this.queue.run(`handling:${draftId}`, async () => {
      const next = HandlingRecord.parse(fn(await this.get(draftId)));
      await fs.mkdir(path.dirname(this.file(draftId)), { recursive: true });
      await writeFileAtomic(this.file(draftId), JSON.stringify(next, null, 1));
      return next;
    });
  }

  /** The local rules (defaults until the clerk changes them). */
  async config(): Promise<HandlingConfig> {
    return (await readJson(this.configFile(), HandlingConfig, "办理规则")) ?? DEFAULT_HANDLING_CONFIG;
  }

  /** Replaces the local rules. */
  async setConfig(cfg: HandlingConfig): Promise<HandlingConfig> {
    return this.queue.run("handling:config", async () => {
      const next = HandlingConfig.parse(cfg);
      await fs.mkdir(path.dirname(this.configFile()), { recursive: true });
      await writeFileAtomic(this.configFile(), JSON.stringify(next, null, 1));
      return next;
    });
  }
}
