// Session (届次会议) and proposal-number phrases in every written form: with or without 第, 政协/人大 before or after
// the 届, a place prefix, and whatever the sentence glued on in front (对, 关于, 你在, a bureau name…).

const N = "[一二三四五六七八九十]+";
// The core: (政协|人大)? 第?N届 (政协|人大|人民代表大会|委员会)? (常委会)? 第?N次 (全体|全委)? 会议.
const CORE = new RegExp(
  `(?:政协|人大)?第?${N}届(?:政协|人大|人民代表大会|委员会|政协委员会)?(?:常委会)?第?${N}次(?:全体|全委)?会议`,
  "u",
);
// Words that end the sentence part glued in front of a session (the place name starts after the last one).
const LEAD_IN = /^.*(?:对|关于|你在|您在|你们在|您们在|向|在|于|的|将|就|为|是|年|函|局|厅|委|办|府|院|队|所)/u;
// Place names end in one of these (so 市/县/区 survive even after a bureau word such as 局).
const PLACE_ONLY =
  /^(?:[\p{Script=Han}]{0,16}?(?:省|市|县|区|旗|州|盟|镇|乡|街道|自治区|自治县|自治州))?(?:政协|人大)?$/u;

/** The session named in a text (title, opening, record), trimmed of lead-in words; null if none. */
export function findSession(text: string): string | null {
  const m = CORE.exec(text);
  if (!m) return null;
  const before = /[\p{Script=Han}]{0,24}$/u.exec(text.slice(0, m.index))?.[0] ?? "";
  let prefix = before.replace(LEAD_IN, "");
  // A prefix that is not a place name (e.g. the rest of a bureau name) is dropped.
  if (!PLACE_ONLY.test(prefix)) prefix = "";
  const session = `${prefix}${m[0]}`;
  return /政协|人大|人民代表大会|委员会/u.test(session) ? session : null;
}

/** A proposal number as read: the value, the digits as written (zero padding), and the channel word after it. */
export interface NumberReading {
  readonly number: number;
  readonly text: string;
  readonly channel: "提案" | "建议" | null;
}

// 第N号 (N maybe in 〔〕), or N号提案/N号建议, or N号 right after 会议 / in brackets.
const NUMBER_FORMS: readonly RegExp[] = [
  /第\s*[〔（(【[]?(\d{1,7})[〕）)】\]]?\s*号\s*(?:代表|委员)?(提案|建议)?/u,
  /(?<![\d〕）)\]】])(\d{1,7})\s*号\s*(?:代表|委员)?(提案|建议)/u,
  /(?:会议|[（(])\s*[〔]?(\d{1,7})[〕]?\s*号()/u,
];

/** The proposal number in a text, in any of its written forms; null if none. */
export function findProposalNumber(text: string): NumberReading | null {
  for (const re of NUMBER_FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const digits = m[1] ?? "";
    const channel = m[2] === "提案" || m[2] === "建议" ? m[2] : null;
    return { number: Number(digits), text: digits, channel };
  }
  return null;
}
