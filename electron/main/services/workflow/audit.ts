// Append-only audit trail per draft: audit/<draftId>.jsonl, each entry chained to the previous by hash.
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../../shared/api/errors";
import type { Actor } from "../../../../shared/workflow/status-machine";
import { AuditEntry, type AuditVerification } from "../../../../shared/workflow/schemas";
import { appendLineDurable, writeFileAtomic } from "../atomic-file";
import { auditHashWith } from "../../../../shared/workflow/audit-trust";
import { hashCanonical, sha256 } from "./content-hash";
import type { KeyedQueue } from "./serial-queue";
import { signingMessage } from "../../../../shared/people/roster";
import type { Signer } from "../people/people-service";

/** prevHash of the first entry. */
export const AUDIT_GENESIS = "0".repeat(64);

/** What a caller records; seq, prevHash and hash are filled in. */
export interface AuditInput {
  readonly actor: Actor;
  readonly action: string;
  readonly version: number | null;
  readonly details: Record<string, unknown>;
  /** Keep the original time (entries copied from another machine). */
  readonly time?: string;
  readonly importedFrom?: string | null;
  /** The signed original of an entry copied from another PC. */
  readonly origin?: AuditEntry["origin"];
  /** The signer's roster id on a copied entry (its `origin` carries the signature). */
  readonly personId?: string;
  /** Who signs the entry (the signed-in person); unsigned when absent. */
  readonly signer?: Signer | null;
}

/** The hash an entry must carry: SHA-256 of the canonical JSON of every other field but the signature. */
export function auditEntryHash(entry: Omit<AuditEntry, "hash" | "signature">): string {
  return auditHashWith(sha256, entry);
}

/** The identity of an entry across machines: the hash it had where it was first written. */
export function auditIdentity(entry: AuditEntry): string {
  return entry.importedFrom ?? entry.hash;
}

/** A head file that cannot be read (a negative seq, which no real head has). */
const GARBLED_HEAD = { seq: -1, hash: "" } as const;

/** Checks a chain: numbering, each entry's hash, each link to the previous one, and the recorded head. */
export function verifyEntries(
  lines: readonly string[],
  head: { seq: number; hash: string } | null = null,
): { entries: AuditEntry[]; verification: AuditVerification } {
  const entries: AuditEntry[] = [];
  let prev = AUDIT_GENESIS;
  const broken = (seq: number, message: string): { entries: AuditEntry[]; verification: AuditVerification } => ({
    entries,
    verification: { ok: false, count: lines.length, seq, message },
  });
  for (const [i, line] of lines.entries()) {
    const pos = i + 1;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      return broken(pos, `第 ${pos} 条审计记录无法读取（被改动或写入中断）。`);
    }
    const parsed = AuditEntry.safeParse(raw);
    if (!parsed.success) return broken(pos, `第 ${pos} 条审计记录缺少字段或格式不对（被改动）。`);
    const e = parsed.data;
    if (e.seq !== pos) {
      return broken(pos, `第 ${pos} 个位置上是第 ${e.seq} 条审计记录：有记录被删除、插入或调换了顺序。`);
    }
    if (auditEntryHash(e) !== e.hash) return broken(pos, `第 ${pos} 条审计记录的内容被修改过（校验值不符）。`);
    if (e.prevHash !== prev) return broken(pos, `第 ${pos} 条审计记录与上一条不衔接：前面的记录被删除、插入或替换。`);
    prev = e.hash;
    entries.push(e);
  }
  if (head && head.seq < 0) {
    return broken(
      entries.length,
      `审计记录尾标文件（.head.json）已损坏，无法确认末尾是否有记录被删除（现有 ${entries.length} 条可以核对）。请从备份恢复该文件。`,
    );
  }
  if (head && head.seq > entries.length) {
    return broken(
      entries.length + 1,
      `审计记录末尾缺少 ${head.seq - entries.length} 条（第 ${entries.length + 1} 条起被删除）。`,
    );
  }
  if (head && head.seq > 0 && entries[head.seq - 1]?.hash !== head.hash) {
    return broken(head.seq, `第 ${head.seq} 条审计记录与记录尾标不符（被替换）。`);
  }
  return { entries, verification: { ok: true, count: entries.length } };
}

