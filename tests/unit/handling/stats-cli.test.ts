// `replydesk stats`: text, JSON and .xlsx over a real data folder (the .xlsx read back with exceljs).
import path from "node:path";
import ExcelJS from "exceljs";
import { afterEach, expect, it } from "vitest";
import { runCli } from "../../../electron/cli/index";
import {
  CLERK,
  OFFICER,
  SIGNER,
  SUPERVISOR,
  openWorkspace,
  sampleDraft,
  scratchDir,
  type Workspace,
} from "../workflow/helpers";

const open: Workspace[] = [];
afterEach(async () => {
  for (const w of open.splice(0)) await w.close();
});

async function seeded(): Promise<string> {
  const w = await openWorkspace();
  const d = sampleDraft("s1");
  await w.services.store.create({ ...d, record: { ...d.record, category: "A", dueDate: "2026-05-10" } });
  await w.services.store.create({
    ...sampleDraft("s2"),
    record: { ...sampleDraft("s2").record, dueDate: "2026-05-10" },
  });
  await w.wf.submit("s1", OFFICER);
  await w.wf.returnDraft("s1", SUPERVISOR, ["数据无出处"], "");
  const v2 = await w.wf.submit("s1", OFFICER);
  await w.wf.approve("s1", SUPERVISOR, v2.hash);
  const { number } = await w.wf.allocateDocNumber("s1", CLERK);
  await w.wf.sign("s1", SIGNER, { docNumber: number, signDate: "2026-04-20" });
  await w.wf.markReplied("s1", CLERK, "2026-04-22");
  await w.close();
  return w.dir;
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t), env: {}, cwd: process.cwd() });
  return { code, out, err };
}

it("prints the year's numbers as text and JSON, and writes an .xlsx", async () => {
  const dir = await seeded();
  const text = await cli(["stats", "--year", "2026", "--today", "2026-06-01", "--data", dir]);
  expect(text.code).toBe(0);
  expect(text.out).toContain("办复率 50.0%（1/2）");
  expect(text.out).toContain("数据无出处 1 次");
  expect(text.out).toMatch(/s2 .* 超期 22 天/);

  const json = await cli(["stats", "--year", "2026", "--today", "2026-06-01", "--json", "--data", dir]);
  const stats = JSON.parse(json.out);
  expect(stats.replied.ids).toEqual(["s1"]);
  expect(stats.categories.A.ids).toEqual(["s1"]);
  expect(stats.publication).toEqual([
    {
      id: "s1",
      title: expect.any(String),
      replyDate: "2026-04-22",
      deadline: "2026-05-20",
      elapsed: 28,
      state: "超期",
    },
  ]);

  const out = path.join(await scratchDir("xlsx"), "统计.xlsx");
  expect((await cli(["stats", "--year", "2026", "--xlsx", out, "--data", dir])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const rows = wb.getWorksheet("概况")?.getSheetValues() ?? [];
  const flat = rows.map((r) => (Array.isArray(r) ? r.slice(1, 4).join("|") : ""));
  expect(flat).toContain("办复率|50.0%|1 / 2");
  expect(wb.getWorksheet("退回原因")?.getRow(2).values).toEqual([undefined, "数据无出处", 1, "s1"]);
});

it("refuses bad arguments with a usage error and changes nothing", async () => {
  expect((await cli(["stats", "--year", "20x6"])).code).toBe(2);
  expect((await cli(["stats", "--json", "--xlsx", "a.xlsx"])).code).toBe(2);
  expect((await cli(["stats", "--today", "2026-02-30"])).code).toBe(2);
});
