import { describe, expect, it } from "vitest";
import { daysBetween, dueDate, formatChineseDate, recordDueDate, todayIso } from "../../../shared/letter/dates";

describe("dates", () => {
  it("formats without zero padding and with the full year", () => {
    expect(formatChineseDate("2024-05-28")).toBe("2024年5月28日");
    expect(formatChineseDate("2023-10-01")).toBe("2023年10月1日");
    expect(formatChineseDate(null)).toBe("");
    expect(formatChineseDate("2023-02-30")).toBe("");
  });

  it("adds the deadline months, with an extension, clamping month ends", () => {
    expect(dueDate("2023-03-10", 3)).toBe("2023-06-10");
    expect(dueDate("2023-03-10", 3, 3)).toBe("2023-09-10");
    expect(dueDate("2023-11-30", 3)).toBe("2024-02-29");
    expect(dueDate(null, 3)).toBeNull();
    expect(dueDate("bad", 3)).toBeNull();
  });

  it("takes today from the given clock", () => {
    expect(todayIso(new Date(2024, 0, 5, 23, 59))).toBe("2024-01-05");
  });

  it("counts days across month and year ends", () => {
    expect(daysBetween("2023-12-30", "2024-01-02")).toBe(3);
    expect(daysBetween("2024-03-01", "2024-02-28")).toBe(-2);
  });
});

describe("recordDueDate", () => {
  const rule = { deadlineMonths: 3, extensionMonths: 3 };
  it("prefers the explicit due date, else applies the rule and an approved extension", () => {
    expect(recordDueDate({ assignedDate: "2023-03-10", dueDate: "2023-05-01", extensionApproved: true }, rule)).toBe(
      "2023-05-01",
    );
    expect(recordDueDate({ assignedDate: "2023-03-10", dueDate: null, extensionApproved: false }, rule)).toBe(
      "2023-06-10",
    );
    expect(recordDueDate({ assignedDate: "2023-03-10", dueDate: null, extensionApproved: true }, rule)).toBe(
      "2023-09-10",
    );
    expect(recordDueDate({ assignedDate: null, dueDate: null, extensionApproved: true }, rule)).toBeNull();
  });
});
