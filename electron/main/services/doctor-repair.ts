// `replydesk doctor --repair`: carries out the repairs a check planned. Never deletes draft content.
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../shared/api/errors";
import { quarantineFile } from "./draft-files";
import { DraftStore } from "./draft-store";
import type { DoctorReport, RepairAction } from "./doctor";
import { acquireWriterLock } from "./writer-lock";

/** A repair as the user reads it (the same text for the dry run and the real run). */
export function describeRepair(dataDir: string, action: RepairAction): string {
  switch (action.kind) {
    case "removeTemp":
      return `删除残留临时文件 ${path.relative(dataDir, action.file)}`;
    case "quarantine":
      return `把无法读取的 ${path.relative(dataDir, action.file)} 改名隔离为 *.corrupt-<时间>（不删除）`;
    case "rebuildIndex":
      return "从文稿文件重建索引 index.json（旧索引保留为 index.json.bak）";
  }
}

/** The distinct repairs a report plans, in the order they run (the index is rebuilt last). */
export function plannedRepairs(report: DoctorReport): RepairAction[] {
  const out: RepairAction[] = [];
  let rebuild = false;
  for (const f of report.findings) {
    if (!f.repair) continue;
    if (f.repair.kind === "rebuildIndex") rebuild = true;
    else out.push(f.repair);
  }
  // Quarantining a draft changes the set of files, so the index must follow.
  if (rebuild || out.some((a) => a.kind === "quarantine")) out.push({ kind: "rebuildIndex" });
  return out;
}

/**
 * Runs the planned repairs under the writer lock (refused while the app holds the folder): removes
 * orphan temp files, moves unreadable drafts aside, and rebuilds the index through the store itself.
 */
export async function repairDataFolder(report: DoctorReport, now: () => Date = () => new Date()): Promise<string[]> {
  const actions = plannedRepairs(report);
  const dir = report.dataDir;
  const done: string[] = [];
  // Taken even when nothing is planned: --repair beside a running app is refused, never half-done.
  const lock = await acquireWriterLock(dir).catch((err: unknown) => {
    if (err instanceof AppError) throw new AppError("IO", `${err.message}（修复需要独占数据文件夹）`);
    throw err;
  });
  if (actions.length === 0) {
    await lock.release();
    return [];
  }
  let rebuild = false;
  try {
    for (const action of actions) {
      if (action.kind === "removeTemp") {
        await fs.rm(action.file, { force: true });
      } else if (action.kind === "quarantine") {
        await quarantineFile(action.file, now());
      } else {
        rebuild = true;
        continue;
      }
      done.push(describeRepair(dir, action));
    }
    if (rebuild) {
      const index = path.join(dir, "index.json");
      await fs.rename(index, `${index}.bak`).catch((err: unknown) => {
        if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      });
    }
  } finally {
    await lock.release();
  }
  if (rebuild) {
    const store = await DraftStore.open(dir, { now });
    await store.close();
    done.push(describeRepair(dir, { kind: "rebuildIndex" }));
  }
  return done;
}
