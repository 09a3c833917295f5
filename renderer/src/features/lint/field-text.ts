// The stored text at a finding's path ("sections.0.measures.1.text", "record.docNumber"), to check that a finding
// computed on an older copy of the draft still fits the text a field shows now.
import type { Draft } from "../../../../shared/model/draft";

/** The string at `path` in the draft ("record.*"/"figures.*" in the draft, the rest in draft.letter); "" if none. */
export function textAt(draft: Draft, path: string): string {
  const keys = path.split(".");
  let node: unknown = keys[0] === "record" || keys[0] === "figures" ? draft : draft.letter;
  for (const key of keys) {
    if (Array.isArray(node)) node = node[Number(key)];
    else if (node !== null && typeof node === "object") node = (node as Record<string, unknown>)[key];
    else return "";
  }
  return typeof node === "string" ? node : "";
}
