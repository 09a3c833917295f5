// Forgeries an insider or an attacker with the files would try: each is refused with a Chinese reason and nothing is
// written (issue 11). The files are real data folders; signatures are real Ed25519 keys of the roster.
import { promises as fs } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkDataFolder } from "../../../electron/main/services/doctor";
import { auditEntryHash } from "../../../electron/main/services/workflow/audit";
import { contentHash } from "../../../electron/main/services/workflow/content-hash";
import {
  exportExchange,
  payloadIntegrity,
  verifyExchangeBytes,
} from "../../../electron/main/services/workflow/exchange-file";
import { importExchange } from "../../../electron/main/services/workflow/exchange-import";
import { generatePersonKey, signMessage } from "../../../electron/main/services/people/keys";
import { PeopleService } from "../../../electron/main/services/people/people-service";
import { signingMessage } from "../../../shared/people/roster";
import type { AuditEntry } from "../../../shared/workflow/schemas";
import {
  CLERK,
  OFFICER,
  PASSWORD,
  SIGNER,
  SUPERVISOR,
  joinMachine,
  openWorkspace,
  sampleDraft,
  scratchDir,
  signInAs,
  snapshotDir,
  type Workspace,
} from "./helpers";

const open: Workspace[] = [];
afterEach(async () => {
  for (const w of open.splice(0)) await w.close();
});
async function pc(from?: Workspace): Promise<Workspace> {
  const w = from ? await joinMachine(from) : await openWorkspace();
  open.push(w);
  return w;
}

/** A letter taken from 草稿 to 已签发 with every step signed by its person. */
async function signedLetter(w: Workspace, id: string): Promise<void> {
  await w.services.store.create(sampleDraft(id));
  const v = await w.wf.submit(id, OFFICER);
  await w.wf.approve(id, SUPERVISOR, v.hash);
  const { number } = await w.wf.allocateDocNumber(id, CLERK);
  await w.wf.sign(id, SIGNER, { docNumber: number, signDate: "2026-04-18" });
}

async function exchangeJson(w: Workspace, id: string, who = OFFICER): Promise<Record<string, unknown>> {
  const file = path.join(await scratchDir("fx"), "f.replydesk");
  await exportExchange(w.wf, id, file, await signInAs(w.services, who));
  return JSON.parse(await fs.readFile(file, "utf8")) as Record<string, unknown>;
}

/** Rebuilds a chain's hashes after entries were changed (what a forger with the format spec would do). */
function rechain(entries: AuditEntry[]): AuditEntry[] {
  let prev = "0".repeat(64);
  return entries.map((e, i) => {
    const body = { ...e, seq: i + 1, prevHash: prev };
    const { hash: _h, signature, ...rest } = body;
    void _h;
    const hash = auditEntryHash(rest);
    prev = hash;
    return { ...rest, hash, ...(signature ? { signature } : {}) };
  });
}

/** Re-seals a forged payload: integrity recomputed, and (for an insider) the file re-signed with their own key. */
async function reseal(file: Record<string, unknown>, insider: Workspace | null): Promise<Uint8Array> {
  const { integrity: _i, signature: old, ...payload } = file;
  void _i;
  const integrity = payloadIntegrity(payload);
  let signature = old;
  if (insider) {
    const signer = insider.services.people.signer();
    if (!signer) throw new Error("insider not signed in");
    signature = signer.sign(signingMessage("exchange", integrity));
  }
  return new TextEncoder().encode(JSON.stringify({ ...payload, integrity, signature }));
}

async function frozen(w: Workspace): Promise<Record<string, string>> {
  await w.services.store.flush();
  return snapshotDir(w.dir);
}

