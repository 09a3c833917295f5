// 发文字号 allocation: 代字 + per-year counter, never a duplicate, never reused, durable across restarts.
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppError } from "../../../../shared/api/errors";
import type { Actor } from "../../../../shared/workflow/status-machine";
import { ActorSchema } from "../../../../shared/workflow/schemas";
import { writeFileAtomic } from "../atomic-file";
import { quarantineCorrupt, quarantinedCopies, type CorruptFileReporter } from "../corrupt-file";

/** One handed-out number and what became of it. */
export const Allocation = z.object({
  number: z.string(),
  code: z.string(),
  year: z.number().int(),
  seq: z.number().int().positive(),
  draftId: z.string(),
  time: z.string(),
  actor: ActorSchema,
  state: z.enum(["allocated", "cancelled"]),
  cancelledAt: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
/** One handed-out number. */
export type Allocation = z.infer<typeof Allocation>;

const NumberingFile = z.object({
  version: z.literal(1),
  /** Last sequence used per "<代字>|<year>"; only ever grows. */
  counters: z.record(z.string(), z.number().int().nonnegative()),
  allocations: z.array(Allocation),
});
type NumberingFile = z.infer<typeof NumberingFile>;

/** Formats a 发文字号: 惠科工函〔2026〕12号. */
export function formatDocNumber(code: string, year: number, seq: number): string {
  return `${code}〔${year}〕${seq}号`;
}

/** The numbering register of one data folder (numbering.json). */
export class DocNumbering {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
    /** Told about a damaged register, which is then moved aside; absent for read-only checks (doctor). */
    private readonly onCorrupt: CorruptFileReporter | null = null,
  ) {}

  private get file(): string {
    return path.join(this.dataDir, "numbering.json");
  }

  /** Reads the register; a damaged file stops allocation (resetting it could hand out a number twice). */
  async load(): Promise<NumberingFile> {
    let text: string;
    try {
      text = await fs.readFile(this.file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") {
        // A register moved aside as damaged is not an empty one: starting again at 1 would reuse numbers.
        const aside = await quarantinedCopies(this.file);
        if (aside.length > 0) {
          throw new AppError(
            "CORRUPT",
            `发文字号登记簿已损坏并已隔离（${aside.join("、")}）。为避免重号，已暂停分配字号：请从备份恢复 numbering.json，或联系管理员核对已用字号。`,
          );
        }
        return { version: 1, counters: {}, allocations: [] };
      }
      throw new AppError("IO", `读取发文字号登记簿失败：${(err as Error).message}`);
    }
    try {
      const parsed = NumberingFile.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // reported below
    }
    const moved = await quarantineCorrupt(this.file, this.now(), this.onCorrupt, "发文字号登记簿");
    throw new AppError(
      "CORRUPT",
      `发文字号登记簿 ${this.file} 已损坏${moved}。为避免重号，已暂停分配字号：请从备份恢复该文件，或联系管理员核对已用字号。`,
    );
  }

  /** All allocations, oldest first. */
  async list(): Promise<Allocation[]> {
    return (await this.load()).allocations;
  }

  /**
   * Allocates the next number for a draft. If the draft already holds an active number of this 代字 and
   * year, that one is returned (a double click does not burn a number).
   */
  async allocate(draftId: string, code: string, actor: Actor): Promise<{ allocation: Allocation; reused: boolean }> {
    if (code.trim() === "")
      throw new AppError("BAD_INPUT", "尚未设置发文字号代字，请在「设置 → 单位信息」中填写（如 惠科工函）。");
    return this.serial(async () => {
      const reg = await this.load();
      const year = this.now().getFullYear();
      const held = reg.allocations.find(
        (a) => a.draftId === draftId && a.code === code && a.year === year && a.state === "allocated",
      );
      if (held) return { allocation: held, reused: true };
      const key = `${code}|${year}`;
      // Never below any number already handed out, even if the counter were lost.
      const seen = reg.allocations.filter((a) => a.code === code && a.year === year).map((a) => a.seq);
      const seq = Math.max(reg.counters[key] ?? 0, ...seen, 0) + 1;
      const allocation: Allocation = {
        number: formatDocNumber(code, year, seq),
        code,
        year,
        seq,
        draftId,
        time: this.now().toISOString(),
        actor: { name: actor.name, role: actor.role },
        state: "allocated",
        cancelledAt: null,
        cancelReason: null,
      };
      await this.save({
        ...reg,
        counters: { ...reg.counters, [key]: seq },
        allocations: [...reg.allocations, allocation],
      });
      return { allocation, reused: false };
    });
  }

  /**
   * Raises the per-year counters to at least the given floors ("代字|年" → highest sequence issued); returns what
   * was raised, as sentences. Counters only ever grow.
   */
  async raiseCounters(floors: ReadonlyMap<string, number>): Promise<string[]> {
    return this.serial(async () => {
      const reg = await this.load();
      const counters = { ...reg.counters };
      const raised: string[] = [];
      for (const [key, floor] of floors) {
        const [code = "", year = ""] = key.split("|");
        const seen = reg.allocations.filter((a) => `${a.code}|${a.year}` === key).map((a) => a.seq);
        const current = Math.max(counters[key] ?? 0, ...seen, 0);
        if (floor > current) {
          counters[key] = floor;
          raised.push(`${code}〔${year}〕从 ${current} 号补到 ${floor} 号`);
        }
      }
      if (raised.length > 0) await this.save({ ...reg, counters });
      return raised;
    });
  }

  /** Cancels a number: it is marked 作废 and never handed out again. */
  async cancel(number: string, reason: string): Promise<Allocation> {
    return this.serial(async () => {
      const reg = await this.load();
      const found = reg.allocations.find((a) => a.number === number);
      if (!found) throw new AppError("NOT_FOUND", `登记簿中没有发文字号 ${number}。`);
      if (found.state === "cancelled") return found;
      const done: Allocation = {
        ...found,
        state: "cancelled",
        cancelledAt: this.now().toISOString(),
        cancelReason: reason,
      };
      await this.save({ ...reg, allocations: reg.allocations.map((a) => (a.number === number ? done : a)) });
      return done;
    });
  }

  /** The newest number a draft holds and has not cancelled, or null (read only: allocates nothing). */
  async heldBy(draftId: string): Promise<Allocation | null> {
    const held = (await this.load()).allocations.filter((a) => a.draftId === draftId && a.state === "allocated");
    return held.at(-1) ?? null;
  }

  /** The active allocation of a number, or null. */
  async find(number: string): Promise<Allocation | null> {
    return (await this.load()).allocations.find((a) => a.number === number) ?? null;
  }

  private async save(reg: NumberingFile): Promise<void> {
    await fs.mkdir(this.dataDir, { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(reg, null, 1));
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.tail.then(job, job);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
