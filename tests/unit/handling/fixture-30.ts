// 30 synthetic items for 2026 (plus two 重办 drafts and one 2025 item) whose numbers are worked out by hand
// in the comments of stats.test.ts. Today is 2026-12-01; holidays are National Day 2026 (Oct 1–7) with the
// make-up working days Sunday 2026-09-27 and Saturday 2026-10-10.
import type { StatDraft } from "../../../shared/handling/stats";
import type { HandlingConfig } from "../../../shared/handling/schemas";

/** The day the fixture is evaluated on. */
export const TODAY = "2026-12-01";

/** The holiday calendar of the fixture. */
export const CALENDAR: HandlingConfig = {
  reopenMonths: 1,
  publishWorkingDays: 20,
  holidays: ["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07"],
  makeupWorkdays: ["2026-09-27", "2026-10-10"],
};

function item(n: number, over: Partial<StatDraft> = {}): StatDraft {
  const id = `i${String(n).padStart(2, "0")}`;
  return {
    id,
    title: `第${n}号答复`,
    channel: n % 2 === 1 ? "建议" : "提案",
    role: n <= 20 ? "主办" : n <= 26 ? "协办" : "会办",
    important: [1, 5, 10, 21, 27].includes(n),
    session: n <= 10 ? "十五届一次" : "十五届二次",
    assignedDate: "2026-03-31",
    createdAt: "2026-04-01T08:00:00+08:00",
    status: "已答复",
    category: null,
    disclosure: "主动公开",
    dueDate: "2026-06-30",
    replyDate: "2026-06-10",
    reopenOf: null,
    contacts: [],
    satisfaction: null,
    publishedDate: null,
    returns: [],
    ...over,
  };
}

const BEFORE = { date: "2026-05-20", phase: "办前", way: "面商" } as const;
const PUB = "2026-06-20";
const sat = (level: "满意" | "基本满意" | "不满意", date = "2026-07-01") => ({ level, date });
const cat = (n: number): "A" | "B" | "C" | "D" => (n <= 6 ? "A" : n <= 11 ? "B" : n <= 15 ? "C" : n <= 17 ? "D" : "C");

/** The drafts: items i01–i30, 重办 drafts r17 and r18, and x01 from 2025. */
export function fixtureDrafts(): StatDraft[] {
  const out: StatDraft[] = [];
  for (let n = 1; n <= 18; n++) {
    const base: Partial<StatDraft> = {
      category: cat(n),
      contacts: n <= 12 ? [BEFORE] : [],
      publishedDate: PUB,
      satisfaction: n <= 9 ? sat("满意") : n <= 13 ? sat("基本满意") : null,
    };
    out.push(item(n, base));
  }
  const patch = (id: string, over: Partial<StatDraft>): void => {
    const i = out.findIndex((d) => d.id === id);
    out[i] = { ...(out[i] as StatDraft), ...over };
  };
  // Late replies.
  patch("i03", { replyDate: "2026-07-05" });
  patch("i08", { replyDate: "2026-07-10", disclosure: "不予公开", publishedDate: null });
  patch("i15", { replyDate: "2026-07-01", contacts: [{ date: "2026-07-02", phase: "办前", way: "面商" }] });
  // Publication clocks: across the National Day holiday, still running, on request only, published late.
  patch("i05", { dueDate: "2026-09-30", replyDate: "2026-09-25", publishedDate: null });
  patch("i06", { dueDate: "2026-11-30", replyDate: "2026-11-20", publishedDate: null });
  patch("i07", { disclosure: "依申请公开", publishedDate: null });
  patch("i09", { publishedDate: "2026-07-20" });
  // Contacts that do not count: 办后, and on the reply day itself does count (办中 电话).
  patch("i13", { contacts: [{ date: "2026-06-20", phase: "办后", way: "书面" }] });
  patch("i14", { contacts: [{ date: "2026-06-10", phase: "办中", way: "电话" }], satisfaction: sat("不满意") });
  // 重办: i17 still open (overdue), i18 answered again and 基本满意.
  patch("i17", { satisfaction: sat("不满意", "2026-07-15") });
  patch("i18", { satisfaction: sat("不满意", "2026-07-10") });
  // 退回 reasons.
  patch("i01", { returns: [["答非所问", "数据无出处"]] });
  patch("i02", { returns: [["答非所问"], ["答非所问", "格式不规范"]] });
  patch("i03", { returns: [["格式不规范"]] });

  out.push(
    item(19, {
      status: "待审核",
      replyDate: null,
      dueDate: "2026-11-15",
      contacts: [{ date: "2026-05-01", phase: "办前", way: "面商" }],
    }),
  );
  out.push(item(20, { status: "草稿", replyDate: null, dueDate: "2026-12-20" }));
  for (let n = 21; n <= 25; n++) {
    out.push(item(n, { contacts: n <= 23 ? [{ date: "2026-05-25", phase: "办前", way: "面商" }] : [] }));
  }
  patch("i21", { category: "A", returns: [["措辞不当"]] });
  patch("i22", { replyDate: "2026-07-02" });
  out.push(item(26, { status: "已审核", replyDate: null, dueDate: "2026-11-30" }));
  for (let n = 27; n <= 30; n++) {
    out.push(item(n, { contacts: n <= 28 ? [{ date: "2026-05-15", phase: "办前", way: "面商" }] : [] }));
  }
  out.push(
    item(17, {
      id: "r17",
      reopenOf: "i17",
      status: "草稿",
      replyDate: null,
      dueDate: "2026-08-15",
      category: "D",
      publishedDate: null,
    }),
    item(18, {
      id: "r18",
      reopenOf: "i18",
      replyDate: "2026-08-01",
      dueDate: "2026-08-10",
      category: "B",
      contacts: [{ date: "2026-07-20", phase: "办中", way: "电话" }],
      satisfaction: sat("基本满意", "2026-08-20"),
      returns: [["未与提案人沟通"]],
      publishedDate: null,
    }),
    item(1, {
      id: "x01",
      session: "十四届五次",
      assignedDate: "2025-04-01",
      createdAt: "2025-04-01T08:00:00+08:00",
      replyDate: "2025-06-01",
      dueDate: "2025-07-01",
      category: "A",
      satisfaction: sat("满意", "2025-06-20"),
      returns: [["答非所问"]],
    }),
  );
  return out;
}
