import { describe, expect, it } from "vitest";
import { classifyDeadline, computeDueDate, deadlineFor } from "../../../shared/workflow/deadline";
import { diffLetters, diffText, letterBlocks, renderDiffText } from "../../../shared/workflow/diff";
import { sampleDraft } from "./helpers";

const bureau = { deadlineMonths: 3, extensionMonths: 3 };

describe("deadlines", () => {
  it("computes 交办日期 + months, with extension, clamping month ends", () => {
    expect(computeDueDate({ assignedDate: "2026-02-10", dueDate: null, extensionApproved: false }, bureau)).toBe(
      "2026-05-10",
    );
    expect(computeDueDate({ assignedDate: "2026-02-10", dueDate: null, extensionApproved: true }, bureau)).toBe(
      "2026-08-10",
    );
    expect(computeDueDate({ assignedDate: "2025-11-30", dueDate: null, extensionApproved: false }, bureau)).toBe(
      "2026-02-28",
    );
    expect(
      computeDueDate({ assignedDate: "2026-02-10", dueDate: "2026-06-30", extensionApproved: false }, bureau),
    ).toBe("2026-06-30");
    expect(computeDueDate({ assignedDate: null, dueDate: null, extensionApproved: false }, bureau)).toBeNull();
  });
  it("classifies overdue / due this week / ok / done", () => {
    expect(classifyDeadline("2026-05-10", "2026-05-12", "草稿")).toMatchObject({
      state: "overdue",
      daysLeft: -2,
      label: "已超期 2 天",
    });
    expect(classifyDeadline("2026-05-10", "2026-05-10", "待审核")).toMatchObject({
      state: "dueThisWeek",
      label: "今天到期",
    });
    expect(classifyDeadline("2026-05-10", "2026-05-03", "草稿")).toMatchObject({ state: "dueThisWeek", daysLeft: 7 });
    expect(classifyDeadline("2026-05-10", "2026-05-02", "草稿")).toMatchObject({ state: "ok", daysLeft: 8 });
    expect(classifyDeadline("2026-05-10", "2026-06-02", "已答复").state).toBe("done");
    expect(
      deadlineFor({ assignedDate: null, dueDate: null, extensionApproved: false }, "草稿", bureau, "2026-01-01").state,
    ).toBe("none");
  });
});

describe("Chinese diff", () => {
  it("shows a replaced phrase as one removed and one added run", () => {
    const changes = diffText("区科技局高度重视科技创新平台建设。", "区科技局非常重视科技创新平台的建设。");
    expect(renderDiffText(changes)).toBe("区科技局【删：高度】【增：非常】重视科技创新平台【增：的】建设。");
  });
  it("folds a lone matching character into the change instead of shredding it", () => {
    const changes = diffText("出台扶持办法。", "制定了专项资金管理细则。");
    // No single shared character (e.g. 。 at the end stays, but nothing in the middle) is shown as unchanged.
    const kept = changes.filter((c) => !c.added && !c.removed).map((c) => c.value);
    expect(kept.every((v) => [...v].length > 1 || v === "。")).toBe(true);
    expect(changes.map((c) => (c.removed ? "-" : c.added ? "+" : "=")).join("")).toBe("-+=");
  });
  it("diffs section by section, aligning sections and measures by id", () => {
    const before = sampleDraft("d1").letter;
    const [s1, s2] = before.sections;
    if (!s1 || !s2) throw new Error("fixture");
    const after = {
      ...before,
      // Insert a new section in front: existing blocks must still line up by id.
      sections: [
        { id: "s0", heading: "基本情况", role: "measures" as const, paragraphs: [], measures: [] },
        { ...s1, measures: [{ ...s1.measures[0]!, text: "出台扶持办法，安排资金500万元。" }] },
        s2,
      ],
      closing: ["衷心感谢您对科技工作的关心和支持。"],
    };
    const parts = diffLetters(before, after);
    expect(parts.map((p) => `${p.part}@${p.path}`)).toEqual([
      "sectionHeading@sections.0.heading",
      "measure@sections.1.measures.0",
      "closing@closing.0",
    ]);
    expect(renderDiffText(parts[1]!.changes)).toBe("强化政策支持。出台扶持办法【增：，安排资金500万元】。");
    expect(renderDiffText(parts[2]!.changes)).toBe("【增：衷心】感谢您对科技工作的关心和支持。");
  });
  it("lists removed blocks and exposes comment anchors", () => {
    const before = sampleDraft("d1").letter;
    const after = { ...before, sections: before.sections.slice(0, 1) };
    const parts = diffLetters(before, after);
    expect(parts).toContainEqual({
      part: "paragraph",
      path: "sections.1.paragraphs.0",
      changes: [{ value: "继续推进平台建设。", removed: true }],
    });
    expect(letterBlocks(before).map((b) => b.path)).toContain("sections.0.measures.0");
  });
});
