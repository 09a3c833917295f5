// The first step of batch export: all drafts of a status, or the drafts ticked in a list.
import { useCallback, useMemo, useState, type FormEvent } from "react";
import { DraftStatus } from "../../../../shared/model/draft";
import { api } from "../../api";
import { DialogActions, FormError } from "../../lib/modal";
import { useAsync } from "../../lib/use-async";
import { byUpdatedDesc } from "../drafts/use-draft-list";
import { BatchPickList } from "./batch-pick-list";
import type { BatchScope } from "./use-batch-job";

/** Props: the status to start from (the list's filter), the start action, close, and whether starting is under way. */
export interface BatchScopeFormProps {
  readonly initialStatus: DraftStatus | null;
  readonly onStart: (scope: BatchScope) => void;
  readonly onClose: () => void;
  readonly busy: boolean;
}

/** Scope choice, the matching drafts, and 开始导出. */
export function BatchScopeForm({ initialStatus, onStart, onClose, busy }: BatchScopeFormProps) {
  const [scope, setScope] = useState<"status" | "pick">("status");
  const [status, setStatus] = useState<DraftStatus | null>(initialStatus);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const listed = useAsync(useCallback(() => api.listDrafts({ status }), [status]));
  const rows = useMemo(() => [...(listed.value ?? [])].sort(byUpdatedDesc), [listed.value]);
  const picked = rows.filter((r) => chosen.has(r.id));
  const count = scope === "status" ? rows.length : picked.length;

  const toggle = (id: string, on: boolean): void =>
    setChosen((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    onStart(scope === "status" ? { status } : { ids: picked.map((r) => r.id) });
  };

  return (
    <form onSubmit={submit}>
      <h2 id="batch-title">批量导出 Word</h2>
      <p className="field-hint">
        由登录的文书导出时，已签发、已答复的文稿按正式格式导出（加盖印章，记入审计记录）；其余文稿导出草稿（不盖章，页眉标注“草稿”）。
        浏览器中打包为一个 zip 文件下载；桌面版请选择保存文件夹，已有的同名文件不会被覆盖。
      </p>
      <div className="field">
        <label htmlFor="batch-status">状态</label>
        <select
          id="batch-status"
          value={status ?? ""}
          onChange={(e) => {
            const parsed = DraftStatus.safeParse(e.currentTarget.value);
            setStatus(parsed.success ? parsed.data : null);
          }}
        >
          <option value="">全部状态</option>
          {DraftStatus.options.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field batch-scope">
        <legend>导出范围</legend>
        <label className="choice">
          <input type="radio" name="batch-scope" checked={scope === "status"} onChange={() => setScope("status")} />
          {status ? `全部状态为“${status}”的文稿` : "全部文稿"}
        </label>
        <label className="choice">
          <input type="radio" name="batch-scope" checked={scope === "pick"} onChange={() => setScope("pick")} />
          逐份选择
        </label>
      </fieldset>
      <FormError message={listed.status === "error" ? `无法读取文稿列表：${listed.error}` : null} />
      {scope === "pick" && (
        <>
          <div className="batch-pick-tools">
            <button type="button" className="btn btn-small" onClick={() => setChosen(new Set(rows.map((r) => r.id)))}>
              全选
            </button>
            <button type="button" className="btn btn-small" onClick={() => setChosen(new Set())}>
              全不选
            </button>
          </div>
          <BatchPickList rows={rows} chosen={chosen} onToggle={toggle} />
        </>
      )}
      <p className="list-note" aria-live="polite">
        {listed.status === "loading" ? "正在读取文稿…" : `将导出 ${count} 份文稿`}
      </p>
      <DialogActions onCancel={onClose} confirmLabel={busy ? "正在开始…" : "开始导出"} disabled={busy || count === 0} />
    </form>
  );
}
