// The year's (or session's) numbers a bureau is scored on (DOMAIN.md §3): every count carries the ids it counts.
import type { CategoryMark, Channel, Disclosure, DraftStatus } from "../model/draft";
import { publicationClock } from "./publication-clock";
import type { ContactPhase, ContactWay, HandlingConfig, SatisfactionLevel, UnitRole } from "./schemas";
import type { WorkCalendar } from "./working-days";

/** What statistics need to know about one draft (the service reads it from the draft, its audit and 办理 files). */
export interface StatDraft {
  readonly id: string;
  readonly title: string;
  readonly channel: Channel;
  readonly role: UnitRole;
  readonly important: boolean;
  readonly session: string;
  /** 交办日期, else the creation day: decides the year an item belongs to. */
  readonly assignedDate: string | null;
  readonly createdAt: string;
  readonly status: DraftStatus;
  readonly category: CategoryMark | null;
  readonly disclosure: Disclosure | null;
  /** Due date (explicit or computed); for a 重办 draft, the 重办 deadline. */
  readonly dueDate: string | null;
  /** 答复日期 from the markReplied audit entry. */
  readonly replyDate: string | null;
  /** The draft this one re-handles (重办), or null for an item's first reply. */
  readonly reopenOf: string | null;
  readonly contacts: readonly { readonly date: string; readonly phase: ContactPhase; readonly way: ContactWay }[];
  readonly satisfaction: { readonly level: SatisfactionLevel; readonly date: string } | null;
  readonly publishedDate: string | null;
  /** Structured reasons of each 退回 (one array per return). */
  readonly returns: readonly (readonly string[])[];
}

/** Which items to count: a year (by 交办日期) and/or a session (届次会议 as written in the record). */
export interface StatScope {
  readonly year?: number | undefined;
  readonly session?: string | undefined;
}

/** A count and the ids it counts (traceability: every number can be opened as its list). */
export interface Counted {
  readonly count: number;
  readonly ids: readonly string[];
}

/** A rate: numerator, denominator, percentage with one decimal (null when nothing to divide by). */
export interface Rate {
  readonly num: Counted;
  readonly den: Counted;
  readonly pct: number | null;
}

/** One row of the overdue list. */
export interface OverdueRow {
  readonly id: string;
  readonly itemId: string;
  readonly title: string;
  readonly dueDate: string;
  /** Calendar days past the due date. */
  readonly daysOver: number;
  readonly reopen: boolean;
}

/** One row of the 待公开 list. */
export interface PublicationRow {
  readonly id: string;
  readonly title: string;
  readonly replyDate: string;
  readonly deadline: string;
  readonly elapsed: number;
  readonly state: "待公开" | "超期";
}

/** One structured 退回 reason and how often it was given. */
export interface ReasonCount {
  readonly reason: string;
  readonly count: number;
  /** Drafts that were returned for it (each once). */
  readonly ids: readonly string[];
}

/** Everything the 统计 page, the .xlsx and the 总结 show. */
export interface HandlingStats {
  readonly scope: StatScope;
  readonly today: string;
  readonly items: Counted;
  readonly byRole: Readonly<Record<UnitRole, Counted>>;
  readonly byChannel: Readonly<Record<Channel, Counted>>;
  readonly important: Counted;
  readonly replied: Counted;
  readonly onTime: Counted;
  readonly late: Counted;
  readonly contacted: Counted;
  readonly satisfaction: Readonly<Record<SatisfactionLevel, Counted>>;
  readonly reopened: Counted;
  readonly categories: Readonly<Record<CategoryMark, Counted>>;
  readonly rates: {
    /** 办复率 = replied items / items. */
    readonly replyRate: Rate;
    /** 按期办复率 = items replied by their due date / items. */
    readonly onTimeRate: Rate;
    /** 面商率 = replied items with a 办前/办中 contact on or before the first reply / replied items. */
    readonly contactRate: Rate;
    /** 满意率 = (满意 + 基本满意) / items with a result (the latest result of the item counts). */
    readonly satisfactionRate: Rate;
  };
  /** Share of each class among 主办 items with a class (the A/B/C/D split). */
  readonly categoryShare: Readonly<Record<CategoryMark, Rate>>;
  readonly overdue: readonly OverdueRow[];
  readonly publication: readonly PublicationRow[];
  readonly returnReasons: readonly ReasonCount[];
}

const CATEGORIES: readonly CategoryMark[] = ["A", "B", "C", "D"];
const LEVELS: readonly SatisfactionLevel[] = ["满意", "基本满意", "不满意"];
const ROLES: readonly UnitRole[] = ["主办", "协办", "会办"];
const DAY_MS = 86_400_000;

function counted(ids: readonly string[]): Counted {
  return { count: ids.length, ids };
}

/** num / den as a Rate (percentage rounded to one decimal). */
export function rate(num: readonly string[], den: readonly string[]): Rate {
  const pct = den.length === 0 ? null : Math.round((num.length / den.length) * 1000) / 10;
  return { num: counted(num), den: counted(den), pct };
}

function yearOf(d: StatDraft): number {
  return Number((d.assignedDate ?? d.createdAt).slice(0, 4));
}

