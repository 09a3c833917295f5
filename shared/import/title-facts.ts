// Facts read from the title and the opening: session, proposal number, channel, proposal title, co-handlers.
import type { Channel } from "../model/draft";
import { findProposalNumber, findSession } from "./session";

/** What the title and opening say about the proposal. */
export interface TitleFacts {
  readonly session: string | null;
  readonly number: number | null;
  /** The number as written (to catch zero padding such as 069). */
  readonly numberText: string | null;
  readonly channel: Channel | null;
  readonly proposalTitle: string | null;
  readonly coUnits: readonly string[];
}

/**
 * The channel a title names: 提案/政协 → 提案, 建议/人大/人民代表大会 → 建议; null when it names both or neither
 * (a 提案 may be called a 建议 in passing, so the session's organ decides first).
 */
export function channelOfText(text: string): "提案" | "建议" | null {
  const session = findSession(text) ?? "";
  if (/政协/u.test(session)) return "提案";
  if (/人大|人民代表大会/u.test(session)) return "建议";
  const proposal = /提案|政协/u.test(text);
  const suggestion = /人大|人民代表大会|代表建议/u.test(text);
  if (proposal !== suggestion) return proposal ? "提案" : "建议";
  return null;
}

/** Reads the session, number and channel of a title such as …关于政协X第十五届委员会第三次会议第74号提案的答复. */
export function readTitle(title: string | null): TitleFacts {
  const empty: TitleFacts = {
    session: null,
    number: null,
    numberText: null,
    channel: null,
    proposalTitle: null,
    coUnits: [],
  };
  if (title === null) return empty;
  const session = findSession(title);
  const num = findProposalNumber(title);
  const channel = num?.channel ?? channelOfText(title);
  return {
    session,
    number: num?.number ?? null,
    numberText: num?.text ?? null,
    channel,
    proposalTitle: null,
    coUnits: [],
  };
}

const QUOTED_TITLE =
  /提出的\s*(?:《([^》]{2,120})》|“([^”]{2,120})”(?:的?(?:提案|建议))?|(关于.{2,120}?)(?=[（(]第|收悉|，|。))/u;
const CO_UNITS = /经与(.{2,120}?)等?(?:协办|会办)单位/u;

/** Reads the proposal title, number and co-handlers from the opening (收悉 sentence). */
export function readOpening(opening: string): TitleFacts {
  const q = QUOTED_TITLE.exec(opening);
  // Only an unquoted title carries the trailing 的提案 of the sentence; 《》 titles are kept whole.
  const proposalTitle = q ? (q[1] ?? q[2] ?? q[3]?.replace(/的(?:提案|建议)$/u, "") ?? null) : null;
  const num = findProposalNumber(opening);
  const co = CO_UNITS.exec(opening)?.[1];
  return {
    session: findSession(opening),
    number: num?.number ?? null,
    numberText: num?.text ?? null,
    channel: num?.channel ?? null,
    proposalTitle,
    coUnits: co
      ? co
          .split(/[、，,]/u)
          .map((s) => s.trim())
          .filter((s) => s !== "")
      : [],
  };
}
