// The 发文字号 register checked against what the audit trails prove was issued: a numbering.json that was lost,
// rolled back or restored from an old backup is raised to the highest number ever issued, and duplicates are found.
import { promises as fs } from "node:fs";
import path from "node:path";
import type { AuditEntry } from "../../../../shared/workflow/schemas";
import type { WorkflowService } from "./workflow-service";

/** A 发文字号 split into 代字, year and sequence: 惠科工函〔2026〕12号. */
export function parseDocNumber(number: string): { code: string; year: number; seq: number } | null {
  const m = /^(.+)〔(\d{4})〕0*(\d{1,6})号$/.exec(number.trim());
  if (!m || !m[1] || !m[2] || !m[3]) return null;
  return { code: m[1], year: Number(m[2]), seq: Number(m[3]) };
}

/** What the check found and did. */
export interface RegisterReport {
  /** Counters raised, as "代字〔年〕: 从 N 补到 M". */
  readonly raised: readonly string[];
  /** Numbers issued to more than one draft. */
  readonly duplicates: readonly { readonly number: string; readonly drafts: readonly string[] }[];
  /** Allocation entries and signed drafts seen. */
  readonly seen: number;
}

async function auditFiles(dataDir: string): Promise<string[]> {
  try {
    return (await fs.readdir(path.join(dataDir, "audit"))).filter((n) => n.endsWith(".jsonl"));
  } catch {
    return [];
  }
}

/** Numbers each draft's hash-verified audit chain says were issued to it (allocations and 签发). */
async function issuedNumbers(wf: WorkflowService): Promise<Map<string, Set<string>>> {
  const byNumber = new Map<string, Set<string>>();
  const add = (number: unknown, draftId: string): void => {
    if (typeof number !== "string" || !parseDocNumber(number)) return;
    const set = byNumber.get(number) ?? new Set<string>();
    set.add(draftId);
    byNumber.set(number, set);
  };
  for (const name of await auditFiles(wf.store.dataDir)) {
    const draftId = name.slice(0, -".jsonl".length);
    let entries: AuditEntry[];
    try {
      entries = (await wf.audit.read(draftId)).entries;
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.action === "allocateNumber") add(e.details["number"], draftId);
      if (e.action === "sign") add(e.details["docNumber"], draftId);
    }
  }
  for (const row of [...wf.store.list({}), ...wf.store.list({ trashed: true })]) {
    if (row.docNumber && (row.status === "已签发" || row.status === "已答复")) add(row.docNumber, row.id);
  }
  return byNumber;
}

/** Raises the register to every number the trails prove was issued; reports duplicates. */
export async function reconcileRegister(wf: WorkflowService): Promise<RegisterReport> {
  const issued = await issuedNumbers(wf);
  const floors = new Map<string, number>();
  for (const number of issued.keys()) {
    const p = parseDocNumber(number);
    if (!p) continue;
    const key = `${p.code}|${p.year}`;
    floors.set(key, Math.max(floors.get(key) ?? 0, p.seq));
  }
  const raised = await wf.numbering.raiseCounters(floors);
  const duplicates = [...issued.entries()]
    .filter(([, drafts]) => drafts.size > 1)
    .map(([number, drafts]) => ({ number, drafts: [...drafts] }));
  return { raised, duplicates, seen: issued.size };
}