/** Imports `bytes` on `w` as the supervisor: must be refused with `reason`, and nothing on disk may change. */
async function refusedWithNothingWritten(w: Workspace, bytes: Uint8Array, reason: RegExp): Promise<void> {
  const actor = await signInAs(w.services, SUPERVISOR);
  const before = await frozen(w);
  const v = verifyExchangeBytes(bytes, w.services.people.current());
  expect(v.ok).toBe(false);
  if (!v.ok) expect(v.message).toMatch(reason);
  await expect(importExchange(w.wf, bytes, actor)).rejects.toMatchObject({ message: expect.stringMatching(reason) });
  expect(await frozen(w)).toEqual(before);
}

describe("forged exchange files are refused and change nothing", () => {
  it("a 待审核 file claiming 已签发 with approve/sign entries and every hash recomputed", async () => {
    const a = await pc();
    const b = await pc(a);
    await a.services.store.create(sampleDraft("f1"));
    await a.wf.submit("f1", OFFICER);
    const file = await exchangeJson(a, "f1");
    const draft = file["draft"] as { status: string; record: Record<string, unknown> };
    draft.status = "已签发";
    draft.record = { ...draft.record, docNumber: "惠科工函〔2026〕99号", signer: "陈局长", signDate: "2026-04-18" };
    const audit = file["audit"] as AuditEntry[];
    const last = audit.at(-1) as AuditEntry;
    const forgedEntries = (["approve", "allocateNumber", "sign"] as const).map((action) => ({
      ...last,
      action,
      actor: { name: action === "sign" ? SIGNER.name : SUPERVISOR.name, role: action === "sign" ? "签发人" : "审核人" },
      details: { contentHash: contentHash(draft as never), docNumber: "惠科工函〔2026〕99号", signDate: "2026-04-18" },
    })) as AuditEntry[];
    file["audit"] = rechain([...audit, ...forgedEntries]);
    // Recomputing the integrity hash is not enough: the file's signature no longer matches…
    await refusedWithNothingWritten(b, await reseal(file, null), /签名/);
    // …and an insider re-signing the file still cannot sign the approve/sign entries as the others.
    await signInAs(a.services, OFFICER);
    await refusedWithNothingWritten(b, await reseal(file, a), /签名/);
  });

  it("the text of a signed letter replaced after 签发, the file re-signed by an insider", async () => {
    const a = await pc();
    const b = await pc(a);
    await signedLetter(a, "f2");
    const file = await exchangeJson(a, "f2", CLERK);
    const draft = file["draft"] as { letter: { opening: string } };
    draft.letter.opening = "您提出的提案收悉。经研究，我局决定不予采纳。";
    await refusedWithNothingWritten(b, await reseal(file, a), /签发人签名的版本不一致/);
  });

  it("a signed entry replayed from another draft", async () => {
    const a = await pc();
    const b = await pc(a);
    await signedLetter(a, "src");
    await a.services.store.create(sampleDraft("dst"));
    await a.wf.submit("dst", OFFICER);
    const donor = (await a.wf.audit.read("src")).entries.find((e) => e.action === "approve") as AuditEntry;
    const file = await exchangeJson(a, "dst");
    file["audit"] = rechain([...(file["audit"] as AuditEntry[]), donor]);
    await refusedWithNothingWritten(b, await reseal(file, a), /另一份文稿/);
  });

  it("entries signed with a key that is not in the roster", async () => {
    const a = await pc();
    const b = await pc(a);
    await a.services.store.create(sampleDraft("f4"));
    await a.wf.submit("f4", OFFICER);
    const file = await exchangeJson(a, "f4");
    const audit = file["audit"] as AuditEntry[];
    const rogue = generatePersonKey();
    const body = {
      ...(audit.at(-1) as AuditEntry),
      action: "approve",
      actor: { name: "李审核", role: "审核人" as const },
      personId: "p00000000000dead",
      details: { hash: (audit[0] as AuditEntry).details["hash"] },
    };
    const chained = rechain([...audit, body as AuditEntry]);
    const forged = chained.at(-1) as AuditEntry;
    forged.signature = signMessage(rogue.privateKey, signingMessage("audit", forged.hash));
    file["audit"] = chained;
    await refusedWithNothingWritten(b, await reseal(file, a), /不在本单位人员名册/);
  });

  it("a file sent by someone outside the bureau's roster", async () => {
    const a = await pc();
    const stranger = await pc(); // another bureau: its own roster
    const b = await pc(a);
    await stranger.services.store.create(sampleDraft("f5"));
    await stranger.wf.submit("f5", OFFICER);
    const file = await exchangeJson(stranger, "f5");
    await refusedWithNothingWritten(b, new TextEncoder().encode(JSON.stringify(file)), /不在本机的单位人员名册/);
  });
});