/** Audit files of one data folder. */
export class AuditLog {
  constructor(
    private readonly dataDir: string,
    private readonly queue: KeyedQueue,
    private readonly now: () => Date,
  ) {}

  private file(draftId: string): string {
    return path.join(this.dataDir, "audit", `${draftId}.jsonl`);
  }

  private headFile(draftId: string): string {
    return path.join(this.dataDir, "audit", `${draftId}.head.json`);
  }

  private async readLines(draftId: string): Promise<string[]> {
    try {
      const text = await fs.readFile(this.file(draftId), "utf8");
      return text.split("\n").filter((l) => l.trim() !== "");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw new AppError("IO", `读取审计记录失败：${(err as Error).message}`);
    }
  }

  private async readHead(draftId: string): Promise<{ seq: number; hash: string } | null> {
    try {
      const raw = JSON.parse(await fs.readFile(this.headFile(draftId), "utf8")) as { seq?: unknown; hash?: unknown };
      if (Number.isSafeInteger(raw.seq) && typeof raw.hash === "string")
        return { seq: raw.seq as number, hash: raw.hash };
      return GARBLED_HEAD;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      return GARBLED_HEAD;
    }
  }

  /** The entries that verify, and the verification result (which entry is broken, if any). */
  async read(draftId: string): Promise<{ entries: AuditEntry[]; verification: AuditVerification }> {
    return verifyEntries(await this.readLines(draftId), await this.readHead(draftId));
  }

  /** Verifies a draft's audit chain; reports the first broken entry by seq. */
  async verifyAuditChain(draftId: string): Promise<AuditVerification> {
    return (await this.read(draftId)).verification;
  }

  /** Appends one entry chained to the last one. */
  async append(draftId: string, input: AuditInput): Promise<AuditEntry> {
    return this.queue.run(`audit:${draftId}`, async () => {
      const lines = await this.readLines(draftId);
      const last = lines.length > 0 ? AuditEntry.safeParse(safeJson(lines[lines.length - 1] ?? "")) : null;
      const prevHash = last?.success
        ? last.data.hash
        : lines.length === 0
          ? AUDIT_GENESIS
          : hashCanonical(lines.at(-1));
      const body: Omit<AuditEntry, "hash" | "signature"> = {
        seq: lines.length + 1,
        time: input.time ?? this.now().toISOString(),
        actor: { name: input.actor.name, role: input.actor.role },
        action: input.action,
        version: input.version,
        details: input.details,
        importedFrom: input.importedFrom ?? null,
        ...(input.signer ? { personId: input.signer.personId } : input.personId ? { personId: input.personId } : {}),
        draftId,
        ...(input.origin ? { origin: input.origin } : {}),
        prevHash,
      };
      const hash = auditEntryHash(body);
      const entry: AuditEntry = {
        ...body,
        hash,
        ...(input.signer ? { signature: input.signer.sign(signingMessage("audit", hash)) } : {}),
      };
      await fs.mkdir(path.dirname(this.file(draftId)), { recursive: true });
      await appendLineDurable(this.file(draftId), JSON.stringify(entry));
      await writeFileAtomic(this.headFile(draftId), JSON.stringify({ seq: entry.seq, hash: entry.hash }));
      return entry;
    });
  }

  /** Appends entries verbatim (a fast-forward from another machine's chain that extends ours). */
  async appendVerbatim(draftId: string, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.queue.run(`audit:${draftId}`, async () => {
      const lines = await this.readLines(draftId);
      const all = verifyEntries([...lines, ...entries.map((e) => JSON.stringify(e))]);
      if (!all.verification.ok) throw new AppError("CORRUPT", `无法接续审计记录：${all.verification.message}`);
      await fs.mkdir(path.dirname(this.file(draftId)), { recursive: true });
      for (const e of entries) await appendLineDurable(this.file(draftId), JSON.stringify(e));
      const tail = entries[entries.length - 1];
      if (tail) await writeFileAtomic(this.headFile(draftId), JSON.stringify({ seq: tail.seq, hash: tail.hash }));
    });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
