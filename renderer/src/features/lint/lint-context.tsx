// 格式审查 in the draft workspace: lints a deferred copy of the draft (typing never waits for the rules), and gives
// fields their underline marks and the panel its findings, jump-to, quick fixes and acknowledgements.
import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { todayIso } from "../../../../shared/letter/dates";
import { applyFix, lintDraft, type Finding, type Severity } from "../../../../shared/lint";
import type { Draft } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";
import { textAt } from "./field-text";
import { findField } from "./find-field";
import { findingKey, marksByPath, shiftMarks, worse, type FieldMark } from "./marks";
import { useAcknowledgements, type Acknowledgements } from "./use-acknowledgements";

/** How the editor applies a change as one undo step (LetterEditor's apply). */
export type EditorApply = (fn: (d: Draft) => Draft, editKey?: string) => void;

/** What the lint context offers fields and the panel. */
export interface LintApi {
  /** Findings of the deferred copy, in document order. */
  readonly findings: readonly Finding[];
  /** The copy they were computed on. */
  readonly linted: Draft;
  readonly marks: ReadonlyMap<string, readonly FieldMark[]>;
  /** The finding last chosen in the panel (drawn stronger). */
  readonly activeKey: string | null;
  /** Focuses the field of finding `index` and selects its text; false when it has no field on this page. */
  readonly focusFinding: (index: number) => boolean;
  /** Applies finding `index`'s quick fix as one undo step; an error message (Chinese) or null. */
  readonly applyQuickFix: (index: number) => string | null;
  readonly acks: Acknowledgements;
  /** LetterEditor registers its apply here, so quick fixes go through the editor's own update path. */
  readonly bindEditor: (apply: EditorApply | null) => void;
}

const LintContext = createContext<LintApi | null>(null);

/** Props: the latest draft, the deferred copy to lint, settings, and update() as a fallback path. */
export interface LintProviderProps {
  readonly draft: Draft;
  readonly linted: Draft;
  readonly settings: Settings;
  readonly update: (fn: (d: Draft) => Draft) => void;
  readonly children: ReactNode;
}

/** Runs 格式审查 for the workspace (see the comment at the top of this file). */
export function LintProvider({ draft, linted, settings, update, children }: LintProviderProps) {
  const [today] = useState(() => todayIso(new Date()));
  const findings = useMemo(() => lintDraft({ draft: linted, settings, today }), [linted, settings, today]);
  const marks = useMemo(() => marksByPath(findings), [findings]);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const acks = useAcknowledgements(draft.id);
  const latest = useRef(draft);
  useLayoutEffect(() => {
    latest.current = draft;
  }, [draft]);
  const editor = useRef<EditorApply | null>(null);
  const bindEditor = useCallback((apply: EditorApply | null) => {
    editor.current = apply;
  }, []);

  const focusFinding = useCallback(
    (index: number): boolean => {
      const f = findings[index];
      if (!f) return false;
      setActiveKey(findingKey(f, index));
      if (!f.location) return false;
      const el = findField(f.location.path);
      if (!el) return false;
      el.scrollIntoView({ block: "center" });
      el.focus({ preventScroll: true });
      if ((el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type === "text")) && el.value) {
        // The finding was computed on the deferred copy: move its range onto what the field shows now.
        const [range] = shiftMarks([f.location], textAt(linted, f.location.path), el.value);
        if (range) el.setSelectionRange(Math.min(range.start, el.value.length), Math.min(range.end, el.value.length));
      }
      return true;
    },
    [findings, linted],
  );

  const applyQuickFix = useCallback(
    (index: number): string | null => {
      const fix = findings[index]?.fix;
      if (!fix) return null;
      // A fix's offsets are into the linted copy: refuse if the text has changed since (the panel catches up).
      const fits = (d: Draft): boolean => fix.edits.every((e) => textAt(d, e.path) === textAt(linted, e.path));
      if (!fits(latest.current)) return "正文刚刚有改动，请等格式审查更新后再点修正。";
      const change = (d: Draft): Draft => (fits(d) ? applyFix(d, fix) : d);
      const rule = findings[index]?.rule ?? "";
      try {
        if (editor.current) editor.current(change, `fix:${rule}:${index}`);
        else update(change);
      } catch (err) {
        return err instanceof Error ? err.message : String(err);
      }
      return null;
    },
    [findings, linted, update],
  );

  const value = useMemo<LintApi>(
    () => ({ findings, linted, marks, activeKey, focusFinding, applyQuickFix, acks, bindEditor }),
    [findings, linted, marks, activeKey, focusFinding, applyQuickFix, acks, bindEditor],
  );
  return <LintContext.Provider value={value}>{children}</LintContext.Provider>;
}

/** The lint context, or null outside a LintProvider (the editor then simply shows no marks). */
export function useLint(): LintApi | null {
  return useContext(LintContext);
}

/** What a field needs: its marks (moved onto the text it shows), its worst severity and the active finding. */
export interface FieldLint {
  readonly marks: readonly FieldMark[];
  readonly worst: Severity | null;
  readonly activeKey: string | null;
}

const NONE: FieldLint = { marks: [], worst: null, activeKey: null };

/** The marks of the field at `path` that currently shows `shown`. */
export function useFieldLint(path: string | undefined, shown: string): FieldLint {
  const lint = useLint();
  if (!lint || path === undefined) return NONE;
  const own = lint.marks.get(path);
  if (!own || own.length === 0) return NONE;
  let worst: Severity | null = null;
  for (const m of own) worst = worse(worst, m.severity);
  const base = textAt(lint.linted, path);
  const marks = base === "" ? [] : shiftMarks(own, base, shown);
  return { marks, worst, activeKey: lint.activeKey };
}

/** Lets LetterEditor hand its apply() to the lint context for quick fixes (no-op outside a provider). */
export function useBindEditorApply(apply: EditorApply): void {
  const lint = useLint();
  const bind = lint?.bindEditor;
  useLayoutEffect(() => {
    if (!bind) return;
    bind(apply);
    return () => bind(null);
  }, [bind, apply]);
}
