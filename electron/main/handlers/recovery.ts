// Handlers for the recovery domain: daily backups and restoring a draft from a backup or an older version.
import type { Handlers } from "../../../shared/api/contract";
import { AppError } from "../../../shared/api/errors";
import type { BackupDraftVersion, RestoreResult, recoveryMethods } from "../../../shared/api/recovery";
import type { Draft } from "../../../shared/model/draft";
import { backupDraftFile, backupNames, listBackups } from "../services/backup";
import { listBackupDrafts } from "../services/backup-drafts";
import { displayTitle, readDraftFile } from "../services/draft-files";
import { contentHash } from "../services/workflow/content-hash";
import type { HandlerContext } from "./context";
import { workflowFor } from "./workflow";

type RecoveryHandlers = Pick<Handlers, keyof typeof recoveryMethods>;

/**
 * Puts old content back: a draft that still exists gets it as a new revision through the workflow
 * (so a 已签发 letter is never changed and a reviewed one drops back to 草稿), after its current content
 * is kept as a "restore" version (so a restore can itself be undone from the 恢复 screen); a draft in the
 * 回收站 is restored first; a draft deleted for good is created again. `from` says where the content came from.
 */
export async function restoreContent(ctx: HandlerContext, old: Draft, from: string): Promise<RestoreResult> {
  const { store } = ctx;
  const inTrash = store.list({ trashed: true }).some((s) => s.id === old.id);
  const live = store.list({}).some((s) => s.id === old.id);
  if (!live && !inTrash) {
    const created = await store.create(old);
    return { id: created.id, revision: created.revision, outcome: "recreated" };
  }
  const wf = workflowFor(ctx);
  const before = await store.get(old.id);
  // The rulebook decides whether old content may be restored into this draft now.
  await wf.decide(before, { type: "restore" }, wf.currentActor());
  const latest = await wf.versions.latest(old.id);
  const hash = contentHash(before);
  if (hash !== contentHash(old) && hash !== latest?.hash) {
    await wf.versions.add({ kind: "restore", actor: wf.actorOrNobody(), draft: before, note: `恢复${from}之前的内容` });
  }
  if (inTrash) await store.restore(old.id);
  const current = await store.get(old.id);
  const next: Draft = { ...current, record: old.record, letter: old.letter, figures: old.figures };
  const r = await wf.saveEdited(next, current.revision, wf.currentActor());
  return { id: old.id, revision: r.revision, outcome: "revised" };
}

/** The recovery handlers. */
export function recoveryHandlers(ctx: HandlerContext): RecoveryHandlers {
  return {
    listBackups: async () => listBackups(ctx.dataDir),
    listBackupDrafts: async ({ backup, text }) =>
      listBackupDrafts(ctx.dataDir, backup, [...ctx.store.list({}), ...ctx.store.list({ trashed: true })], text),
    listBackupVersionsOfDraft: async ({ id }) => {
      const out: BackupDraftVersion[] = [];
      const exists = [...ctx.store.list({}), ...ctx.store.list({ trashed: true })].some((s) => s.id === id);
      const nowHash = exists ? contentHash(await ctx.store.get(id)) : null;
      for (const backup of (await backupNames(ctx.dataDir)).reverse()) {
        const found = await backupDraftFile(ctx.dataDir, backup, id);
        if (!found) continue;
        try {
          const d = await readDraftFile(found.file);
          out.push({
            backup,
            revision: d.revision,
            updatedAt: d.updatedAt,
            title: displayTitle(d),
            status: d.status,
            trashed: found.trashed,
            sameAsNow: contentHash(d) === nowHash,
            problem: null,
          });
        } catch (err) {
          const message = err instanceof AppError ? err.message : String(err);
          out.push({
            backup,
            revision: 0,
            updatedAt: "",
            title: "",
            status: "草稿",
            trashed: found.trashed,
            sameAsNow: false,
            problem: message,
          });
        }
      }
      return out;
    },
    restoreDraftFromBackup: async ({ id, backup }) => {
      const found = await backupDraftFile(ctx.dataDir, backup, id);
      if (!found) throw new AppError("NOT_FOUND", `备份 ${backup} 中没有编号为 ${id} 的文稿。`);
      const old = await readDraftFile(found.file);
      if (old.id !== id) throw new AppError("CORRUPT", `备份 ${backup} 中的文件与文稿编号不一致，不能恢复。`);
      return restoreContent(ctx, old, `备份 ${backup}`);
    },
    restoreDraftFromVersion: async ({ id, n }) => {
      const version = await workflowFor(ctx).versions.read(id, n);
      return restoreContent(ctx, version.draft, `版本 ${n}`);
    },
  };
}
