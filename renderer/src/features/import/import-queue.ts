// The import queue: files and pastes waiting to be recognised, checked and saved. Kept outside React so it
// survives leaving the 导入 page (保存为文稿 opens the draft; the rest of the queue waits for the user).
import type { ImportPreview } from "../../../../shared/api/import";
import type { Draft } from "../../../../shared/model/draft";
import { api, errorMessage } from "../../api";
import { fileToBase64, uploadProblem } from "./read-file";

/** Where a queued letter comes from. */
export type QueueSource =
  { readonly kind: "file"; readonly file: File } | { readonly kind: "paste"; readonly text: string };

/** Where a queued letter is: waiting → reading → ready (checked by the user) → saving → saved; or refused/failed. */
export type QueueState =
  | { readonly kind: "waiting" }
  | { readonly kind: "reading" }
  | {
      readonly kind: "ready";
      readonly preview: ImportPreview;
      /** The draft as the user corrected it on the check screen. */
      readonly draft: Draft;
      /** False while a collapsed 成文日期 still waits for the user's confirmation. */
      readonly dateConfirmed: boolean;
      readonly saving: boolean;
      readonly saveError: string | null;
    }
  | { readonly kind: "refused"; readonly preview: ImportPreview }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "saved"; readonly id: string; readonly title: string };

/** One letter in the queue. */
export interface QueueItem {
  readonly key: string;
  /** File name, or 粘贴的文字 (n). */
  readonly name: string;
  readonly source: QueueSource;
  readonly state: QueueState;
}

/** A snapshot of the queue for rendering. */
export interface QueueSnapshot {
  readonly items: readonly QueueItem[];
  /** The letter on the check screen. */
  readonly selected: string | null;
}

let snapshot: QueueSnapshot = { items: [], selected: null };
const listeners = new Set<() => void>();
let seq = 0;
let pastes = 0;
let pumping = false;

function publish(next: QueueSnapshot): void {
  snapshot = next;
  for (const l of listeners) l();
}

function setItem(key: string, fn: (item: QueueItem) => QueueItem): void {
  publish({ ...snapshot, items: snapshot.items.map((i) => (i.key === key ? fn(i) : i)) });
}

function setState(key: string, state: QueueState): void {
  setItem(key, (i) => ({ ...i, state }));
}

/** Whether an item still needs the user (its check screen is worth showing). */
export function isOpen(item: QueueItem): boolean {
  return item.state.kind !== "saved";
}

// Shows the first letter that can be checked when nothing useful is on screen.
function autoSelect(): void {
  const current = snapshot.items.find((i) => i.key === snapshot.selected);
  if (current && current.state.kind !== "saved") return;
  const next = snapshot.items.find((i) => ["ready", "refused", "failed"].includes(i.state.kind));
  if (next && next.key !== snapshot.selected) publish({ ...snapshot, selected: next.key });
}

async function recognise(item: QueueItem): Promise<QueueState> {
  try {
    let preview: ImportPreview;
    if (item.source.kind === "paste") {
      preview = await api.previewImport({ text: item.source.text });
    } else {
      const problem = uploadProblem(item.source.file);
      if (problem) return { kind: "failed", message: problem };
      preview = await api.previewImport({ fileName: item.name, base64: await fileToBase64(item.source.file) });
    }
    if (preview.kind !== "reply" || preview.draft === null) return { kind: "refused", preview };
    return {
      kind: "ready",
      preview,
      draft: preview.draft,
      dateConfirmed: preview.collapsedDates.length === 0,
      saving: false,
      saveError: null,
    };
  } catch (err) {
    return { kind: "failed", message: errorMessage(err) };
  }
}

// Recognises waiting letters one at a time (main parses one letter at a time anyway; progress stays honest).
async function pump(): Promise<void> {
  if (pumping) return;
  pumping = true;
  try {
    for (;;) {
      const next = snapshot.items.find((i) => i.state.kind === "waiting");
      if (!next) break;
      setState(next.key, { kind: "reading" });
      const state = await recognise(next);
      if (snapshot.items.some((i) => i.key === next.key)) setState(next.key, state);
      autoSelect();
    }
  } finally {
    pumping = false;
  }
}

function enqueue(entries: readonly { name: string; source: QueueSource }[]): void {
  if (entries.length === 0) return;
  const added: QueueItem[] = entries.map((e) => ({
    key: `q${++seq}`,
    name: e.name,
    source: e.source,
    state: { kind: "waiting" },
  }));
  publish({ ...snapshot, items: [...snapshot.items, ...added] });
  void pump();
}

/** The queue API the page uses. */
export const importQueue = {
  /** Subscribes to changes (for useSyncExternalStore). */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The current snapshot (stable between changes). */
  get(): QueueSnapshot {
    return snapshot;
  },
  /** Adds picked or dropped files. */
  addFiles(files: readonly File[]): void {
    enqueue(files.map((file) => ({ name: file.name, source: { kind: "file", file } })));
  },
  /** Adds pasted text as one letter. */
  addText(text: string): void {
    enqueue([{ name: `粘贴的文字（${++pastes}）`, source: { kind: "paste", text } }]);
  },
  /** Shows a letter on the check screen. */
  select(key: string): void {
    publish({ ...snapshot, selected: key });
  },
  /** Applies a correction the user made on the check screen. */
  editDraft(key: string, fn: (draft: Draft) => Draft): void {
    setItem(key, (i) => (i.state.kind === "ready" ? { ...i, state: { ...i.state, draft: fn(i.state.draft) } } : i));
  },
  /** Records that the user confirmed (or unconfirmed) a collapsed 成文日期. */
  confirmDate(key: string, confirmed: boolean): void {
    setItem(key, (i) => (i.state.kind === "ready" ? { ...i, state: { ...i.state, dateConfirmed: confirmed } } : i));
  },
  /** Saves a checked letter as a new draft; resolves to its id, or null when saving failed (the error is shown). */
  async save(key: string): Promise<string | null> {
    const item = snapshot.items.find((i) => i.key === key);
    if (!item || item.state.kind !== "ready" || item.state.saving) return null;
    const ready = item.state;
    setState(key, { ...ready, saving: true, saveError: null });
    try {
      const saved = await api.saveImportedDraft({ draft: ready.draft });
      setState(key, { kind: "saved", id: saved.id, title: saved.title });
      return saved.id;
    } catch (err) {
      setState(key, { ...ready, saving: false, saveError: errorMessage(err) });
      return null;
    }
  },
  /** The next letter after `key` that still needs the user, if any. */
  nextOpen(key: string): QueueItem | null {
    const at = snapshot.items.findIndex((i) => i.key === key);
    const after = [...snapshot.items.slice(at + 1), ...snapshot.items.slice(0, Math.max(at, 0))];
    return after.find(isOpen) ?? null;
  },
  /** Drops a letter from the queue (不导入). */
  remove(key: string): void {
    const items = snapshot.items.filter((i) => i.key !== key);
    publish({ items, selected: snapshot.selected === key ? null : snapshot.selected });
    autoSelect();
  },
  /** Removes saved, refused and failed letters (the list gets long after a big batch). */
  clearFinished(): void {
    const items = snapshot.items.filter((i) => !["saved", "refused", "failed"].includes(i.state.kind));
    publish({ items, selected: items.some((i) => i.key === snapshot.selected) ? snapshot.selected : null });
    autoSelect();
  },
};
