// 重办: after 不满意 a second reply is drafted, pre-filled from the first, with its own deadline and review chain.
import { addMonths, format, parseISO } from "date-fns";
import type { Draft } from "../model/draft";

/** The 重办 deadline: the 不满意 result's date + reopenMonths (one month by default). */
export function reopenDueDate(resultDate: string, reopenMonths: number): string {
  return format(addMonths(parseISO(resultDate), reopenMonths), "yyyy-MM-dd");
}

/**
 * The second reply: the first letter's record, text and figures in a fresh 草稿 linked by record.reopenOf.
 * Numbering, signing and the 成文日期 start over, since the new letter goes through the review chain again.
 */
export function buildReopenDraft(first: Draft, id: string, now: string, dueDate: string): Draft {
  return {
    ...first,
    id,
    revision: 0,
    createdAt: now,
    updatedAt: now,
    status: "草稿",
    record: {
      ...first.record,
      dueDate,
      extensionApproved: false,
      docNumber: null,
      signer: null,
      signDate: null,
      reopenOf: first.id,
    },
    letter: { ...first.letter, signOff: { ...first.letter.signOff, date: null } },
  };
}
