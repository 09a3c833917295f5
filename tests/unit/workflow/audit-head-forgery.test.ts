// A forged LAST audit entry (content changed, its hash recomputed, still linked to the one before) is internally
// consistent: only the recorded head reveals it. Kills the "drop the head check" mutant of audit verification.
import { promises as fs } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AuditLog, auditEntryHash } from "../../../electron/main/services/workflow/audit";
import { KeyedQueue } from "../../../electron/main/services/workflow/serial-queue";
import { OFFICER, SUPERVISOR, scratchDir } from "./helpers";

describe("audit head", () => {
  it("reports a last entry that was replaced by a self-consistent forgery", async () => {
    const dir = await scratchDir("audit-head");
    const log = new AuditLog(dir, new KeyedQueue(), () => new Date("2026-04-01T02:00:00Z"));
    await log.append("d1", { actor: OFFICER, action: "submit", version: 1, details: {} });
    await log.append("d1", { actor: SUPERVISOR, action: "return", version: 1, details: { reasons: ["措辞不当"] } });
    expect(await log.verifyAuditChain("d1")).toEqual({ ok: true, count: 2 });

    const file = path.join(dir, "audit", "d1.jsonl");
    const lines = (await fs.readFile(file, "utf8")).trim().split("\n");
    const last = JSON.parse(lines[1] ?? "") as Parameters<typeof auditEntryHash>[0] & { hash: string };
    const { hash: _old, ...body } = { ...last, action: "approve" as const, details: {} };
    lines[1] = JSON.stringify({ ...body, hash: auditEntryHash(body) });
    await fs.writeFile(file, `${lines.join("\n")}\n`);

    expect(await log.verifyAuditChain("d1")).toMatchObject({ ok: false, seq: 2 });
  });
});
