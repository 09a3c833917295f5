// An IME-safe letter text field (<input> or <textarea>) with a legend that shows its {{fig:…}}/{{var:…}} tokens
// readably. It keeps its own text while focused, never takes props under the cursor (only after undo/redo),
// commits on every keystroke outside composition and once at compositionend.
import { useId, useRef, useState, type ChangeEvent } from "react";
import {
  figureText,
  figureIdsIn,
  isVariableName,
  variableNamesIn,
  variableValue,
} from "../../../../shared/letter/variables";
import { useFieldLint } from "../lint/lint-context";
import { LintUnderlay } from "../lint/lint-underlay";
import { useEditor } from "./editor-context";

/** Props of LetterField. */
export interface LetterFieldProps {
  /** Accessible label (Playwright uses getByLabel). */
  readonly label: string;
  readonly value: string;
  readonly onCommit: (text: string) => void;
  /** Identifies the field for undo coalescing (a typing burst in one field is one step). */
  readonly editKey: string;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  /** Hide the visible label (the label stays accessible). */
  readonly hideLabel?: boolean;
  readonly className?: string;
  /** Path of this text in the draft (as lint findings name it, e.g. "sections.0.measures.1.text"): underlines. */
  readonly lintPath?: string;
}

/** One letter text field with its token legend. */
export function LetterField(props: LetterFieldProps) {
  const { label, value, onCommit, editKey, multiline, placeholder, hideLabel, className, lintPath } = props;
  const ed = useEditor();
  const id = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const composing = useRef(false);
  const [focused, setFocused] = useState(false);
  const [local, setLocal] = useState(value);
  const [seenEpoch, setSeenEpoch] = useState(ed.epoch);
  if (seenEpoch !== ed.epoch) {
    // Undo/redo happened: the committed value wins, even in the focused field (never during composition:
    // the undo shortcut is ignored while composing).
    setSeenEpoch(ed.epoch);
    setLocal(value);
  }
  const shown = focused ? local : value;
  const lint = useFieldLint(lintPath, shown);

  const commit = (text: string, key = `type:${editKey}`): void => {
    ed.noteEdit(key);
    onCommit(text);
  };
  const replace = (text: string, caret: number): void => {
    setLocal(text);
    commit(text, `insert:${editKey}`);
    requestAnimationFrame(() => {
      const el = ref.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(caret, caret);
    });
  };

  const handlers = {
    id,
    ref,
    value: shown,
    placeholder,
    "aria-describedby": `${id}-legend`,
    "data-lint-path": lintPath,
    onFocus: () => {
      setLocal(value);
      setFocused(true);
      if (ref.current) ed.setCaretTarget({ element: ref.current, replace });
    },
    onBlur: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      setFocused(false);
      if (composing.current) {
        composing.current = false;
        commit(e.currentTarget.value);
      }
    },
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const text = e.currentTarget.value;
      setLocal(text);
      if (!composing.current) commit(text);
    },
    onCompositionStart: () => {
      composing.current = true;
    },
    onCompositionEnd: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      composing.current = false;
      const text = e.currentTarget.value;
      setLocal(text);
      commit(text);
    },
  };

  return (
    <div className={`ed-field${className ? ` ${className}` : ""}`}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "ed-label"}>
        {label}
      </label>
      {/* The wrapper is always there, so marks appearing never re-mount the field (an IME must not lose it). */}
      <div className={`lint-wrap${lint.worst ? ` lint-wrap-${lint.worst}` : ""}`}>
        {multiline ? <textarea rows={2} {...handlers} /> : <input type="text" {...handlers} />}
        {lint.marks.length > 0 && (
          <LintUnderlay target={ref} text={shown} marks={lint.marks} activeKey={lint.activeKey} />
        )}
      </div>
      <TokenLegend id={`${id}-legend`} text={shown} />
    </div>
  );
}

/** Lists what each {{fig:ID}} and {{var:NAME}} in a text currently prints as. */
function TokenLegend({ id, text }: { readonly id: string; readonly text: string }) {
  const ed = useEditor();
  const figs = figureIdsIn(text);
  const vars = variableNamesIn(text);
  if (figs.length === 0 && vars.length === 0) return <span id={id} hidden />;
  const ctx = { record: ed.draft.record, bureau: ed.settings.bureau, figures: ed.figures };
  return (
    <ul id={id} className="ed-legend" aria-label="引用说明">
      {figs.map((fid) => {
        const f = ed.figures.find((x) => x.id === fid);
        return (
          <li key={`f-${fid}`} className={f ? "" : "ed-legend-missing"}>
            <code>{`{{fig:${fid}}}`}</code> = {f ? `${f.label || "数据"}：${figureText(f)}` : "数据已删除，请重新插入"}
          </li>
        );
      })}
      {vars.map((name) => (
        <li key={`v-${name}`} className={isVariableName(name) ? "" : "ed-legend-missing"}>
          <code>{`{{var:${name}}}`}</code> ={" "}
          {isVariableName(name) ? variableValue(name, ctx) || "（记录中尚未填写）" : "未知变量"}
        </li>
      ))}
    </ul>
  );
}
