// Small text helpers of the linter's messages.
import { describe, expect, it } from "vitest";
import { quoted } from "../../../shared/lint/util";

describe("quoted", () => {
  it("wraps in “” and turns quotation marks inside into ‘’", () => {
    expect(quoted("走访企业")).toBe("“走访企业”");
    expect(quoted("“专精特新”新增任务完成率")).toBe("“‘专精特新’新增任务完成率”");
  });
});
