// Autosave of one draft, outside React: debounce, one save in flight, revision tracking, IME pauses.
import type { Draft } from "../../../../shared/model/draft";

/** What the header shows about saving. */
export type SaveState =
  | { readonly kind: "saved" }
  /** Changes wait for the debounce or for an input method to finish composing. */
  | { readonly kind: "pending" }
  | { readonly kind: "saving" }
  | { readonly kind: "error"; readonly message: string }
  /** The file on disk is newer: autosave stops until the user reloads (never overwrite silently). */
  | { readonly kind: "conflict"; readonly message: string };

/** A failed save as the controller needs to know it. */
export interface SaveFailure {
  readonly conflict: boolean;
  readonly message: string;
}

/** What the controller depends on; timers are injectable for tests. */
export interface AutosaveDeps {
  readonly save: (draft: Draft, baseRevision: number) => Promise<{ revision: number; updatedAt: string }>;
  readonly describeError: (err: unknown) => SaveFailure;
  readonly onState: (state: SaveState) => void;
  /** Called after a successful save with the new revision (the caller updates its copy of the draft). */
  readonly onSaved: (revision: number, updatedAt: string) => void;
  readonly delayMs: number;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

/** Saves a draft ~delayMs after the last edit, never while an IME composes, one request at a time. */
export class AutosaveController {
  private draft: Draft;
  private baseRevision: number;
  private editVersion = 0;
  private savedVersion = 0;
  private inFlight = false;
  private composing = false;
  private stopped = false;
  private timer: unknown = null;
  private state: SaveState = { kind: "saved" };
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    initial: Draft,
    private readonly deps: AutosaveDeps,
  ) {
    this.draft = initial;
    this.baseRevision = initial.revision;
    this.setTimer = deps.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = deps.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** The latest draft content known to the controller. */
  get current(): Draft {
    return this.draft;
  }

  /** Whether there are edits not yet written to disk. */
  get dirty(): boolean {
    return this.editVersion !== this.savedVersion;
  }

  /** Records new content and schedules a save (unless an input method is composing). */
  edit(next: Draft): void {
    this.draft = next;
    this.editVersion += 1;
    if (this.state.kind === "conflict") return;
    this.setState({ kind: "pending" });
    if (!this.composing) this.schedule();
  }

  /** compositionstart → true (cancels the pending save), compositionend → false (schedules it). */
  setComposing(composing: boolean): void {
    this.composing = composing;
    if (composing) this.cancelTimer();
    else if (this.dirty) this.schedule();
  }

  /** Saves now (Ctrl+S): skips the debounce; does nothing useful in a conflict. */
  saveNow(): Promise<void> {
    this.cancelTimer();
    return this.run();
  }

  /** Starts over from a freshly loaded draft (after 重新加载). */
  reset(draft: Draft): void {
    this.cancelTimer();
    this.draft = draft;
    this.baseRevision = draft.revision;
    this.editVersion = 0;
    this.savedVersion = 0;
    this.setState({ kind: "saved" });
  }

  /** Stops reporting state; a pending edit is still written once (leaving the page must not lose it). */
  dispose(): void {
    this.cancelTimer();
    this.composing = false;
    this.stopped = true;
    // An in-flight save writes the remaining edits itself when it returns.
    if (this.dirty && !this.inFlight) void this.run();
  }

  private schedule(): void {
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.run();
    }, this.deps.delayMs);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    if (this.inFlight || this.state.kind === "conflict") return;
    if (!this.dirty) {
      this.setState({ kind: "saved" });
      return;
    }
    const version = this.editVersion;
    const draft = { ...this.draft, revision: this.baseRevision };
    this.inFlight = true;
    this.setState({ kind: "saving" });
    try {
      const result = await this.deps.save(draft, this.baseRevision);
      this.baseRevision = result.revision;
      this.savedVersion = version;
      this.draft = { ...this.draft, revision: result.revision, updatedAt: result.updatedAt };
      if (!this.stopped) this.deps.onSaved(result.revision, result.updatedAt);
      this.inFlight = false;
      if (this.dirty) {
        // Edits arrived during the save: write them too (at once if nobody is composing).
        this.setState({ kind: "pending" });
        if (!this.composing && this.timer === null) void this.run();
      } else {
        this.setState({ kind: "saved" });
      }
    } catch (err) {
      this.inFlight = false;
      const failure = this.deps.describeError(err);
      this.setState(
        failure.conflict ? { kind: "conflict", message: failure.message } : { kind: "error", message: failure.message },
      );
    }
  }

  private setState(state: SaveState): void {
    this.state = state;
    if (!this.stopped) this.deps.onState(state);
  }
}
