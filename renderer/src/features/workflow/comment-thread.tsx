// The comments anchored to one block: open ones first, 标记已解决, and a form to add one.
import { useState } from "react";
import type { CommentRecord } from "../../../../shared/workflow/schemas";
import { api, errorMessage } from "../../api";
import { formatTime } from "../../lib/format";
import { TextArea } from "../../lib/text-area";

/** Props: where the thread is, its comments and what the current user may do. */
export interface CommentThreadProps {
  readonly draftId: string;
  readonly anchor: string;
  /** The block's place in words, used in labels (第一部分第1段). */
  readonly label: string;
  readonly comments: readonly CommentRecord[];
  readonly canComment: boolean;
  readonly canResolve: boolean;
  /** Called after a comment was added or resolved (reload the comments). */
  readonly onChanged: () => void;
}

/** One comment with its author, time, version and state. */
function CommentItem(props: {
  readonly comment: CommentRecord;
  readonly canResolve: boolean;
  readonly busy: boolean;
  readonly onResolve: () => void;
}) {
  const c = props.comment;
  return (
    <li className={c.resolved ? "wf-comment wf-comment-resolved" : "wf-comment wf-comment-open"}>
      <p className="wf-comment-meta">
        {c.author.name}（{c.author.role}）· {formatTime(c.time)}
        {c.version !== null ? ` · 第 ${c.version} 版` : ""}
      </p>
      <p className="wf-comment-text">{c.text}</p>
      {c.resolved ? (
        <p className="wf-comment-state">
          已解决{c.resolvedBy ? `（${c.resolvedBy.name}${c.resolvedAt ? `，${formatTime(c.resolvedAt)}` : ""}）` : ""}
        </p>
      ) : (
        <p className="wf-comment-state wf-comment-state-open">
          未解决
          {props.canResolve && (
            <button type="button" className="btn btn-small" disabled={props.busy} onClick={props.onResolve}>
              标记已解决
            </button>
          )}
        </p>
      )}
    </li>
  );
}

/** The thread beside a block of the review view. */
export function CommentThread(props: CommentThreadProps) {
  const { draftId, anchor, label, comments, canComment, canResolve, onChanged } = props;
  const [writing, setWriting] = useState(false);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ordered = [...comments].sort((a, b) => Number(a.resolved) - Number(b.resolved));

  const run = async (job: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await job();
      onChanged();
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const add = async (): Promise<void> => {
    if (text.trim() === "") {
      setError("请先写下批注内容。");
      return;
    }
    if (await run(() => api.addComment({ id: draftId, anchor, text: text.trim() }))) {
      setText("");
      setWriting(false);
    }
  };

  return (
    <div className="wf-thread">
      {ordered.length > 0 && (
        <ul className="wf-comments" aria-label={`${label}的批注`}>
          {ordered.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              canResolve={canResolve}
              busy={busy}
              onResolve={() => void run(() => api.resolveComment({ id: draftId, commentId: c.id }))}
            />
          ))}
        </ul>
      )}
      {canComment && !writing && (
        <button type="button" className="btn btn-small" aria-label={`批注${label}`} onClick={() => setWriting(true)}>
          批注
        </button>
      )}
      {writing && (
        <div className="wf-comment-form">
          <TextArea aria-label={`对${label}的批注`} rows={3} value={text} onCommit={setText} maxLength={5000} />
          <div className="wf-row">
            <button type="button" className="btn btn-small btn-primary" disabled={busy} onClick={() => void add()}>
              添加批注
            </button>
            <button type="button" className="btn btn-small" onClick={() => setWriting(false)}>
              取消
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
