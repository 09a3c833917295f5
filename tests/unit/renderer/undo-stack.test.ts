// The undo history's pure part (UndoStack): steps, coalescing of typing bursts, redo, the history limit.
import { describe, expect, it } from "vitest";
import { COALESCE_MS, HISTORY_LIMIT, UndoStack } from "../../../renderer/src/features/editor/undo-stack";
import { makeDraft } from "../foundation/helpers";

const base = makeDraft("起始标题");
const titled = (title: string) => ({ ...base, record: { ...base.record, proposalTitle: title } });

describe("UndoStack", () => {
  it("makes each content change one step; undo and redo walk them; a new change clears redo", () => {
    const s = new UndoStack();
    s.observe(base, 0);
    expect(s.canUndo).toBe(false);
    const a = titled("甲");
    const b = titled("乙");
    s.noteEdit("field:title");
    s.observe(a, 10_000);
    s.noteEdit("field:title");
    s.observe(b, 20_000);
    expect(s.undo()?.record.proposalTitle).toBe("甲");
    expect(s.undo()?.record.proposalTitle).toBe("起始标题");
    expect(s.undo()).toBeNull();
    expect(s.redo()?.record.proposalTitle).toBe("甲");
    expect(s.canRedo).toBe(true);
    s.observe(titled("丙"), 30_000);
    expect(s.canRedo).toBe(false);
    expect(s.redo()).toBeNull();
  });

  it("ignores a save that changes only revision and updatedAt", () => {
    const s = new UndoStack();
    s.observe(base, 0);
    s.observe({ ...base, revision: base.revision + 1, updatedAt: "2030-01-01T00:00:00.000Z" }, 1);
    expect(s.canUndo).toBe(false);
  });

  it("coalesces typing in one field within the coalescing window, but not across fields or after a pause", () => {
    const s = new UndoStack();
    s.observe(base, 0);
    const steps = [
      ["type:title", "关", 1000],
      ["type:title", "关于", 1000 + COALESCE_MS - 1],
      ["type:session", "会议", 1000 + COALESCE_MS],
      ["type:session", "会议二", 1000 + 3 * COALESCE_MS],
    ] as const;
    for (const [key, title, at] of steps) {
      s.noteEdit(key);
      s.observe(titled(title), at);
    }
    expect(s.undo()?.record.proposalTitle).toBe("会议");
    expect(s.undo()?.record.proposalTitle).toBe("关于");
    expect(s.undo()?.record.proposalTitle).toBe("起始标题");
    expect(s.canUndo).toBe(false);
  });

  it("does not coalesce edits that are not typing", () => {
    const s = new UndoStack();
    s.observe(base, 0);
    s.noteEdit("move:section");
    s.observe(titled("一"), 1);
    s.noteEdit("move:section");
    s.observe(titled("二"), 2);
    expect(s.undo()?.record.proposalTitle).toBe("一");
  });

  it("forgets the oldest steps beyond the limit and tells subscribers about every change", () => {
    const s = new UndoStack();
    let heard = 0;
    const off = s.subscribe(() => (heard += 1));
    s.observe(base, 0);
    for (let i = 1; i <= HISTORY_LIMIT + 5; i += 1) s.observe(titled(`第${i}稿`), i * 10_000);
    let undone = 0;
    while (s.undo()) undone += 1;
    expect(undone).toBe(HISTORY_LIMIT);
    expect(heard).toBe(HISTORY_LIMIT + 5 + HISTORY_LIMIT);
    const version = s.getVersion();
    off();
    s.observe(titled("新"), 1e9);
    expect(heard).toBe(HISTORY_LIMIT + 5 + HISTORY_LIMIT);
    expect(s.getVersion()).toBe(version + 1);
  });
});
