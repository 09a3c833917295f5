// The 公开 clock: working days since 答复 against the deadline (20 by default) → 待公开 / 已公开 / 超期.
import type { Disclosure } from "../model/draft";
import type { HandlingConfig } from "./schemas";
import { addWorkingDays, workingDaysBetween, type WorkCalendar } from "./working-days";

/** Where a reply stands on publication. */
export type PublicationState = "未答复" | "不予公开" | "依申请公开" | "待公开" | "已公开" | "超期";

/** The clock of one reply. */
export interface PublicationClock {
  readonly state: PublicationState;
  /** Last working day to publish, or null when the clock does not run. */
  readonly deadline: string | null;
  /** Working days from 答复 to today (or to the publication day). */
  readonly elapsed: number | null;
  /** Published, but after the deadline. */
  readonly late: boolean;
}

/** What the clock needs about a reply. */
export interface PublicationFacts {
  readonly disclosure: Disclosure | null;
  readonly replyDate: string | null;
  readonly publishedDate: string | null;
}

/** Computes the clock of one reply on `today`; 公开属性 not set counts as 主动公开 (the default since 2014). */
export function publicationClock(
  facts: PublicationFacts,
  today: string,
  cfg: Pick<HandlingConfig, "publishWorkingDays">,
  cal: WorkCalendar,
): PublicationClock {
  if (facts.disclosure === "不予公开") return { state: "不予公开", deadline: null, elapsed: null, late: false };
  if (facts.disclosure === "依申请公开") return { state: "依申请公开", deadline: null, elapsed: null, late: false };
  if (facts.replyDate === null) return { state: "未答复", deadline: null, elapsed: null, late: false };
  const deadline = addWorkingDays(facts.replyDate, cfg.publishWorkingDays, cal);
  if (facts.publishedDate !== null) {
    const elapsed = workingDaysBetween(facts.replyDate, facts.publishedDate, cal);
    return { state: "已公开", deadline, elapsed, late: facts.publishedDate > deadline };
  }
  const elapsed = workingDaysBetween(facts.replyDate, today, cal);
  return { state: today > deadline ? "超期" : "待公开", deadline, elapsed, late: false };
}
