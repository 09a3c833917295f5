// Test helpers: temp data folders and valid drafts.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Draft } from "../../../shared/model/draft";
import { blankDraft } from "../../../shared/model/factory";

/** A fresh temp folder, removed by the returned cleanup. */
export async function tempDir(prefix = "replydesk-test-"): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

let counter = 0;
/** A valid draft with a unique id and a recognisable title. */
export function makeDraft(title = "关于加快中小企业发展的提案", over: Partial<Draft["record"]> = {}): Draft {
  counter += 1;
  const d = blankDraft(`t${Date.now().toString(36)}${counter}`, new Date().toISOString(), "提案");
  return { ...d, record: { ...d.record, proposalTitle: title, ...over } };
}
