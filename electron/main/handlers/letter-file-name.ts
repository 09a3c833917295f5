// The file name an exported letter is offered under: its title without the bureau's own name in front, made safe.
import type { BureauProfile } from "../../../shared/model/settings";
import { safeDocxFileName } from "../services/export/file-name";

/**
 * `关于….docx` for a title such as `某局关于政协…第74号提案的答复`: the issuing bureau is the same for every file
 * the clerk saves, so its name (full or short) is dropped when the title goes on with 关于. Then made safe.
 */
export function letterFileName(title: string, bureau: Pick<BureauProfile, "fullName" | "shortName">): string {
  const trimmed = title.trim();
  for (const name of [bureau.fullName.trim(), bureau.shortName.trim()]) {
    if (name && trimmed.startsWith(`${name}关于`)) return safeDocxFileName(trimmed.slice(name.length));
  }
  return safeDocxFileName(trimmed);
}