function inScope(d: StatDraft, scope: StatScope): boolean {
  if (scope.year !== undefined && yearOf(d) !== scope.year) return false;
  if (scope.session !== undefined && scope.session !== "" && d.session !== scope.session) return false;
  return true;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** Each draft's item: the first draft it re-handles (following reopenOf), or itself. */
export function itemIndex(drafts: readonly StatDraft[]): Map<string, string> {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const out = new Map<string, string>();
  for (const d of drafts) {
    let cur = d;
    const seen = new Set<string>();
    while (cur.reopenOf !== null && !seen.has(cur.id)) {
      seen.add(cur.id);
      const prev = byId.get(cur.reopenOf);
      if (!prev) break;
      cur = prev;
    }
    out.set(d.id, cur.id);
  }
  return out;
}

/** The chain of an item: its first draft, then its 重办 drafts in order. */
function chainOf(first: StatDraft, reopenedBy: ReadonlyMap<string, StatDraft>): StatDraft[] {
  const chain = [first];
  const seen = new Set([first.id]);
  let next = reopenedBy.get(first.id);
  while (next && !seen.has(next.id)) {
    chain.push(next);
    seen.add(next.id);
    next = reopenedBy.get(next.id);
  }
  return chain;
}

/** Computes the statistics of the items in scope on `today`. */
export function computeStats(
  drafts: readonly StatDraft[],
  scope: StatScope,
  today: string,
  cfg: Pick<HandlingConfig, "publishWorkingDays">,
  cal: WorkCalendar,
): HandlingStats {
  const reopenedBy = new Map<string, StatDraft>();
  for (const d of drafts) if (d.reopenOf !== null) reopenedBy.set(d.reopenOf, d);
  const items = drafts.filter((d) => d.reopenOf === null && inScope(d, scope));

  const ids = (pred: (d: StatDraft) => boolean): string[] => items.filter(pred).map((d) => d.id);
  const byRole = Object.fromEntries(ROLES.map((r) => [r, counted(ids((d) => d.role === r))])) as Record<
    UnitRole,
    Counted
  >;
  const byChannel = {
    建议: counted(ids((d) => d.channel === "建议")),
    提案: counted(ids((d) => d.channel === "提案")),
  };

  const replied: string[] = [];
  const onTime: string[] = [];
  const late: string[] = [];
  const contacted: string[] = [];
  const reopened: string[] = [];
  const levels: Record<SatisfactionLevel, string[]> = { 满意: [], 基本满意: [], 不满意: [] };
  const cats: Record<CategoryMark, string[]> = { A: [], B: [], C: [], D: [] };
  const overdue: OverdueRow[] = [];
  const publication: PublicationRow[] = [];
  const reasons = new Map<string, { count: number; ids: Set<string> }>();

  for (const item of items) {
    const chain = chainOf(item, reopenedBy);
    if (chain.length > 1) reopened.push(item.id);
    const reply = item.replyDate;
    if (reply !== null) {
      replied.push(item.id);
      (item.dueDate === null || reply <= item.dueDate ? onTime : late).push(item.id);
      const before = chain.some((d) => d.contacts.some((c) => c.phase !== "办后" && c.date <= reply));
      if (before) contacted.push(item.id);
    }
    let level: SatisfactionLevel | null = null;
    let category: CategoryMark | null = null;
    for (const d of chain) {
      if (d.satisfaction) level = d.satisfaction.level;
      if (d.replyDate !== null && d.category !== null) category = d.category;
      if (d.replyDate === null && d.dueDate !== null && d.dueDate < today) {
        const row = { id: d.id, itemId: item.id, title: d.title, dueDate: d.dueDate };
        overdue.push({ ...row, daysOver: daysBetween(d.dueDate, today), reopen: d.reopenOf !== null });
      }
      if (d.role === "主办" && d.replyDate !== null) {
        const clock = publicationClock(d, today, cfg, cal);
        if ((clock.state === "待公开" || clock.state === "超期") && clock.deadline !== null && clock.elapsed !== null) {
          const { deadline, elapsed, state } = clock;
          publication.push({ id: d.id, title: d.title, replyDate: d.replyDate, deadline, elapsed, state });
        }
      }
      for (const r of d.returns.flat()) {
        const entry = reasons.get(r) ?? { count: 0, ids: new Set<string>() };
        entry.count += 1;
        entry.ids.add(d.id);
        reasons.set(r, entry);
      }
    }
    if (level) levels[level].push(item.id);
    if (category && item.role === "主办") cats[category].push(item.id);
  }

  const all = items.map((d) => d.id);
  const rated = LEVELS.flatMap((l) => levels[l]);
  const classed = CATEGORIES.flatMap((c) => cats[c]);
  overdue.sort((a, b) => b.daysOver - a.daysOver || (a.id < b.id ? -1 : 1));
  publication.sort((a, b) => (a.deadline === b.deadline ? (a.id < b.id ? -1 : 1) : a.deadline < b.deadline ? -1 : 1));
  return {
    scope,
    today,
    items: counted(all),
    byRole,
    byChannel,
    important: counted(ids((d) => d.important)),
    replied: counted(replied),
    onTime: counted(onTime),
    late: counted(late),
    contacted: counted(contacted),
    satisfaction: { 满意: counted(levels.满意), 基本满意: counted(levels.基本满意), 不满意: counted(levels.不满意) },
    reopened: counted(reopened),
    categories: { A: counted(cats.A), B: counted(cats.B), C: counted(cats.C), D: counted(cats.D) },
    rates: {
      replyRate: rate(replied, all),
      onTimeRate: rate(onTime, all),
      contactRate: rate(contacted, replied),
      satisfactionRate: rate([...levels.满意, ...levels.基本满意], rated),
    },
    categoryShare: {
      A: rate(cats.A, classed),
      B: rate(cats.B, classed),
      C: rate(cats.C, classed),
      D: rate(cats.D, classed),
    },
    overdue,
    publication,
    returnReasons: [...reasons.entries()]
      .map(([reason, e]) => ({ reason, count: e.count, ids: [...e.ids] }))
      .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0)),
  };
}
