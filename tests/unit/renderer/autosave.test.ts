// AutosaveController: debounce, IME pauses, one save in flight, revision tracking, conflicts.
import { afterEach, describe, expect, it, vi } from "vitest";
import { AutosaveController, type SaveState } from "../../../renderer/src/features/drafts/autosave";
import { blankDraft } from "../../../shared/model/factory";
import type { Draft } from "../../../shared/model/draft";

const DELAY = 800;

function setup(save?: (d: Draft, base: number) => Promise<{ revision: number; updatedAt: string }>) {
  vi.useFakeTimers();
  const initial: Draft = { ...blankDraft("d1", "2024-01-01T00:00:00.000Z", "提案"), revision: 1 };
  const calls: { session: string; base: number }[] = [];
  const states: SaveState["kind"][] = [];
  let revision = 1;
  const doSave =
    save ??
    (async (d: Draft, base: number) => {
      calls.push({ session: d.record.session, base });
      revision += 1;
      return { revision, updatedAt: "2024-01-01T00:00:01.000Z" };
    });
  const controller = new AutosaveController(initial, {
    save: doSave,
    describeError: (err) => ({ conflict: String(err).includes("CONFLICT"), message: String(err) }),
    onState: (s) => states.push(s.kind),
    onSaved: () => undefined,
    delayMs: DELAY,
  });
  const edit = (session: string): void =>
    controller.edit({ ...controller.current, record: { ...controller.current.record, session } });
  return { controller, calls, states, edit };
}

describe("AutosaveController", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("saves once, DELAY ms after the last edit, with the latest text and the loaded revision", async () => {
    const { calls, edit, controller } = setup();
    edit("政");
    await vi.advanceTimersByTimeAsync(500);
    edit("政协");
    await vi.advanceTimersByTimeAsync(DELAY - 1);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([{ session: "政协", base: 1 }]);
    expect(controller.current.revision).toBe(2);
    expect(controller.dirty).toBe(false);
  });

  it("does not save while an input method composes, and saves after compositionend", async () => {
    const { calls, edit, controller } = setup();
    edit("政");
    controller.setComposing(true);
    edit("政xie");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toEqual([]);
    edit("政协");
    controller.setComposing(false);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(calls).toEqual([{ session: "政协", base: 1 }]);
  });

  it("keeps one save in flight and sends edits made meanwhile on the next revision", async () => {
    let release: () => void = () => undefined;
    const calls: { session: string; base: number }[] = [];
    let revision = 1;
    const { edit, controller } = setup(async (d, base) => {
      calls.push({ session: d.record.session, base });
      if (calls.length === 1) await new Promise<void>((r) => (release = r));
      revision += 1;
      return { revision, updatedAt: "2024-01-01T00:00:01.000Z" };
    });
    edit("一");
    await vi.advanceTimersByTimeAsync(DELAY);
    edit("一二");
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(calls).toHaveLength(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(calls).toEqual([
      { session: "一", base: 1 },
      { session: "一二", base: 2 },
    ]);
    expect(controller.dirty).toBe(false);
  });

  it("saveNow skips the debounce", async () => {
    const { calls, edit, controller } = setup();
    edit("立即");
    await controller.saveNow();
    expect(calls).toEqual([{ session: "立即", base: 1 }]);
  });

  it("stops on a conflict and never retries until reset", async () => {
    const save = vi.fn(async () => {
      throw new Error("CONFLICT");
    });
    const { edit, controller, states } = setup(save);
    edit("冲突");
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(states.at(-1)).toBe("conflict");
    edit("再改");
    await vi.advanceTimersByTimeAsync(DELAY * 3);
    await controller.saveNow();
    expect(save).toHaveBeenCalledTimes(1);
    expect(states.at(-1)).toBe("conflict");
  });

  it("reports a failed save as error and retries on the next edit", async () => {
    let fail = true;
    const { edit, states } = setup(async () => {
      if (fail) throw new Error("磁盘已满");
      return { revision: 2, updatedAt: "2024-01-01T00:00:01.000Z" };
    });
    edit("甲");
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(states.at(-1)).toBe("error");
    fail = false;
    edit("甲乙");
    await vi.advanceTimersByTimeAsync(DELAY);
    expect(states.at(-1)).toBe("saved");
  });

  it("writes a pending edit when disposed (leaving the page)", async () => {
    const { calls, edit, controller } = setup();
    edit("离开前");
    controller.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([{ session: "离开前", base: 1 }]);
  });
});
