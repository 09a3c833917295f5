// One draft per file: reading with migration, durable writing, quarantine of corrupt files.
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../shared/api/errors";
import type { Draft, DraftSummary } from "../../../shared/model/draft";
import { migrateDraft } from "../../../shared/model/migrations";
import { writeFileAtomic } from "./atomic-file";

/** Largest draft file we read (a real letter is a few tens of KB). */
export const MAX_DRAFT_FILE_BYTES = 20 * 1024 * 1024;

/** Reads and validates a draft file; throws AppError NOT_FOUND or CORRUPT. */
export async function readDraftFile(file: string): Promise<Draft> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_DRAFT_FILE_BYTES) throw new AppError("CORRUPT", `文稿文件过大（${stat.size} 字节）`);
    text = await fs.readFile(file, "utf8");
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as NodeJS.ErrnoException).code === "ENOENT") throw new AppError("NOT_FOUND");
    throw new AppError("IO", `读取文稿失败：${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError("CORRUPT", `文稿文件 ${path.basename(file)} 不是有效的 JSON（可能在写入时被中断）`);
  }
  return migrateDraft(raw);
}

/**
 * Writes a draft file atomically and durably. A draft too big to be read back (MAX_DRAFT_FILE_BYTES) is
 * refused before anything is written: saving it would turn into a "corrupt" file on the next start.
 */
export async function writeDraftFile(file: string, draft: Draft): Promise<void> {
  const text = JSON.stringify(draft, null, 1);
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_DRAFT_FILE_BYTES) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    throw new AppError(
      "BAD_INPUT",
      `文稿过大（${mb(bytes)} MB），超过单份文稿 ${mb(MAX_DRAFT_FILE_BYTES)} MB 的上限，未保存。请删减正文或图表后再保存。`,
    );
  }
  await writeFileAtomic(file, text);
}

/** Moves a damaged file aside as `<name>.corrupt-<time>` and returns the new name. */
export async function quarantineFile(file: string, now: Date): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const target = `${file}.corrupt-${stamp}`;
  await fs.rename(file, target);
  return path.basename(target);
}

/** The title shown in lists: the letter's title, else the proposal title, else a placeholder. */
export function displayTitle(draft: Draft): string {
  const t = draft.letter.title?.trim() || draft.record.proposalTitle.trim();
  return t || "（未命名答复函）";
}

/** The index row for a draft. */
export function summarize(draft: Draft, trashedAt: string | null): DraftSummary {
  return {
    id: draft.id,
    title: displayTitle(draft),
    status: draft.status,
    channel: draft.record.channel,
    proposalNumber: draft.record.proposalNumber,
    proposers: [...draft.record.proposers],
    docNumber: draft.record.docNumber,
    assignedDate: draft.record.assignedDate,
    dueDate: draft.record.dueDate,
    extensionApproved: draft.record.extensionApproved,
    revision: draft.revision,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    trashedAt,
  };
}
