// 恢复 (#/recovery, #/recovery/<id>): the daily backups, the drafts each holds, and one draft's history to restore from.
import { useCallback, useState } from "react";
import type { Draft } from "../../../../shared/model/draft";
import { api, errorMessage } from "../../api";
import { ConfirmDialog } from "../../lib/confirm-dialog";
import { hrefOf } from "../../lib/routes";
import { useAsync } from "../../lib/use-async";
import { BackupDrafts } from "./backup-drafts";
import { BackupList } from "./backup-list";
import { DraftHistory } from "./draft-history";
import { confirmText, resultText, type RestoreTarget } from "./restore-target";
import "./recovery.css";

/** What the confirmation dialog is asking about. */
interface Pending {
  readonly target: RestoreTarget;
  readonly current: Draft | null;
}

/** The 恢复 page; `id` selects the draft whose history is shown. */
export function RecoveryPage({ id }: { readonly id: string | null }) {
  const backups = useAsync(useCallback(() => api.listBackups({}), []));
  const settings = useAsync(useCallback(() => api.getSettings({}), []));
  const [chosen, setChosen] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const [result, setResult] = useState<{ kind: "ok" | "error"; text: string; id: string } | null>(null);
  const backup = chosen ?? backups.value?.[0]?.name ?? null;

  const restore = async ({ target }: Pending): Promise<void> => {
    setPending(null);
    setBusy(true);
    try {
      const r =
        target.kind === "backup"
          ? await api.restoreDraftFromBackup({ id: target.id, backup: target.backup })
          : await api.restoreDraftFromVersion({ id: target.id, n: target.n });
      setResult({ kind: "ok", text: resultText(target, r), id: r.id });
    } catch (err) {
      setResult({ kind: "error", text: `恢复失败：${errorMessage(err)}`, id: target.id });
    } finally {
      setBusy(false);
      setRefresh((n) => n + 1);
    }
  };

  return (
    <section className="page page-recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title" className="page-title">
        恢复
      </h1>
      <p className="list-note">
        程序每天第一次启动时自动备份数据文件夹，保留最近 {settings.value?.backupDays ?? "…"} 天（可在
        <a href={hrefOf({ page: "settings" })}>设置</a>
        中修改）。选择备份中的文稿，或从文稿页的“恢复…”进入，即可把文稿恢复为备份或审核版本中的内容；恢复前的内容会保留为一个版本。
      </p>
      {result && (
        <p
          role={result.kind === "error" ? "alert" : "status"}
          className={result.kind === "error" ? "form-error" : "form-ok"}
        >
          {result.text}
          {result.kind === "ok" && (
            <>
              {" "}
              <a href={hrefOf({ page: "draft", id: result.id })}>打开文稿</a>
            </>
          )}
        </p>
      )}
      <div className="recovery-columns">
        <div className="recovery-column">
          <section className="recovery-panel" aria-labelledby="backups-title">
            <h2 id="backups-title" className="section-title">
              每日备份
            </h2>
            {backups.status === "error" && (
              <p role="alert" className="form-error">
                无法读取备份：{backups.error}
              </p>
            )}
            {backups.value && <BackupList backups={backups.value} selected={backup} onSelect={setChosen} />}
          </section>
          {backup && <BackupDrafts backup={backup} selectedId={id} refresh={refresh} />}
        </div>
        <div className="recovery-column">
          {id ? (
            <DraftHistory
              id={id}
              refresh={refresh}
              busy={busy}
              onRestore={(target, current) => setPending({ target, current })}
            />
          ) : (
            <p className="list-note">在左侧选择一份文稿，查看它在各个备份中的内容和审核版本。</p>
          )}
        </div>
      </div>
      {pending && (
        <ConfirmDialog
          title="恢复这份文稿？"
          message={confirmText(pending.target, pending.current?.status ?? null)}
          confirmLabel="恢复"
          onConfirm={() => void restore(pending)}
          onCancel={() => setPending(null)}
        />
      )}
    </section>
  );
}
