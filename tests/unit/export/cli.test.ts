// `replydesk export` against real files and a real data folder.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { exportCommand, packageRoot, progressBar } from "../../../electron/cli/commands/export";
import type { CliIo } from "../../../electron/cli/command";
import { DraftStore } from "../../../electron/main/services/draft-store";
import { PASSWORD_ENV } from "../../../electron/cli/sign-in";
import { workflowFor } from "../../../electron/main/handlers/workflow";
import { openServices } from "../../../electron/main/services";
import { CLERK, OFFICER, PASSWORD, signThrough } from "../workflow/helpers";
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
    // The sample is never a signed letter: like the app, the CLI refuses to seal it.
    await expect(exportCommand.run(["--sample", "-o", "s2.docx", "--formal"], io())).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(existsSync(path.join(dir, "s2.docx"))).toBe(false);
  });

  it("--formal refuses any JSON file (whatever status it claims), writes nothing, and still exports it as 草稿", async () => {
    const d = sampleDraft();
    const claims = {
      ...d,
      status: "已签发",
      record: { ...d.record, docNumber: "惠科工函〔2026〕9号", signer: "局长" },
    };
    writeFileSync(path.join(dir, "b.json"), JSON.stringify(claims));
    await expect(exportCommand.run(["b.json", "-o", "b.docx", "--formal"], io())).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("只能导出草稿件") as unknown,
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

  it("--formal on a stored draft: refused without a signed 签发 or a signed-in 文书, sealed after the real chain", async () => {
    const data = path.join(dir, "pc");
    const services = await openServices({ dataDir: data });
    const wf = workflowFor({ ...services, now: () => new Date() });
    await services.store.create({
      ...sampleDraft(),
      id: "s1",
      record: { ...sampleDraft().record, docNumber: null, signer: null, signDate: null },
    });
    await services.store.create({ ...sampleDraft(), id: "u1" });
    await signThrough(services, wf, "s1");
    await services.close();
    const env = { [PASSWORD_ENV]: PASSWORD };
    const withPassword = (): CliIo => ({ ...io(), env });
    await expect(
      exportCommand.run(["s1", "--data", data, "-o", "x.docx", "--formal"], withPassword()),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      exportCommand.run(["s1", "--data", data, "-o", "x.docx", "--formal", "--user", OFFICER.name], withPassword()),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("只有文书") as unknown });
    await expect(
      exportCommand.run(["u1", "--data", data, "-o", "u.docx", "--formal", "--user", CLERK.name], withPassword()),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(
      await exportCommand.run(["s1", "--data", data, "-o", "x.docx", "--formal", "--user", CLERK.name], withPassword()),
    ).toBe(0);
    expect(out).toContain("正式件");
    const again = await openServices({ dataDir: data });
    try {
      const trail = await workflowFor({ ...again, now: () => new Date() }).trail("s1");
      expect(trail.verification.ok).toBe(true);
      expect(trail.entries.at(-1)).toMatchObject({
        trust: "signed",
        entry: { action: "export", actor: { name: CLERK.name } },
      });
    } finally {
      await again.close();
    }
  });

  it("draws the progress bar", () => {
    expect(progressBar(12, 40)).toBe("\r[###       ] 12/40");
    expect(progressBar(0, 0)).toBe("\r[##########] 0/0");
  });

  it("asks for -o", async () => {
    await expect(exportCommand.run(["--sample"], io())).rejects.toThrow(/缺少 -o/);
  });
});
