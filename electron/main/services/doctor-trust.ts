// The doctor's checks of what must be trusted: the roster's signatures, each audit chain's signatures and roles,
// and the 发文字号 register against the numbers the chains prove were issued. Reads only.
import { promises as fs } from "node:fs";
import path from "node:path";
import { trustChain } from "../../../shared/workflow/audit-trust";
import type { Roster } from "../../../shared/people/roster";
import { nodeSignatureCheck } from "./people/keys";
import { parseRosterText } from "./people/people-service";
import { AuditLog } from "./workflow/audit";
import { DocNumbering } from "./workflow/numbering";
import { parseDocNumber } from "./workflow/register-check";
import { KeyedQueue } from "./workflow/serial-queue";

/** Reports one finding (level, kind, Chinese message). */
export type AddFinding = (level: "error" | "warning" | "info", kind: string, message: string) => void;

async function readRoster(dir: string, add: AddFinding): Promise<Roster | null> {
  let text: string;
  try {
    text = await fs.readFile(path.join(dir, "roster.json"), "utf8");
  } catch {
    return null;
  }
  const r = parseRosterText(text);
  if (r.ok) return r.roster;
  add("error", "roster-broken", `单位人员名册校验失败：${r.message} 请从备份恢复或重新导入本单位名册。`);
  return null;
}

/** Checks signatures of every chain and the register; returns how many chains were checked. */
export async function checkTrust(dir: string, add: AddFinding): Promise<void> {
  const roster = await readRoster(dir, add);
  const audit = new AuditLog(dir, new KeyedQueue(), () => new Date());
  const issued = new Map<string, Set<string>>();
  let names: string[] = [];
  try {
    names = await fs.readdir(path.join(dir, "audit"));
  } catch {
    names = [];
  }
  for (const name of names) {
    const id = /^([A-Za-z0-9_-]+)\.jsonl$/.exec(name)?.[1];
    if (!id) continue;
    const { entries, verification } = await audit.read(id).catch(() => ({ entries: [], verification: { ok: false } }));
    if (verification.ok) {
      const trust = trustChain(nodeSignatureCheck, id, entries, roster);
      if (trust.problem) {
        add("error", "audit-unsigned", `文稿 ${id} 的审计记录签名校验失败：${trust.problem.message}`);
      }
    }
    for (const e of entries) {
      const number =
        e.action === "allocateNumber" ? e.details["number"] : e.action === "sign" ? e.details["docNumber"] : null;
      if (typeof number !== "string" || !parseDocNumber(number)) continue;
      const set = issued.get(number) ?? new Set<string>();
      set.add(id);
      issued.set(number, set);
    }
  }
  for (const [number, drafts] of issued) {
    if (drafts.size > 1)
      add(
        "error",
        "number-duplicate",
        `发文字号 ${number} 被分配给了多份文稿：${[...drafts].join("、")}。请核对后作废其一。`,
      );
  }
  let register;
  try {
    register = await new DocNumbering(dir, () => new Date()).load();
  } catch (err) {
    add("error", "register-broken", (err as Error).message);
    return;
  }
  const top = new Map<string, number>();
  for (const number of issued.keys()) {
    const p = parseDocNumber(number);
    if (p) top.set(`${p.code}|${p.year}`, Math.max(top.get(`${p.code}|${p.year}`) ?? 0, p.seq));
  }
  for (const [key, seq] of top) {
    const seen = register.allocations.filter((a) => `${a.code}|${a.year}` === key).map((a) => a.seq);
    const held = Math.max(register.counters[key] ?? 0, ...seen, 0);
    if (held < seq) {
      const [code, year] = key.split("|");
      add(
        "warning",
        "register-behind",
        `发文字号登记簿（numbering.json）中 ${code}〔${year}〕只记到 ${held} 号，审计记录显示已分配到 ${seq} 号（登记簿可能被删除或从旧备份恢复）。下次分配字号前程序会自动补齐，不会重号。`,
      );
    }
  }
}
