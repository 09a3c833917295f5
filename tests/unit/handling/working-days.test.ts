// Working days: weekends, holidays and 调休 make-up days, and the 公开 clock built on them.
import { describe, expect, it } from "vitest";
import { publicationClock } from "../../../shared/handling/publication-clock";
import { addWorkingDays, workCalendar, workingDaysBetween } from "../../../shared/handling/working-days";
import { CALENDAR } from "./fixture-30";

const cal = workCalendar(CALENDAR);
const plain = workCalendar({ holidays: [], makeupWorkdays: [] });

describe("working days", () => {
  it("knows weekends, holidays and make-up days", () => {
    expect(plain.isWorkingDay("2026-10-01")).toBe(true); // Thursday
    expect(cal.isWorkingDay("2026-10-01")).toBe(false); // National Day
    expect(cal.isWorkingDay("2026-10-03")).toBe(false); // Saturday
    expect(cal.isWorkingDay("2026-10-10")).toBe(true); // Saturday made a working day
    expect(cal.isWorkingDay("2026-09-27")).toBe(true); // Sunday made a working day
    expect(cal.isWorkingDay("2026-10-12")).toBe(true); // Monday
  });

  it("counts (from, to] across the holiday: 09-30 → 10-09 is 2 working days (10-08, 10-09)", () => {
    expect(workingDaysBetween("2026-09-30", "2026-10-09", cal)).toBe(2);
    expect(workingDaysBetween("2026-09-30", "2026-10-09", plain)).toBe(7);
    expect(workingDaysBetween("2026-10-09", "2026-09-30", cal)).toBe(0);
  });

  it("adds working days: 20 after 09-25 is 10-28 with the holiday, 10-23 without", () => {
    expect(addWorkingDays("2026-09-25", 20, cal)).toBe("2026-10-28");
    expect(addWorkingDays("2026-09-25", 20, plain)).toBe("2026-10-23");
    expect(addWorkingDays("2026-12-31", 1, plain)).toBe("2027-01-01");
  });

  it("runs the 公开 clock: 待公开 up to the deadline day, 超期 after, 已公开 (late) when published after it", () => {
    const cfg = { publishWorkingDays: 20 };
    const f = { disclosure: "主动公开" as const, replyDate: "2026-09-25", publishedDate: null };
    expect(publicationClock(f, "2026-10-28", cfg, cal).state).toBe("待公开");
    expect(publicationClock(f, "2026-10-29", cfg, cal)).toMatchObject({ state: "超期", deadline: "2026-10-28" });
    const late = publicationClock({ ...f, publishedDate: "2026-10-30" }, "2026-12-01", cfg, cal);
    expect(late).toMatchObject({ state: "已公开", late: true, elapsed: 22 });
    expect(publicationClock({ ...f, disclosure: "不予公开" }, "2026-12-01", cfg, cal).state).toBe("不予公开");
    expect(publicationClock({ ...f, disclosure: "依申请公开" }, "2026-12-01", cfg, cal).state).toBe("依申请公开");
    expect(publicationClock({ ...f, disclosure: null, replyDate: null }, "2026-12-01", cfg, cal).state).toBe("未答复");
  });
});
