// The day boundaries of R25 (deadline) and R26 (签发日期 vs 成文日期): the last allowed day passes, the next
// day is reported. Kills the `<=`→`<` and `>`→`>=` mutants that the example-based tests let through.
import { describe, expect, it } from "vitest";
import { cleanDraft, findingsOf, TODAY, withLetter, withRecord } from "./helpers";

const SIGNED_ON = cleanDraft().letter.signOff.date ?? "";
const undated = () => withLetter(cleanDraft(), { signOff: { ...cleanDraft().letter.signOff, date: null } });

describe("R25 deadline boundary", () => {
  it("a letter dated on the due date is in time; dated the day after, it is late", () => {
    expect(SIGNED_ON).toBe("2024-06-18");
    expect(findingsOf("R25", withRecord(cleanDraft(), { dueDate: "2024-06-18" }))).toEqual([]);
    const late = findingsOf("R25", withRecord(cleanDraft(), { dueDate: "2024-06-17" }));
    expect(late.map((f) => f.message)).toEqual([expect.stringContaining("已超过办理期限2024年6月17日")]);
  });

  it("交办日期 + 3 months: due on the same day three months on (inclusive)", () => {
    expect(findingsOf("R25", withRecord(cleanDraft(), { assignedDate: "2024-03-18", dueDate: null }))).toEqual([]);
    expect(findingsOf("R25", withRecord(cleanDraft(), { assignedDate: "2024-03-17", dueDate: null }))).toHaveLength(1);
  });

  it("an undated draft is not overdue on its due date, and is one day overdue the day after", () => {
    expect(TODAY).toBe("2024-06-20");
    expect(findingsOf("R25", withRecord(undated(), { dueDate: "2024-06-20" }))).toEqual([]);
    const over = findingsOf("R25", withRecord(undated(), { dueDate: "2024-06-19" }));
    expect(over.map((f) => f.message)).toEqual([expect.stringContaining("已过1天")]);
  });
});

describe("R26 sign-date boundary", () => {
  it("signed on the 成文日期 is fine; signed the day after the 成文日期 is an error", () => {
    expect(findingsOf("R26", withRecord(cleanDraft(), { signDate: SIGNED_ON }), { purpose: "export" })).toEqual([]);
    const after = findingsOf("R26", withRecord(cleanDraft(), { signDate: "2024-06-19" }), { purpose: "export" });
    expect(after.map((f) => f.severity)).toEqual(["error"]);
    expect(after[0]?.message).toContain("晚于成文日期");
  });
});
