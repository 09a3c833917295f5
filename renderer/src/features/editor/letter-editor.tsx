// The letter editor: title and salutation (generated unless overridden), opening, background, sections of
// measures, closing, figures and sign-off; undo/redo over content snapshots; IME-safe fields throughout.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { updateLetter } from "../../../../shared/letter/edit-ops";
import { insertFigureRef } from "../../../../shared/letter/figure-ops";
import { defaultSalutation } from "../../../../shared/letter/salutation";
import { generateTitle } from "../../../../shared/letter/title";
import type { Draft } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";
import { ConfirmDialog } from "../../lib/confirm-dialog";
import { useBindEditorApply } from "../lint/lint-context";
import { AutoField } from "./auto-field";
import { EditorContext, type CaretTarget, type EditorServices } from "./editor-context";
import { FiguresPanel } from "./figures-panel";
import { LetterField } from "./letter-field";
import { ParagraphList } from "./paragraph-list";
import { SectionList } from "./section-list";
import { SignOffPanel } from "./sign-off-panel";
import { useUndoHistory } from "./use-undo-history";
import { useUndoShortcuts } from "./use-undo-shortcuts";
import "./editor.css";

/** Props of LetterEditor. onChange receives each new immutable draft; onCommit marks a discrete step. */
export interface LetterEditorProps {
  readonly draft: Draft;
  readonly settings: Settings;
  readonly onChange: (next: Draft) => void;
  /** Called after a structural change, undo or redo (not after each keystroke), e.g. to save soon. */
  readonly onCommit?: () => void;
}

interface Pending {
  readonly title: string;
  readonly message: string;
  readonly action: () => void;
}

/** The templated letter editor (see the comment at the top of this file). */
export function LetterEditor({ draft, settings, onChange, onCommit }: LetterEditorProps) {
  const latest = useRef(draft);
  useLayoutEffect(() => {
    latest.current = draft;
  }, [draft]);
  const root = useRef<HTMLDivElement>(null);
  const caret = useRef<CaretTarget | null>(null);
  const [epoch, setEpoch] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  const getLatest = useCallback(() => latest.current, []);
  const push = useCallback(
    (next: Draft) => {
      latest.current = next;
      onChange(next);
    },
    [onChange],
  );
  const onRestored = useCallback(() => {
    setEpoch((e) => e + 1);
    onCommit?.();
  }, [onCommit]);
  const history = useUndoHistory(draft, getLatest, push, onRestored);
  const noted = useRef<string | null>(null);
  const historyNote = history.noteEdit;
  const noteEdit = useCallback(
    (key: string) => {
      noted.current = key;
      historyNote(key);
    },
    [historyNote],
  );

  const apply = useCallback(
    (fn: (d: Draft) => Draft, editKey?: string) => {
      let next: Draft;
      try {
        next = fn(latest.current);
      } catch (err) {
        setMessage(err instanceof Error ? err.message : String(err));
        return;
      }
      const key = editKey ?? noted.current;
      noted.current = null;
      if (next === latest.current) return;
      if (editKey) noteEdit(editKey);
      setMessage(null);
      push(next);
      if (!key?.startsWith("type:")) onCommit?.();
    },
    [noteEdit, push, onCommit],
  );

  useUndoShortcuts(root, history.undo, history.redo);
  // 格式审查 quick fixes go through apply(), so each is one undo step like any other edit.
  useBindEditorApply(apply);

  const services = useMemo<EditorServices>(
    () => ({
      draft,
      settings,
      figures: draft.figures,
      epoch,
      setCaretTarget: (t) => {
        caret.current = t;
      },
      noteEdit,
      apply,
      notify: setMessage,
      confirm: (title, msg, action) => setPending({ title, message: msg, action }),
    }),
    [draft, settings, epoch, noteEdit, apply],
  );

  const insertFigure = (figureId: string): void => {
    const target = caret.current;
    if (!target || !target.element.isConnected) {
      setMessage("请先在正文中点击要插入数据的位置，再点“插入到光标处”。");
      return;
    }
    const el = target.element;
    const at = el.selectionStart ?? el.value.length;
    const next = insertFigureRef(el.value, at, figureId);
    target.replace(next.text, next.caret);
  };

  const letter = draft.letter;
  const autoTitle = generateTitle(draft.record, settings.bureau);
  const autoSalutation = defaultSalutation(draft.record);

  return (
    <EditorContext.Provider value={services}>
      <div className="letter-editor" ref={root} aria-label="正文编辑">
        <div className="ed-toolbar" role="toolbar" aria-label="编辑工具栏">
          <button
            type="button"
            className="btn btn-small"
            onClick={history.undo}
            disabled={!history.canUndo}
            title="Ctrl+Z"
          >
            撤销
          </button>
          <button
            type="button"
            className="btn btn-small"
            onClick={history.redo}
            disabled={!history.canRedo}
            title="Ctrl+Y / Ctrl+Shift+Z"
          >
            重做
          </button>
          <span className="ed-status" role="status" aria-label="编辑提示" data-testid="editor-message">
            {message}
          </span>
        </div>

        <fieldset className="ed-panel">
          <legend>标题与称呼</legend>
          <AutoField
            label="标题"
            value={letter.title}
            placeholder={autoTitle}
            path="title"
            resetLabel="使用自动标题"
            onSet={(title) => apply((d) => updateLetter(d, { title }))}
          />
          <AutoField
            label="称呼"
            value={letter.salutation}
            placeholder={autoSalutation || "填写提案人后自动生成"}
            path="salutation"
            resetLabel="使用自动称呼"
            onSet={(salutation) => apply((d) => updateLetter(d, { salutation }))}
          />
        </fieldset>

        <fieldset className="ed-panel">
          <legend>正文</legend>
          <LetterField
            label="开头"
            multiline
            value={letter.opening}
            editKey="opening"
            lintPath="opening"
            onCommit={(t) => apply((d) => updateLetter(d, { opening: t }))}
          />
          <h4 className="ed-subhead">背景段落</h4>
          <ParagraphList
            label="背景"
            items={letter.background}
            editKey="background"
            lintPath="background"
            addLabel="＋ 背景段落"
            onChange={(background) => apply((d) => updateLetter(d, { background }))}
          />
          <h4 className="ed-subhead">各部分（一、二、…）与措施</h4>
          <SectionList sections={letter.sections} />
          <h4 className="ed-subhead">结尾</h4>
          <ParagraphList
            label="结尾"
            items={letter.closing}
            editKey="closing"
            lintPath="closing"
            addLabel="＋ 结尾段落"
            onChange={(closing) => apply((d) => updateLetter(d, { closing }))}
          />
        </fieldset>

        <FiguresPanel onInsert={insertFigure} />
        <SignOffPanel />

        {pending && (
          <ConfirmDialog
            title={pending.title}
            message={pending.message}
            confirmLabel="删除"
            danger
            onConfirm={() => {
              setPending(null);
              pending.action();
            }}
            onCancel={() => setPending(null)}
          />
        )}
      </div>
    </EditorContext.Provider>
  );
}
