// The default salutation (主送) computed from the record (DOMAIN.md §1.7, §1.16).
import type { DraftRecord } from "../model/draft";
import { roleWord } from "./variables";

/** Full-width colon that ends every salutation. */
export const FULL_COLON = "：";

/**
 * `何昕委员：`, `张三、李四代表：`, `王某等5名代表：` (more than three), `<组织>：` when a 党派/团体 proposed;
 * a 会办 opinion goes to the lead unit: `<主办单位>：`. Empty names give just the role word.
 */
export function defaultSalutation(
  record: Pick<DraftRecord, "channel" | "handling" | "proposers" | "proposerOrg" | "leadUnit">,
): string {
  if (record.handling === "会办") {
    const lead = record.leadUnit.trim();
    return lead === "" ? "" : `${lead}${FULL_COLON}`;
  }
  const org = record.proposerOrg?.trim() ?? "";
  if (org !== "") return `${org}${FULL_COLON}`;
  const role = roleWord(record.channel);
  const names = record.proposers.map((p) => p.trim()).filter((p) => p !== "");
  if (names.length > 3) return `${names[0]}等${names.length}名${role}${FULL_COLON}`;
  return `${names.join("、")}${role}${FULL_COLON}`;
}
