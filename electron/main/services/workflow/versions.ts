// Immutable versions of drafts: versions/<draftId>/<n>.json, one file per snapshot, never rewritten.
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../../shared/api/errors";
import type { Draft } from "../../../../shared/model/draft";
import type { Actor } from "../../../../shared/workflow/status-machine";
import { VersionRecord, type VersionKind } from "../../../../shared/workflow/schemas";
import { writeFileAtomic } from "../atomic-file";
import { contentHash } from "./content-hash";
import type { KeyedQueue } from "./serial-queue";

/** What a new version is made of. */
export interface NewVersion {
  readonly kind: VersionKind;
  readonly actor: Actor;
  readonly draft: Draft;
  readonly note?: string;
  /** Keep the original time (versions copied from another machine). */
  readonly createdAt?: string;
}

/** Version files of one data folder. */
export class VersionStore {
  constructor(
    private readonly dataDir: string,
    private readonly queue: KeyedQueue,
    private readonly now: () => Date,
  ) {}

  private dir(draftId: string): string {
    return path.join(this.dataDir, "versions", draftId);
  }

  /** Every version of a draft, oldest first. A damaged version file is reported, never skipped silently. */
  async list(draftId: string): Promise<VersionRecord[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir(draftId));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw new AppError("IO", `读取版本失败：${(err as Error).message}`);
    }
    const numbers = names
      .map((n) => /^(\d+)\.json$/.exec(n)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    const out: VersionRecord[] = [];
    for (const n of numbers) out.push(await this.read(draftId, n));
    return out;
  }

  /** Reads one version. */
  async read(draftId: string, n: number): Promise<VersionRecord> {
    const file = path.join(this.dir(draftId), `${n}.json`);
    let text: string;
    try {
      text = await fs.readFile(file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new AppError("NOT_FOUND", `找不到第 ${n} 版`);
      throw new AppError("IO", `读取第 ${n} 版失败：${(err as Error).message}`);
    }
    let parsed;
    try {
      parsed = VersionRecord.safeParse(JSON.parse(text));
    } catch {
      throw new AppError("CORRUPT", `第 ${n} 版的文件已损坏（不是有效的 JSON）：${file}`);
    }
    if (!parsed.success || parsed.data.n !== n || parsed.data.hash !== contentHash(parsed.data.draft)) {
      throw new AppError("CORRUPT", `第 ${n} 版的文件内容与其校验值不符，可能被改动：${file}`);
    }
    return parsed.data;
  }

  /** The newest version, or null. */
  async latest(draftId: string): Promise<VersionRecord | null> {
    const all = await this.list(draftId);
    return all[all.length - 1] ?? null;
  }

  /** Writes the next version of a draft (numbers are never reused; existing files are never replaced). */
  async add(v: NewVersion): Promise<VersionRecord> {
    const draftId = v.draft.id;
    return this.queue.run(`versions:${draftId}`, async () => {
      const dir = this.dir(draftId);
      await fs.mkdir(dir, { recursive: true });
      const names = await fs.readdir(dir);
      const max = names.reduce((m, name) => Math.max(m, Number(/^(\d+)\.json$/.exec(name)?.[1] ?? 0)), 0);
      const record: VersionRecord = {
        n: max + 1,
        draftId,
        kind: v.kind,
        hash: contentHash(v.draft),
        createdAt: v.createdAt ?? this.now().toISOString(),
        actor: { name: v.actor.name, role: v.actor.role },
        note: v.note ?? "",
        draft: v.draft,
      };
      await writeFileAtomic(path.join(dir, `${record.n}.json`), JSON.stringify(record, null, 1));
      return record;
    });
  }
}
