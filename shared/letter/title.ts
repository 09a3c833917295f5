// The letter title generated from the record (DOMAIN.md §1.6) and broken into lines at meaning boundaries.
import { isReferenceDraft, type Draft, type DraftRecord } from "../model/draft";
import type { BureauProfile } from "../model/settings";

/** The record fields a title needs. */
type TitleRecord = Pick<DraftRecord, "channel" | "handling" | "session" | "proposalNumber" | "proposalTitle">;

/**
 * 主办: `<单位全称>关于<届次>第N号提案的答复` (建议 → 建议); 会办: `关于<届次>第N号提案的会办意见`.
 * Missing session, number or bureau name are left out rather than printed as blanks.
 */
export function generateTitle(record: TitleRecord, bureau: Pick<BureauProfile, "fullName">): string {
  const session = record.session.trim();
  const numberPart = record.proposalNumber !== null ? `第${record.proposalNumber}号` : "";
  let subject: string;
  if (session !== "" || numberPart !== "") {
    subject = `${session}${numberPart}${record.channel}`;
  } else if (record.proposalTitle.trim() !== "") {
    subject = quoteProposalTitle(record.proposalTitle.trim(), record.channel);
  } else {
    subject = record.channel;
  }
  if (record.handling === "会办") return `关于${subject}的会办意见`;
  return `${bureau.fullName.trim()}关于${subject}的答复`;
}

// 《关于X的提案》 is how letters cite a proposal when they have no number.
function quoteProposalTitle(title: string, channel: string): string {
  const bare = title.replace(/^《|》$/g, "");
  return /(提案|建议)$/.test(bare) ? `《${bare}》` : `《${bare}》${channel}`;
}

/**
 * The unit a generated title names: the bureau, except for an imported reference letter, which is titled
 * after its own 署名 (never re-signed with the current bureau's name).
 */
export function titleBureauOf(
  draft: Pick<Draft, "origin" | "letter">,
  bureau: Pick<BureauProfile, "fullName">,
): Pick<BureauProfile, "fullName"> {
  if (!isReferenceDraft(draft)) return bureau;
  return { fullName: draft.letter.signOff.unit?.trim() ?? "" };
}

/** The widest title line in characters: 版心 156 mm ≈ 442 pt at 二号 22 pt. */
export const TITLE_MAX_CHARS = 20;

/** Words a title line may never be split inside. */
const PROTECTED = [
  /第\d+号/g,
  /第[一二三四五六七八九十百]+[届次]/g,
  /\d+/g,
  /提案|建议|答复|复函|会办意见|意见|委员会|代表大会|人大|政协|会议|关于/g,
  /《[^》]{1,12}》/g,
];

/** Positions that are natural places to break: before 关于, after 委员会/代表大会, before 第N号, before 的答复. */
const STRONG = [/(?=关于)/g, /(?<=委员会|代表大会|人大)(?=第)/g, /(?=第\d+号)/g, /(?=的(?:答复|复函|会办意见))/g];

function positions(title: string, patterns: readonly RegExp[]): Set<number> {
  const out = new Set<number>();
  for (const p of patterns) for (const m of title.matchAll(new RegExp(p.source, "g"))) out.add(m.index);
  return out;
}

function protectedInteriors(title: string): Set<number> {
  const inside = new Set<number>();
  for (const p of PROTECTED) {
    for (const m of title.matchAll(new RegExp(p.source, "g"))) {
      for (let i = m.index + 1; i < m.index + m[0].length; i++) inside.add(i);
    }
  }
  return inside;
}

interface Plan {
  readonly weak: number;
  readonly spread: number;
  readonly breaks: readonly number[];
}

function better(a: Plan, b: Plan | undefined): boolean {
  if (!b) return true;
  return a.weak !== b.weak ? a.weak < b.weak : a.spread < b.spread;
}

/**
 * Breaks a title into centred lines of at most maxChars: as few lines as possible, cutting at meaning
 * boundaries (never inside 提案, 第N号…), with line lengths as even as possible (a balanced trapezoid).
 */
export function breakTitleLines(title: string, maxChars = TITLE_MAX_CHARS): string[] {
  const chars = Array.from(title.trim());
  const text = chars.join("");
  const n = chars.length;
  if (n === 0) return [];
  if (n <= maxChars) return [text];
  // Regex indices are UTF-16 offsets; titles are BMP Han text, so they equal char offsets here.
  const strong = positions(text, STRONG);
  const blocked = protectedInteriors(text);
  const allowed = (i: number): boolean => i > 0 && i < n && !blocked.has(i);
  const fewest = Math.ceil(n / maxChars);
  // A couple of extra lines may be needed when protected words sit across the ideal cuts; beyond that, cut hard.
  for (let lines = fewest; lines <= Math.min(n, fewest + 2); lines++) {
    const target = n / lines;
    // best[k][i]: best plan that covers chars [0, i) with k lines.
    const best: (Plan | undefined)[][] = Array.from({ length: lines + 1 }, () => new Array<Plan | undefined>(n + 1));
    best[0]![0] = { weak: 0, spread: 0, breaks: [] };
    for (let k = 1; k <= lines; k++) {
      for (let end = 1; end <= n; end++) {
        if (end !== n && !allowed(end)) continue;
        const row = best[k]!;
        for (let start = Math.max(0, end - maxChars); start < end; start++) {
          const prev = best[k - 1]![start];
          if (!prev) continue;
          const len = end - start;
          const cand: Plan = {
            weak: prev.weak + (end !== n && !strong.has(end) ? 1 : 0),
            spread: prev.spread + (len - target) ** 2,
            breaks: end === n ? prev.breaks : [...prev.breaks, end],
          };
          if (better(cand, row[end])) row[end] = cand;
        }
      }
    }
    const plan = best[lines]![n];
    if (plan) {
      const cuts = [0, ...plan.breaks, n];
      return cuts.slice(1).map((end, i) => chars.slice(cuts[i], end).join(""));
    }
  }
  const hard: string[] = [];
  for (let i = 0; i < n; i += maxChars) hard.push(chars.slice(i, i + maxChars).join(""));
  return hard;
}
