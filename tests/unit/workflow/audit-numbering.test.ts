import { promises as fs } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AuditLog } from "../../../electron/main/services/workflow/audit";
import { DocNumbering } from "../../../electron/main/services/workflow/numbering";
import { KeyedQueue } from "../../../electron/main/services/workflow/serial-queue";
import { CLERK, OFFICER, SUPERVISOR, scratchDir } from "./helpers";

async function logWithFour(): Promise<{ log: AuditLog; file: string; lines: string[]; dir: string }> {
  const dir = await scratchDir("audit");
  const log = new AuditLog(dir, new KeyedQueue(), () => new Date("2026-04-01T02:00:00Z"));
  await log.append("d1", { actor: OFFICER, action: "submit", version: 1, details: { hash: "x" } });
  await log.append("d1", { actor: SUPERVISOR, action: "return", version: 1, details: { reasons: ["措辞不当"] } });
  await log.append("d1", { actor: OFFICER, action: "submit", version: 2, details: {} });
  await log.append("d1", { actor: SUPERVISOR, action: "approve", version: 2, details: {} });
  const file = path.join(dir, "audit", "d1.jsonl");
  const lines = (await fs.readFile(file, "utf8")).trim().split("\n");
  return { log, file, lines, dir };
}

describe("audit chain", () => {
  it("verifies an untouched chain and links every entry to the previous", async () => {
    const { log, lines } = await logWithFour();
    expect(await log.verifyAuditChain("d1")).toEqual({ ok: true, count: 4 });
    const entries = lines.map((l) => JSON.parse(l) as { seq: number; prevHash: string; hash: string });
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    for (let i = 1; i < 4; i++) expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
  });

  it("detects an edited entry and names it", async () => {
    const { log, file, lines } = await logWithFour();
    lines[1] = lines[1]!.replace("措辞不当", "格式不规范");
    await fs.writeFile(file, `${lines.join("\n")}\n`);
    expect(await log.verifyAuditChain("d1")).toMatchObject({ ok: false, seq: 2 });
  });

  it("detects an edited entry even when its own hash was recomputed (the next link breaks)", async () => {
    const { log, file, lines } = await logWithFour();
    const { auditEntryHash } = await import("../../../electron/main/services/workflow/audit");
    const e = JSON.parse(lines[1]!) as Parameters<typeof auditEntryHash>[0] & { hash: string };
    const forged = { ...e, actor: { name: "冒名者", role: "审核人" as const } };
    lines[1] = JSON.stringify({ ...forged, hash: auditEntryHash(forged) });
    await fs.writeFile(file, `${lines.join("\n")}\n`);
    const v = await log.verifyAuditChain("d1");
    expect(v).toMatchObject({ ok: false, seq: 3 });
  });

  it("detects a deleted entry in the middle", async () => {
    const { log, file, lines } = await logWithFour();
    lines.splice(1, 1);
    await fs.writeFile(file, `${lines.join("\n")}\n`);
    const v = await log.verifyAuditChain("d1");
    expect(v).toMatchObject({ ok: false, seq: 2 });
    expect(!v.ok && v.message).toContain("删除");
  });

  it("detects deleted last entries (against the recorded head)", async () => {
    const { log, file, lines } = await logWithFour();
    await fs.writeFile(file, `${lines.slice(0, 2).join("\n")}\n`);
    const v = await log.verifyAuditChain("d1");
    expect(v).toMatchObject({ ok: false, seq: 3 });
    expect(!v.ok && v.message).toContain("缺少 2 条");
  });

  it("detects reordered entries", async () => {
    const { log, file, lines } = await logWithFour();
    [lines[1], lines[2]] = [lines[2]!, lines[1]!];
    await fs.writeFile(file, `${lines.join("\n")}\n`);
    expect(await log.verifyAuditChain("d1")).toMatchObject({ ok: false, seq: 2 });
  });

  it("detects an inserted entry", async () => {
    const { log, file, lines } = await logWithFour();
    lines.splice(2, 0, lines[1]!);
    await fs.writeFile(file, `${lines.join("\n")}\n`);
    expect(await log.verifyAuditChain("d1")).toMatchObject({ ok: false, seq: 3 });
  });
});

describe("发文字号 register", () => {
  const at = (iso: string) => () => new Date(iso);

  it("formats 代字〔年〕序号号 and counts per year", async () => {
    const dir = await scratchDir("num");
    const n2026 = new DocNumbering(dir, at("2026-05-01T04:00:00Z"));
    expect((await n2026.allocate("a", "惠科工函", CLERK)).allocation.number).toBe("惠科工函〔2026〕1号");
    expect((await n2026.allocate("b", "惠科工函", CLERK)).allocation.number).toBe("惠科工函〔2026〕2号");
    // Same draft again: the held number, not a new one.
    expect(await n2026.allocate("b", "惠科工函", CLERK)).toMatchObject({
      reused: true,
      allocation: { number: "惠科工函〔2026〕2号" },
    });
    const n2027 = new DocNumbering(dir, at("2027-01-02T04:00:00Z"));
    expect((await n2027.allocate("c", "惠科工函", CLERK)).allocation.number).toBe("惠科工函〔2027〕1号");
  });

  it("never hands out a number twice: concurrent allocations, then a restart on the same folder", async () => {
    const dir = await scratchDir("num");
    const first = new DocNumbering(dir, at("2026-05-01T04:00:00Z"));
    const batch = await Promise.all(Array.from({ length: 25 }, (_, i) => first.allocate(`d${i}`, "X科函", CLERK)));
    const numbers = batch.map((r) => r.allocation.number);
    expect(new Set(numbers).size).toBe(25);
    // "Restart": a new instance reads the register from disk.
    const second = new DocNumbering(dir, at("2026-05-02T04:00:00Z"));
    const after = await second.allocate("d-new", "X科函", CLERK);
    expect(after.allocation.number).toBe("X科函〔2026〕26号");
    expect(numbers).not.toContain(after.allocation.number);
  });

  it("does not reuse a cancelled number", async () => {
    const dir = await scratchDir("num");
    const reg = new DocNumbering(dir, at("2026-05-01T04:00:00Z"));
    const a = await reg.allocate("a", "X科函", CLERK);
    await reg.cancel(a.allocation.number, "误分配");
    const again = await new DocNumbering(dir, at("2026-05-01T05:00:00Z")).allocate("a", "X科函", CLERK);
    expect(again.allocation.number).toBe("X科函〔2026〕2号");
    expect((await reg.list()).map((x) => x.state)).toEqual(["cancelled", "allocated"]);
  });

  it("refuses to allocate from a damaged register instead of starting over", async () => {
    const dir = await scratchDir("num");
    const reg = new DocNumbering(dir, at("2026-05-01T04:00:00Z"));
    await reg.allocate("a", "X科函", CLERK);
    const file = path.join(dir, "numbering.json");
    const text = await fs.readFile(file, "utf8");
    await fs.writeFile(file, text.slice(0, text.length / 2));
    await expect(reg.allocate("b", "X科函", CLERK)).rejects.toMatchObject({ code: "CORRUPT" });
    await expect(reg.allocate("b", "", CLERK)).rejects.toMatchObject({ code: "BAD_INPUT" });
  });
});
