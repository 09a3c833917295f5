// Facts read from the title and the opening: session, proposal number, channel, proposal title, co-handlers.
import type { Channel } from "../model/draft";
import { PROPOSAL_NUMBER, SESSION } from "./patterns";

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
  const session = SESSION.exec(title)?.[1] ?? null;
  const num = PROPOSAL_NUMBER.exec(title);
  const channel = num?.[2] === "提案" || num?.[2] === "建议" ? num[2] : /提案/u.test(title) ? "提案" : null;
  return {
    session: session?.replace(/^关于/u, "") ?? null,
    number: num ? Number(num[1]) : null,
    numberText: num?.[1] ?? null,
    channel: channel ?? (/人民代表大会|人大/u.test(title) ? "建议" : null),
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
  const num = PROPOSAL_NUMBER.exec(opening);
  const co = CO_UNITS.exec(opening)?.[1];
  return {
    session: SESSION.exec(opening)?.[1] ?? null,
    number: num ? Number(num[1]) : null,
    numberText: num?.[1] ?? null,
    channel: num?.[2] === "提案" || num?.[2] === "建议" ? num[2] : null,
    proposalTitle,
    coUnits: co
      ? co
          .split(/[、，,]/u)
          .map((s) => s.trim())
          .filter((s) => s !== "")
      : [],
  };
}
