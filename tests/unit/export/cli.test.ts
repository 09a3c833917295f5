// `replydesk export` against real files and a real data folder.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportCommand, packageRoot, progressBar } from "../../../electron/cli/commands/export";
import type { CliIo } from "../../../electron/cli/command";
import { DraftStore } from "../../../electron/main/services/draft-store";
import { sampleDraft } from "./helpers";

let dir = "";
let out = "";
let err = "";
const io = (): CliIo => ({ out: (t) => void (out += t), err: (t) => void (err += t), env: {}, cwd: dir });

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "replydesk-cli-export-"));
  out = "";
  err = "";
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("replydesk export", () => {
  it("finds the package root from its own module", () => {
    expect(existsSync(path.join(packageRoot(), "assets", "sample-letter.json"))).toBe(true);
  });

  it("--sample writes the sample letter and never overwrites without --force", async () => {
    expect(await exportCommand.run(["--sample", "-o", "s.docx"], io())).toBe(0);
    expect(out).toContain("已导出草稿件");
    expect(existsSync(path.join(dir, "s.docx"))).toBe(true);
    await expect(exportCommand.run(["--sample", "-o", "s.docx"], io())).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await exportCommand.run(["--sample", "-o", "s.docx", "--force", "--formal"], io())).toBe(0);
    expect(out).toContain("正式件（未盖章）");
  });

  it("--formal refuses a draft the linter finds errors in, writes nothing, and still exports it as 草稿", async () => {
    const d = sampleDraft();
    const broken = { ...d, record: { ...d.record, disclosure: null } };
    writeFileSync(path.join(dir, "b.json"), JSON.stringify(broken));
    await expect(exportCommand.run(["b.json", "-o", "b.docx", "--formal"], io())).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringMatching(/不能正式导出[\s\S]*R11/) as unknown,
    });
    expect(existsSync(path.join(dir, "b.docx"))).toBe(false);
    expect(await exportCommand.run(["b.json", "-o", "b.docx"], io())).toBe(0);
    expect(out).toContain("已导出草稿件");
  });

  it("exports a draft.json file", async () => {
    writeFileSync(path.join(dir, "d.json"), JSON.stringify(sampleDraft()));
    expect(await exportCommand.run(["d.json", "-o", "d.docx"], io())).toBe(0);
    expect(existsSync(path.join(dir, "d.docx"))).toBe(true);
  });

  it("--all exports every draft with a progress bar, and lists existing files instead of overwriting", async () => {
    const data = path.join(dir, "data");
    const store = await DraftStore.open(data);
    const a = sampleDraft();
    await store.create({ ...a, id: "d1" });
    await store.create({ ...a, id: "d2", record: { ...a.record, proposalNumber: 46 } });
    await store.close();
    const outDir = path.join(dir, "out");
    mkdirSync(outDir);
    expect(await exportCommand.run(["--all", "--data", data, "-o", outDir], io())).toBe(0);
    expect(readdirSync(outDir)).toHaveLength(2);
    expect(err).toContain("\r[##########] 2/2");
    expect(out).toContain("成功 2 份，失败 0 份");
    err = "";
    expect(await exportCommand.run(["--all", "--data", data, "-o", outDir], io())).toBe(1);
    expect(err).toContain("已存在");
    expect(err).toContain(".docx");
  });

  it("draws the progress bar", () => {
    expect(progressBar(12, 40)).toBe("\r[###       ] 12/40");
    expect(progressBar(0, 0)).toBe("\r[##########] 0/0");
  });

  it("asks for -o", async () => {
    await expect(exportCommand.run(["--sample"], io())).rejects.toThrow(/缺少 -o/);
  });
});
