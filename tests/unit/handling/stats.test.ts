// Every metric against the hand-computed 30-item fixture (numbers worked out in the comments, not by the code).
import { describe, expect, it } from "vitest";
import { computeStats } from "../../../shared/handling/stats";
import { workCalendar } from "../../../shared/handling/working-days";
import { CALENDAR, TODAY, fixtureDrafts } from "./fixture-30";

const ids = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `i${String(from + i).padStart(2, "0")}`);
const stats = () => computeStats(fixtureDrafts(), { year: 2026 }, TODAY, CALENDAR, workCalendar(CALENDAR));

describe("statistics of the 30-item fixture (2026, today 2026-12-01)", () => {
  it("counts items by role, channel and 重点; 重办 drafts and the 2025 item are not items", () => {
    const s = stats();
    expect(s.items.count).toBe(30);
    expect(s.items.ids).not.toContain("r17");
    expect(s.items.ids).not.toContain("x01");
    expect(s.byRole.主办.count).toBe(20);
    expect(s.byRole.协办.count).toBe(6);
    expect(s.byRole.会办.count).toBe(4);
    // Odd numbers are 建议, even 提案.
    expect(s.byChannel.建议.count).toBe(15);
    expect(s.byChannel.提案.count).toBe(15);
    expect([...s.important.ids].sort()).toEqual(["i01", "i05", "i10", "i21", "i27"]);
  });

  it("办复率 = 27/30 (i19, i20, i26 not replied)", () => {
    const r = stats().rates.replyRate;
    expect(r.num.count).toBe(27);
    expect(r.den.count).toBe(30);
    expect(r.pct).toBe(90);
  });

  it("按期办复率 = 23/30: i03, i08, i15, i22 replied after 06-30", () => {
    const s = stats();
    expect([...s.late.ids].sort()).toEqual(["i03", "i08", "i15", "i22"]);
    expect(s.rates.onTimeRate.num.count).toBe(23);
    expect(s.rates.onTimeRate.pct).toBe(76.7);
  });

  it("面商率 = 18/27: a 办后 contact, a contact after the reply and one on a 重办 draft after the first reply do not count", () => {
    const s = stats();
    expect([...s.contacted.ids].sort()).toEqual([...ids(1, 12), "i14", "i21", "i22", "i23", "i27", "i28"]);
    expect(s.rates.contactRate.den.count).toBe(27);
    expect(s.rates.contactRate.pct).toBe(66.7);
  });

  it("满意率 = (9 满意 + 5 基本满意) / 16; an item's latest result counts (i18: 不满意 → 重办 → 基本满意)", () => {
    const s = stats();
    expect(s.satisfaction.满意.count).toBe(9);
    expect(s.satisfaction.基本满意.count).toBe(5);
    expect(s.satisfaction.基本满意.ids).toContain("i18");
    expect([...s.satisfaction.不满意.ids].sort()).toEqual(["i14", "i17"]);
    expect(s.rates.satisfactionRate.den.count).toBe(16);
    expect(s.rates.satisfactionRate.pct).toBe(87.5);
    expect([...s.reopened.ids].sort()).toEqual(["i17", "i18"]);
  });

  it("A/B/C/D over the 18 replied 主办 items, the 重办 reply's class replacing the first (i18 C → B); 协办 marks ignored", () => {
    const s = stats();
    expect(s.categories.A.count).toBe(6);
    expect(s.categories.A.ids).not.toContain("i21");
    expect(s.categories.B.count).toBe(6);
    expect(s.categories.B.ids).toContain("i18");
    expect(s.categories.C.count).toBe(4);
    expect(s.categories.D.count).toBe(2);
    expect([s.categoryShare.A.pct, s.categoryShare.B.pct, s.categoryShare.C.pct, s.categoryShare.D.pct]).toEqual([
      33.3, 33.3, 22.2, 11.1,
    ]);
  });

  it("lists overdue drafts, the open 重办 first (08-15 → 108 days), then i19 (16) and i26 (1)", () => {
    const rows = stats().overdue.map((r) => [r.id, r.itemId, r.daysOver, r.reopen]);
    expect(rows).toEqual([
      ["r17", "i17", 108, true],
      ["i19", "i19", 16, false],
      ["i26", "i26", 1, false],
    ]);
  });

  it("lists 待公开/超期 主办 replies with working-day clocks across the National Day holiday", () => {
    const rows = stats().publication.map((r) => [r.id, r.replyDate, r.deadline, r.elapsed, r.state]);
    expect(rows).toEqual([
      // 08-01 (Sat) + 20 working days = 08-28; Aug 21 + Sep 23 (incl. 09-27) + Oct 18 + Nov 21 + Dec 1 = 84.
      ["r18", "2026-08-01", "2026-08-28", 84, "超期"],
      // 09-25 + 20 working days, skipping Oct 1–7 and counting 09-27 and 10-10, = 10-28; 4 + 18 + 21 + 1 = 44.
      ["i05", "2026-09-25", "2026-10-28", 44, "超期"],
      // 11-20 (Fri) + 20 = 12-18; Nov 23–27, Nov 30, Dec 1 = 7.
      ["i06", "2026-11-20", "2026-12-18", 7, "待公开"],
    ]);
  });

  it("counts structured 退回 reasons, most frequent first (the 2025 item's reason is out of scope)", () => {
    expect(stats().returnReasons.map((r) => [r.reason, r.count, [...r.ids].sort()])).toEqual([
      ["答非所问", 3, ["i01", "i02"]],
      ["格式不规范", 2, ["i02", "i03"]],
      ["措辞不当", 1, ["i21"]],
      ["数据无出处", 1, ["i01"]],
      ["未与提案人沟通", 1, ["r18"]],
    ]);
  });

  it("scopes by session and by year", () => {
    const all = fixtureDrafts();
    const s1 = computeStats(all, { session: "十五届一次" }, TODAY, CALENDAR, workCalendar(CALENDAR));
    expect(s1.items.count).toBe(10);
    expect(s1.replied.count).toBe(10);
    const y25 = computeStats(all, { year: 2025 }, TODAY, CALENDAR, workCalendar(CALENDAR));
    expect(y25.items.ids).toEqual(["x01"]);
    expect(y25.rates.satisfactionRate.pct).toBe(100);
    const none = computeStats(all, { year: 2024 }, TODAY, CALENDAR, workCalendar(CALENDAR));
    expect(none.rates.replyRate.pct).toBeNull();
  });
});