describe("forgeries on the local disk", () => {
  it("a status edited by hand in a draft file is corrected from the audit chain, and cannot be exported sealed", async () => {
    const w = await pc();
    await w.services.store.create(sampleDraft("l1"));
    await w.wf.submit("l1", OFFICER);
    await w.services.store.flush();
    const file = path.join(w.dir, "drafts", "l1.json");
    const raw = JSON.parse(await fs.readFile(file, "utf8")) as Record<string, unknown>;
    await w.close();
    open.splice(open.indexOf(w), 1);
    await fs.writeFile(file, JSON.stringify({ ...raw, status: "已签发" }));
    const reopened = await openWorkspace(w.dir);
    open.push(reopened);
    expect((await reopened.wf.verifiedDraft("l1")).status).toBe("待审核");
    expect(
      reopened.services.store
        .notices()
        .map((n) => n.message)
        .join(),
    ).toContain("与审计记录不符");
    await expect(
      reopened.wf.authoriseFormalExport("l1", await signInAs(reopened.services, CLERK)),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("an audit chain rewritten and re-hashed on disk no longer verifies, and the approval it claims is void", async () => {
    const w = await pc();
    await w.services.store.create(sampleDraft("l2"));
    const v = await w.wf.submit("l2", OFFICER);
    const auditFile = path.join(w.dir, "audit", "l2.jsonl");
    const entries = (await fs.readFile(auditFile, "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as AuditEntry);
    const approve = {
      ...(entries[0] as AuditEntry),
      action: "approve",
      actor: { name: SUPERVISOR.name, role: "审核人" as const },
      details: { hash: v.hash, contentHash: v.hash },
    };
    const forged = rechain([...entries, approve]);
    await fs.writeFile(auditFile, `${forged.map((e) => JSON.stringify(e)).join("\n")}\n`);
    const last = forged.at(-1) as AuditEntry;
    await fs.writeFile(path.join(w.dir, "audit", "l2.head.json"), JSON.stringify({ seq: last.seq, hash: last.hash }));
    expect((await checkDataFolder(w.dir)).findings.map((f) => f.kind)).toContain("audit-unsigned");
    const trail = await w.wf.trail("l2");
    expect(trail.verification.ok).toBe(false);
    expect(trail.derived.status).toBe("待审核");
    await expect(w.wf.allocateDocNumber("l2", CLERK)).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("self-approval is refused while separation of duties is on, allowed (and visible) when the 管理员 turns it off", async () => {
    const w = await pc();
    const people = w.services.people;
    const admin = [...(people.current()?.people.values() ?? [])].find((p) => p.roles.includes("管理员"));
    await people.signIn(admin?.id ?? "", PASSWORD);
    const officer = [...(people.current()?.people.values() ?? [])].find((p) => p.name === OFFICER.name);
    await people.setRoles(officer?.id ?? "", ["拟稿人", "审核人"]);
    await w.services.store.create(sampleDraft("l3"));
    const v = await w.wf.submit("l3", OFFICER);
    const both = await signInAs(w.services, { ...OFFICER, role: "审核人" });
    await expect(w.wf.approve("l3", both, v.hash)).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("不能是同一人"),
    });
    await people.signIn(admin?.id ?? "", PASSWORD);
    await people.setSeparationOfDuties(false);
    await w.wf.approve("l3", await signInAs(w.services, { ...OFFICER, role: "审核人" }), v.hash);
    expect((await w.wf.verifiedDraft("l3")).status).toBe("已审核");
    expect(people.current()?.policyChanges).toMatchObject([{ enabled: false }]);
  });

  it("a tampered roster file is quarantined with a notice, never silently reset; a tampered roster import is refused", async () => {
    const w = await pc();
    const bytes = w.services.people.exportRoster();
    const rosterFile = path.join(w.dir, "roster.json");
    const text = await fs.readFile(rosterFile, "utf8");
    // Promote the officer to 签发人 without a 管理员's signature.
    const tampered = text.replace('"拟稿人"', '"签发人"');
    expect(tampered).not.toBe(text);
    const other = await pc();
    const before = await frozen(other);
    await expect(other.services.people.importRoster(new TextEncoder().encode(tampered))).rejects.toMatchObject({
      code: "CORRUPT",
    });
    expect(await frozen(other)).toEqual(before);
    await w.close();
    open.splice(open.indexOf(w), 1);
    await fs.writeFile(rosterFile, tampered);
    const reports: string[] = [];
    const reopened = await PeopleService.open(
      w.dir,
      () => new Date(),
      async (m) => void reports.push(m),
    );
    expect(reopened.current()).toBeNull();
    expect(reports.join()).toContain("人员名册已损坏");
    expect((await fs.readdir(w.dir)).some((n) => n.startsWith("roster.json.corrupt-"))).toBe(true);
    // The bureau's good roster file brings it back.
    await reopened.importRoster(bytes);
    expect(reopened.current()?.people.size).toBe(5);
  });

  it("a revoked person's later actions are refused; their earlier entries stay valid", async () => {
    const w = await pc();
    await w.services.store.create(sampleDraft("l5"));
    await w.wf.submit("l5", OFFICER);
    const people = w.services.people;
    const admin = [...(people.current()?.people.values() ?? [])].find((p) => p.roles.includes("管理员"));
    const officer = [...(people.current()?.people.values() ?? [])].find((p) => p.name === OFFICER.name);
    await people.signIn(admin?.id ?? "", PASSWORD);
    await people.revoke(officer?.id ?? "");
    expect((await w.wf.trail("l5")).verification.ok).toBe(true);
    await expect(people.signIn(officer?.id ?? "", PASSWORD)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the 发文字号 register never issues a number twice", () => {
  it("after numbering.json is deleted, or restored from an older backup", async () => {
    const w = await pc();
    await signedLetter(w, "n1");
    await signedLetter(w, "n2");
    const registerFile = path.join(w.dir, "numbering.json");
    const old = await fs.readFile(registerFile, "utf8"); // holds 1 and 2
    await signedLetter(w, "n3"); // 3

    await w.close();
    open.splice(open.indexOf(w), 1);
    for (const damage of ["delete", "restore-old"] as const) {
      if (damage === "delete") await fs.rm(registerFile);
      else await fs.writeFile(registerFile, old);
      // doctor sees the register behind the signed allocations before the app repairs it.
      const report = await checkDataFolder(w.dir);
      expect(report.findings.map((f) => f.kind)).toContain("register-behind");
      const again = await openWorkspace(w.dir);
      try {
        const id = `after-${damage}`;
        await again.services.store.create(sampleDraft(id));
        const v = await again.wf.submit(id, OFFICER);
        await again.wf.approve(id, SUPERVISOR, v.hash);
        const { number } = await again.wf.allocateDocNumber(id, CLERK);
        expect(number).toBe(damage === "delete" ? "惠科工函〔2026〕4号" : "惠科工函〔2026〕5号");
        const all = (await again.wf.numbering.list()).map((a) => a.number);
        expect(new Set(all).size).toBe(all.length);
        const notices = again.services.store
          .notices()
          .map((n) => n.message)
          .join();
        expect(notices).toContain("发文字号登记簿落后");
      } finally {
        await again.close();
      }
    }
  });
});
