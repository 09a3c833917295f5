// `replydesk inspect FILE --json` carries the linter's findings (rule, severity, message) after the cleaning notes.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../../electron/cli/command";
import { inspectCommand } from "../../../electron/cli/commands/inspect";

const SEEDS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/letters");

interface Found {
  readonly rule: string;
  readonly severity: string;
  readonly message: string;
}

async function inspect(file: string, json = true): Promise<{ code: number; out: string }> {
  let out = "";
  const io: CliIo = { out: (t) => void (out += t), err: () => undefined, env: {}, cwd: SEEDS };
  const code = await inspectCommand.run(json ? [file, "--json"] : [file], io);
  return { code, out };
}

describe("replydesk inspect: lint findings", () => {
  it("lists the cleaning notes and then the linter's findings of seed 004", async () => {
    const { code, out } = await inspect("004_e4c908b9ddb99f14.txt");
    expect(code).toBe(0);
    const findings = (JSON.parse(out) as { findings: Found[] }).findings;
    for (const f of findings) expect(Object.keys(f).sort()).toEqual(["message", "rule", "severity"]);
    const cleaning = findings.filter((f) => f.message.startsWith("已清理"));
    expect(cleaning.length).toBeGreaterThanOrEqual(2);
    expect(cleaning.every((f) => f.severity === "info")).toBe(true);
    // The linter's errors: zero-padded 第069号 (title and opening), 张华 without colon and role, 2022720.
    const errors = findings.filter((f) => f.severity === "error").map((f) => f.rule);
    expect(errors).toEqual(["R05", "R03", "R03", "R05", "R08"]);
    expect(findings).toContainEqual({
      rule: "R15",
      severity: "warning",
      message: "这一项后面紧接“五是”，末尾应以“。”或“；”结束。",
    });
    // A note the linter passes on from the importer is not listed twice.
    const keys = findings.map((f) => `${f.rule} ${f.message}`);
    expect(cleaning.every((c) => keys.filter((k) => k === `${c.rule} ${c.message}`).length === 1)).toBe(true);
  });

  it("reports the real defects of seed 002 (no 署名, no date, money without 元) and none on a clean structure", async () => {
    const s002 = (JSON.parse((await inspect("002_9b028128a3bdbd9e.txt")).out) as { findings: Found[] }).findings;
    expect(s002.filter((f) => f.severity === "error").map((f) => f.rule)).toEqual(["R08", "R09"]);
    expect(s002.some((f) => f.rule === "R16" && f.message.includes("7000万"))).toBe(true);
    const s003 = (JSON.parse((await inspect("003_88f36dbf9b23b2d0.txt")).out) as { findings: Found[] }).findings;
    expect(s003.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("refuses a non-letter with one R27 error, and the text summary lists errors and warnings", async () => {
    const { code, out } = await inspect("001_c108f0c56bb48804.txt");
    expect(code).toBe(1);
    const findings = (JSON.parse(out) as { findings: Found[] }).findings;
    expect(findings.filter((f) => f.rule === "R27")).toHaveLength(1);
    const text = await inspect("004_e4c908b9ddb99f14.txt", false);
    expect(text.out).toContain("[R05] 提案（建议）号“第069号”不应补零");
    expect(text.out).not.toContain("[R10]");
  });
});
