// `replydesk doctor`: checks a data folder without changing it (drafts, index, temp files, quarantine, audit, versions).
import { promises as fs } from "node:fs";
import path from "node:path";
import { AppError } from "../../../shared/api/errors";
import type { Draft } from "../../../shared/model/draft";
import { isOwnTempName } from "./atomic-file";
import { BACKUPS_DIR, backupNames } from "./backup";
import { readDraftFile } from "./draft-files";
import { DRAFTS_DIR, TRASH_DIR, type IndexData } from "./draft-index";
import { checkTrust } from "./doctor-trust";
import { AuditLog } from "./workflow/audit";
import { CommentStore } from "./workflow/comments";
import { DocNumbering } from "./workflow/numbering";
import { KeyedQueue } from "./workflow/serial-queue";
import { VersionStore } from "./workflow/versions";
import { tempFileFolders } from "./temp-sweep";
import { liveLockHolder } from "./writer-lock";

/** How serious a finding is: errors and warnings make the folder unhealthy, info does not. */
export type FindingLevel = "error" | "warning" | "info";

/** What a repair would do about a finding (null: nothing automatic; the message says what a person should do). */
export type RepairAction =
  | { readonly kind: "removeTemp"; readonly file: string }
  | { readonly kind: "quarantine"; readonly file: string }
  | { readonly kind: "rebuildIndex" };

/** One thing the doctor found. */
export interface Finding {
  readonly level: FindingLevel;
  /** Short machine-readable kind, e.g. "draft-unreadable". */
  readonly kind: string;
  /** Chinese, for people: what is wrong and what to do. */
  readonly message: string;
  readonly repair: RepairAction | null;
}

/** The result of a check. */
export interface DoctorReport {
  readonly dataDir: string;
  readonly drafts: number;
  readonly trashed: number;
  readonly auditChains: number;
  readonly versions: number;
  readonly backups: readonly string[];
  /** PID of a live process holding the writer lock (repairs are refused while it runs). */
  readonly lockedBy: number | null;
  readonly findings: readonly Finding[];
  /** No error or warning. */
  readonly healthy: boolean;
}

async function names(dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch {
    return [];
  }
}

async function readIndex(dataDir: string): Promise<{ data: IndexData | null; problem: string | null }> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dataDir, "index.json"), "utf8");
  } catch {
    return { data: null, problem: null };
  }
  try {
    const raw = JSON.parse(text) as Partial<IndexData>;
    if (raw.version !== 1 || typeof raw.entries !== "object" || raw.entries === null) {
      return { data: null, problem: "结构不符" };
    }
    return { data: raw as IndexData, problem: null };
  } catch {
    return { data: null, problem: "不是有效的 JSON" };
  }
}

type AddFinding = (level: FindingLevel, kind: string, message: string, repair?: RepairAction | null) => void;

/** The JSON files beside the drafts: each kind is read the way the app reads it, without moving anything. */
async function checkSideFiles(dir: string, queue: KeyedQueue, add: AddFinding): Promise<void> {
  const comments = new CommentStore(dir, queue, () => new Date());
  for (const name of await names(path.join(dir, "comments"))) {
    const id = /^([A-Za-z0-9_-]+)\.json$/.exec(name)?.[1];
    if (!id) continue;
    try {
      await comments.list(id);
    } catch (err) {
      add(
        "error",
        "comments-unreadable",
        `批注文件 comments/${name} 无法读取（${(err as Error).message}）。修复时会把它改名隔离（不删除），请从备份或交换文件恢复批注。`,
        { kind: "quarantine", file: path.join(dir, "comments", name) },
      );
    }
  }
  const numbering = path.join(dir, "numbering.json");
  try {
    await new DocNumbering(dir, () => new Date()).load();
  } catch (err) {
    const present = await fs.stat(numbering).then(
      () => true,
      () => false,
    );
    add(
      "error",
      "numbering-unreadable",
      `${(err as Error).message}${present ? "修复时会把它改名隔离（不删除），隔离后仍暂停分配字号，直到从备份恢复。" : ""}`,
      present ? { kind: "quarantine", file: numbering } : null,
    );
  }
  for (const [name, what] of [
    ["notices.json", "提示记录文件"],
    ["settings.json", "设置文件"],
    ["templates.json", "模板文件"],
  ] as const) {
    const file = path.join(dir, name);
    let text: string;
    try {
      text = await fs.readFile(file, "utf8");
    } catch {
      continue;
    }
    try {
      JSON.parse(text);
    } catch {
      add(
        "error",
        "file-unreadable",
        `${what} ${name} 不是有效的 JSON（被改动或写入中断）。修复时会把它改名隔离（不删除），程序下次启动时重新建立并提示。`,
        { kind: "quarantine", file },
      );
    }
  }
}

