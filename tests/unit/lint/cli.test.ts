// `replydesk lint`: text and JSON output, exit codes, .json drafts, seed .txt letters and stored drafts.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lintCommand } from "../../../electron/cli/commands/lint";
import type { CliIo } from "../../../electron/cli/command";
import { DraftStore } from "../../../electron/main/services/draft-store";
import { cleanDraft, withLetter } from "./helpers";

const SEEDS = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/letters");
let dir: string;
let out: string;
let err: string;

function io(): CliIo {
  return { out: (t) => void (out += t), err: (t) => void (err += t), env: {}, cwd: dir };
}

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "replydesk-lint-"));
  out = "";
  err = "";
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("replydesk lint", () => {
  it("prints one JSON object and exits 1 on a seed letter with errors", async () => {
    const code = await lintCommand.run(
      [path.join(SEEDS, "004_e4c908b9ddb99f14.txt"), "--json", "--today", "2024-07-10"],
      io(),
    );
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as {
      findings: { rule: string; severity: string; message: string; location: unknown }[];
    };
    expect(Object.keys(parsed)).toEqual(["findings"]);
    expect(parsed.findings.some((f) => f.rule === "R08" && f.severity === "error")).toBe(true);
    for (const f of parsed.findings) expect(Object.keys(f)).toEqual(["rule", "severity", "message", "location"]);
  });
  it("prints a readable Chinese list and exits 0 on a letter with warnings only", async () => {
    const code = await lintCommand.run([path.join(SEEDS, "003_88f36dbf9b23b2d0.txt"), "--today", "2024-07-10"], io());
    expect(code).toBe(0);
    expect(out).toContain("R22 警告［落款·联系人］");
    expect(out).toMatch(/共 0 个错误、1 个警告、\d+ 个提示。/);
  });
  it("lints a draft .json file", async () => {
    const file = path.join(dir, "d.json");
    await fs.writeFile(file, JSON.stringify(withLetter(cleanDraft(), { salutation: "何昕代表：" })));
    const code = await lintCommand.run([file, "--json", "--today", "2024-06-20"], io());
    expect(code).toBe(1);
    expect((JSON.parse(out) as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(["R01"]);
  });
  it("lints a stored draft by id from --data", async () => {
    const store = await DraftStore.open(dir);
    const created = await store.create(cleanDraft());
    await store.close();
    const code = await lintCommand.run([created.id, "--data", dir, "--today", "2024-06-20"], io());
    expect(err).toBe("");
    // Settings of a fresh data folder have no bureau name, so the letter has no 署名 (R09).
    expect(out).toContain("R09 错误");
    expect(code).toBe(1);
  });
  it("exits 2 on bad usage and on an unreadable file", async () => {
    await expect(lintCommand.run([], io())).rejects.toThrow(/用法/);
    await expect(lintCommand.run([path.join(dir, "missing.txt")], io())).rejects.toThrow(/无法读取/);
    const bad = path.join(dir, "bad.json");
    await fs.writeFile(bad, "{not json");
    await expect(lintCommand.run([bad], io())).rejects.toThrow(/不是有效的文稿/);
  });
});
