// The review view: the letter block by block with the changes since the last reviewed version, and the
// comments anchored to each block beside it.
import { useCallback, useMemo, useState } from "react";
import type { MethodOutput } from "../../../../shared/api/contract";
import type { Draft } from "../../../../shared/model/draft";
import type { Settings, UserRole } from "../../../../shared/model/settings";
import type { CommentRecord, VersionKind } from "../../../../shared/workflow/schemas";
import { api } from "../../api";
import { formatTime } from "../../lib/format";
import { useAsync } from "../../lib/use-async";
import { CommentThread } from "./comment-thread";
import { DiffText } from "./diff-text";
import { reviewLetter, type ReviewBlock } from "./review-blocks";

type Version = MethodOutput<"listVersions">[number];

const KIND_LABEL: Readonly<Record<VersionKind, string>> = {
  submit: "提交审核",
  sign: "签发",
  conflict: "冲突版本",
  import: "导入",
  restore: "恢复前的内容",
};

/** A version in words, for the base picker and the heading. */
export function versionLabel(v: Version): string {
  const from = v.kind === "conflict" ? `（${v.note || `来自 ${v.actor.name}`}）` : "";
  return `第 ${v.n} 版 · ${KIND_LABEL[v.kind]} · ${v.actor.name} · ${formatTime(v.createdAt)}${from}`;
}

/** Props: the draft as edited, settings, the workflow records and who is looking. */
export interface ReviewViewProps {
  readonly draft: Draft;
  readonly settings: Settings;
  readonly versions: readonly Version[];
  readonly comments: readonly CommentRecord[];
  readonly role: UserRole;
  /** Called after a comment was added or resolved. */
  readonly onCommentsChanged: () => void;
}

/** The review view (审阅视图) of the draft page. */
export function ReviewView({ draft, settings, versions, comments, role, onCommentsChanged }: ReviewViewProps) {
  const [base, setBase] = useState<number | null>(null);
  // null: decided from the content (changes to look at, or the officer's open comments); a choice sticks.
  const [focus, setFocus] = useState<boolean | null>(null);
  const { id, revision } = draft;
  const diff = useAsync(
    useCallback(
      () => api.diffVersions(base === null ? { id } : { id, fromVersion: base }),
      // revision: the stored draft changed, so the diff against it did too.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [id, base, revision],
    ),
  );
  const parts = diff.value?.parts;
  const letter = useMemo(() => reviewLetter(draft, settings, parts ?? []), [draft, settings, parts]);
  const anchored = new Set(letter.blocks.map((b) => b.path));
  const elsewhere = comments.filter((c) => !anchored.has(c.anchor));
  const open = comments.filter((c) => !c.resolved).length;
  const canResolve = role !== "文书";
  const baseVersion = diff.value?.base ?? null;
  const commentsAt = (path: string): CommentRecord[] => comments.filter((c) => c.anchor === path);
  const focused = focus ?? ((parts?.length ?? 0) > 0 || (role === "拟稿人" && open > 0));
  const shownBlocks = focused
    ? letter.blocks.filter((b) => b.changes !== null || commentsAt(b.path).length > 0)
    : letter.blocks;
  const hidden = letter.blocks.length - shownBlocks.length;
  // After adding or resolving a comment the filter stays as it was (it would otherwise flip under the cursor).
  const changed = (): void => {
    setFocus(focused);
    onCommentsChanged();
  };

  const thread = (b: Pick<ReviewBlock, "path" | "label">, list: readonly CommentRecord[], canComment = true) => (
    <CommentThread
      draftId={id}
      anchor={b.path}
      label={b.label}
      comments={list}
      canComment={canComment}
      canResolve={canResolve}
      onChanged={changed}
    />
  );

  return (
    <section className="wf-review" aria-label="审阅视图">
      <div className="wf-review-head">
        <label className="toolbar-field">
          对比版本
          <select
            value={base ?? ""}
            onChange={(e) => setBase(e.currentTarget.value === "" ? null : Number(e.currentTarget.value))}
          >
            <option value="">上次审阅的版本（默认）</option>
            {versions.map((v) => (
              <option key={v.n} value={v.n}>
                {versionLabel(v)}
              </option>
            ))}
          </select>
        </label>
        <p className="wf-note" data-testid="review-base">
          {diff.status === "loading" && !diff.value
            ? "正在比较…"
            : baseVersion
              ? `与${versionLabel(baseVersion)}相比，改动 ${parts?.length ?? 0} 处（红色删除线为删去的文字，绿色下划线为新增的文字）。`
              : "还没有审阅过的版本，显示全文。"}
        </p>
        <p className="wf-note">{open > 0 ? `${open} 条批注未解决。` : "没有未解决的批注。"}</p>
        <label className="choice">
          <input type="checkbox" checked={focused} onChange={(e) => setFocus(e.currentTarget.checked)} />
          只看有改动或批注的段落
        </label>
      </div>
      {diff.status === "error" && (
        <p role="alert" className="form-error">
          无法比较版本：{diff.error}
        </p>
      )}
      <ol className="wf-review-blocks">
        {shownBlocks.map((b) => (
          <li key={b.path} className={b.changes ? "wf-review-row wf-changed" : "wf-review-row"} aria-label={b.label}>
            <div className="wf-review-text">
              <span className="wf-block-label">
                {b.label}
                {b.changes ? "（有改动）" : ""}
              </span>
              <p className="wf-block-text">{b.changes ? <DiffText changes={b.changes} /> : b.text || "（空）"}</p>
            </div>
            {thread(b, commentsAt(b.path))}
          </li>
        ))}
      </ol>
      {focused && hidden > 0 && (
        <p className="wf-note">
          另有 {hidden} 段没有改动也没有批注，已隐藏；取消勾选“只看有改动或批注的段落”可查看全文。
        </p>
      )}
      {letter.removed.length > 0 && (
        <section aria-label="已删除的段落" className="wf-review-extra">
          <h3 className="section-title">已删除的段落</h3>
          <ul className="wf-review-blocks">
            {letter.removed.map((b, i) => (
              <li key={`${b.path}-${i}`} className="wf-review-row wf-changed">
                <div className="wf-review-text">
                  <span className="wf-block-label">{b.label}</span>
                  <p className="wf-block-text">{b.changes && <DiffText changes={b.changes} />}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {elsewhere.length > 0 && (
        <section aria-label="其他位置的批注" className="wf-review-extra">
          <h3 className="section-title">其他位置的批注（原段落已不在此位置）</h3>
          {thread({ path: "", label: "其他位置" }, elsewhere, false)}
        </section>
      )}
    </section>
  );
}