/** Checks the data folder; reads only. */
export async function checkDataFolder(dataDir: string): Promise<DoctorReport> {
  const dir = path.resolve(dataDir);
  const findings: Finding[] = [];
  const add = (level: FindingLevel, kind: string, message: string, repair: RepairAction | null = null): void => {
    findings.push({ level, kind, message, repair });
  };
  try {
    if (!(await fs.stat(dir)).isDirectory()) throw new Error("不是文件夹");
  } catch {
    throw new AppError("NOT_FOUND", `数据文件夹 ${dir} 不存在或不是文件夹。请用 --data 指定正确的文件夹。`);
  }

  // Drafts: every file must parse, carry its own id, and live in one place only.
  const files = new Map<
    string,
    { draft: Draft; trashed: boolean; stat: { mtimeMs: number; size: number; ino: number } }
  >();
  let drafts = 0;
  let trashed = 0;
  for (const [sub, inTrash] of [
    [DRAFTS_DIR, false],
    [TRASH_DIR, true],
  ] as const) {
    for (const name of await names(path.join(dir, sub))) {
      if (!name.endsWith(".json") || name.startsWith(".")) continue;
      const file = path.join(dir, sub, name);
      const id = name.slice(0, -".json".length);
      try {
        const draft = await readDraftFile(file);
        if (draft.id !== id) throw new AppError("CORRUPT", `文件名与文稿编号（${draft.id}）不一致`);
        if (files.has(id)) {
          add("warning", "draft-twice", `文稿 ${id} 同时在 drafts/ 与 trash/ 中，请手工保留较新的一份。`);
          continue;
        }
        const stat = await fs.stat(file);
        files.set(id, { draft, trashed: inTrash, stat: { mtimeMs: stat.mtimeMs, size: stat.size, ino: stat.ino } });
        if (inTrash) trashed += 1;
        else drafts += 1;
      } catch (err) {
        const why = err instanceof AppError ? err.message : String(err);
        add(
          "error",
          "draft-unreadable",
          `文稿文件 ${sub}/${name} 无法读取（${why}）。修复时会把它改名隔离（不删除），然后可从备份恢复这份文稿。`,
          { kind: "quarantine", file },
        );
      }
    }
  }

  // The index is a cache: every row must match a file, every file must have a row.
  const index = await readIndex(dir);
  const rebuild: RepairAction = { kind: "rebuildIndex" };
  if (index.problem) {
    add("error", "index-damaged", `索引文件 index.json ${index.problem}。修复时会从文稿文件重建索引。`, rebuild);
  } else if (!index.data) {
    if (files.size > 0) add("warning", "index-missing", "没有索引文件 index.json。修复时会从文稿文件重建。", rebuild);
  } else {
    const entries = index.data.entries;
    const stale: string[] = [];
    for (const [id, e] of Object.entries(entries)) {
      const f = files.get(id);
      if (!f) stale.push(`${id}（文件不存在）`);
      else if (
        e.revision !== f.draft.revision ||
        Boolean(e.trashedAt) !== f.trashed ||
        e.fileMtimeMs !== f.stat.mtimeMs ||
        e.fileSize !== f.stat.size ||
        e.fileIno !== f.stat.ino
      ) {
        stale.push(`${id}（索引与文件不符）`);
      }
    }
    for (const id of files.keys()) if (!Object.hasOwn(entries, id)) stale.push(`${id}（索引中没有）`);
    if (stale.length > 0) {
      const shown = stale.slice(0, 5).join("、") + (stale.length > 5 ? ` 等 ${stale.length} 项` : "");
      add(
        "warning",
        "index-stale",
        `索引与文稿文件不一致：${shown}。修复时会重建索引（程序下次打开时也会自动核对）。`,
        rebuild,
      );
    }
  }

  // Temp files of writes that never finished, and files moved aside earlier.
  for (const folder of await tempFileFolders(dir)) {
    for (const name of await names(folder)) {
      const rel = path.relative(dir, path.join(folder, name));
      if (isOwnTempName(name)) {
        add("warning", "orphan-temp", `残留的临时文件 ${rel}（写入被中断留下的，不含已保存的内容）。修复时会删除。`, {
          kind: "removeTemp",
          file: path.join(folder, name),
        });
      } else if (/\.corrupt-/.test(name)) {
        add(
          "warning",
          "quarantined",
          `已隔离的损坏文件 ${rel}：请用文本编辑器查看，或在“恢复”页面从备份恢复该文稿，处理后可删除。`,
        );
      }
    }
  }

  // Workflow records: audit chains and versions.
  const queue = new KeyedQueue();
  const audit = new AuditLog(dir, queue, () => new Date());
  let auditChains = 0;
  for (const name of await names(path.join(dir, "audit"))) {
    const id = /^([A-Za-z0-9_-]+)\.jsonl$/.exec(name)?.[1];
    if (!id) continue;
    auditChains += 1;
    const v = await audit.verifyAuditChain(id).catch((err: unknown) => ({ ok: false as const, message: String(err) }));
    if (!v.ok)
      add("error", "audit-broken", `文稿 ${id} 的审计记录有问题：${v.message} 请从备份或交换文件核对，不要手工修改。`);
  }
  await checkTrust(dir, add);
  await checkSideFiles(dir, queue, add);

  const versions = new VersionStore(dir, queue, () => new Date());
  let versionCount = 0;
  for (const id of await names(path.join(dir, "versions"))) {
    if (!/^[A-Za-z0-9_-]+$/.test(id)) continue;
    for (const name of await names(path.join(dir, "versions", id))) {
      const n = /^(\d+)\.json$/.exec(name)?.[1];
      if (!n) continue;
      versionCount += 1;
      try {
        await versions.read(id, Number(n));
      } catch (err) {
        add("error", "version-broken", `文稿 ${id} 的第 ${n} 版无法读取：${(err as Error).message}`);
      }
    }
  }

  const backups = await backupNames(dir);
  if (backups.length === 0 && files.size > 0) {
    add("info", "no-backup", `还没有每日备份（${BACKUPS_DIR}/）。程序启动时会自动备份。`);
  }
  const lockedBy = await liveLockHolder(dir);
  if (lockedBy !== null) {
    add(
      "info",
      "in-use",
      `数据文件夹正被运行中的答复函工作台（进程 ${lockedBy}）使用：本次只做了只读检查，结果可能随时变化；--repair 会被拒绝，修复前请先关闭答复函工作台。`,
    );
  }
  return {
    dataDir: dir,
    drafts,
    trashed,
    auditChains,
    versions: versionCount,
    backups,
    lockedBy,
    findings,
    healthy: findings.every((f) => f.level === "info"),
  };
}
