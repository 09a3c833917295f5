// The salutation (主送): names, 等N名 joint proposers, role word, or an organisation (DOMAIN.md §1.7, R03).
import { BARE_NAMES, ORG_END, SALUTATION } from "./patterns";
import { isRecordKey } from "./record-block";

/** A recognised salutation. */
export interface SalutationFacts {
  /** The salutation as written, up to and including the colon (if any). */
  readonly text: string;
  readonly names: readonly string[];
  readonly role: "委员" | "代表" | null;
  /** N of 等N名, when written. */
  readonly jointCount: number | null;
  /** Set when addressed to an organisation instead of persons. */
  readonly org: string | null;
  /** Text after the colon on the same line (000 puts the opening there). */
  readonly rest: string;
  /** True when read from a bare name line without role or colon (seed 004). */
  readonly loose: boolean;
}

const CN_NUM: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

function roleOf(word: string | undefined): "委员" | "代表" | null {
  return word === "委员" || word === "代表" ? word : null;
}

function build(
  text: string,
  namesPart: string,
  roleWord: string | undefined,
  count: string | undefined,
  rest: string,
  loose: boolean,
): SalutationFacts {
  const role = roleOf(roleWord);
  const org = roleWord === undefined && (ORG_END.test(namesPart) || namesPart.length > 6) ? namesPart : null;
  const names = org ? [] : namesPart.split("、").filter((n) => n !== "");
  const jointCount = count === undefined ? null : /^\d+$/u.test(count) ? Number(count) : (CN_NUM[count] ?? null);
  return { text, names, role, jointCount, org, rest, loose };
}

/** Reads a salutation line (strict: a role word, 尊敬的, or a short name list ending with a colon). */
export function readSalutation(line: string): SalutationFacts | null {
  const m = SALUTATION.exec(line);
  if (!m) return null;
  const [, respect, namesPart = "", count, roleWord, rest = ""] = m;
  const colonAt = line.length - rest.length;
  const text = line.slice(0, colonAt).trimEnd();
  if (roleWord === undefined && respect === undefined) {
    if (rest !== "" || isRecordKey(text) || namesPart.length > 20) return null;
    const personList = namesPart.split("、").every((n) => n.length >= 2 && n.length <= 4);
    if (!personList && !ORG_END.test(namesPart)) return null;
  }
  return build(text, namesPart, roleWord, count, rest.trim(), false);
}

/** Reads a bare name line such as 张华 (no role, no colon) — only trusted right before the opening. */
export function readBareSalutation(line: string): SalutationFacts | null {
  const m = BARE_NAMES.exec(line);
  if (!m) return null;
  return build(line, m[2] ?? "", m[3], undefined, "", true);
}
