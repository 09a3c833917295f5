// Word export from the app (browser mode): one draft as a download, 正式导出 with the seal, the seal settings,
// and batch export with its progress dialog, summary and zip.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { strFromU8 } from "fflate";
import { blankDraft } from "../../shared/model/factory";
import { expect, test } from "./fixtures";
import { callApi, seedDraft } from "./pages/app-api";
import { DraftListPage } from "./pages/draft-list-page";
import { DraftPage } from "./pages/draft-page";
import {
  BatchExportDialog,
  docxText,
  downloadBytes,
  ExportDialog,
  SealSettings,
  unzip,
  visibleText,
} from "./pages/export-dialogs";
import { makeSealPng, signDraft } from "./pages/export-setup";
import { SettingsPage } from "./pages/settings-page";

const SAMPLE_FILE_74 = "关于政协郑州市惠济区第十一届委员会第二次会议第74号提案的答复.docx";

test("exports the open draft as 草稿 (a download named after the letter) with unsaved edits; 正式导出 is explained and blocked", async ({
  page,
}) => {
  const list = new DraftListPage(page);
  await list.sampleButton.click();
  await page.waitForURL(/#\/drafts\//);
  const draft = new DraftPage(page);
  // An edit made just before exporting is in the file: the dialog saves first.
  await draft.number.fill("74");

  const dialog = new ExportDialog(page);
  await dialog.open();
  await expect(dialog.draftRadio).toBeChecked();
  await expect(dialog.formalRadio).toBeDisabled();
  await expect(dialog.blocked).toContainText("正式导出（盖章）需要先登录");
  await expect(dialog.dialog).toContainText("正式文件不标“草稿”，并在署名和成文日期上加盖");

  const download = await dialog.exportAndDownload(dialog.exportDraftButton);
  expect(download.suggestedFilename()).toBe(SAMPLE_FILE_74);
  await expect(dialog.status).toContainText(`已导出草稿版（未盖章，页眉标“草稿”）：已开始下载 ${SAMPLE_FILE_74}`);

  const docx = docxText(await downloadBytes(download));
  const body = visibleText(docx.document);
  expect(body).toContain("关于政协郑州市惠济区第十一届委员会第二次会议第74号提案的答复");
  expect(body).toContain("何昕委员：");
  expect(body).toContain("惠济区科技和工业信息化局");
  expect(visibleText(docx.headers)).toContain("草稿");
  expect(docx.media).toEqual([]);
  await dialog.close();
  await draft.expectSaved();
});

test("a draft with lint errors lists what blocks 正式导出 and can still be exported as 草稿", async ({ page }) => {
  const list = new DraftListPage(page);
  await list.createDraft("提案");
  const dialog = new ExportDialog(page);
  await dialog.open();
  await expect(dialog.formalRadio).toBeDisabled();
  await expect(dialog.blocked).toContainText(/文稿检查发现 \d+ 处错误需先改正/);
  await expect(dialog.blocked).toContainText("R10");
  await expect(dialog.blocked).toContainText("未标注办理结果分类");
  await expect(dialog.blocked).toContainText("R26");
  const download = await dialog.exportAndDownload(dialog.exportDraftButton);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  expect(visibleText(docxText(await downloadBytes(download)).headers)).toContain("草稿");
});

test("a signed draft is exported formally: no 草稿 mark, the seal from settings over the sign-off", async ({
  page,
  request,
  server,
}) => {
  const created = await callApi<{ id: string }>(request, server, "createSampleDraft", {});
  const signedOn = await signDraft(request, server, created.id);
  const seal = makeSealPng(240);
  await callApi(request, server, "setSealImage", { base64: Buffer.from(seal).toString("base64") });

  await page.reload();
  await new DraftListPage(page).row("第45号").click();
  await page.waitForURL(/#\/drafts\//);
  const dialog = new ExportDialog(page);
  await dialog.open();
  await expect(dialog.formalRadio).toBeEnabled();
  await expect(dialog.formalRadio).toBeChecked();
  await expect(dialog.blocked).toHaveCount(0);

  const download = await dialog.exportAndDownload(dialog.formalButton);
  expect(download.suggestedFilename()).toBe("关于政协郑州市惠济区第十一届委员会第二次会议第45号提案的答复.docx");
  await expect(dialog.status).toContainText("已导出正式版（已盖章）");
  const bytes = await downloadBytes(download);
  const docx = docxText(bytes);
  expect(visibleText(docx.headers)).not.toContain("草稿");
  expect(docx.media).toHaveLength(1);
  expect([...(unzip(bytes)[docx.media[0] ?? ""] ?? [])]).toEqual([...seal]);
  expect(docx.document).toContain('descr="发文机关印章"');
  const [y, m, d] = signedOn.split("-").map(Number);
  expect(visibleText(docx.document)).toContain(`${y}年${m}月${d}日`);
});

test("the clerk sets the seal in settings: preview, kept after reload, a corrupt PNG changes nothing, remove", async ({
  page,
}) => {
  const settings = new SettingsPage(page);
  await settings.open();
  const seal = new SealSettings(page);
  await expect(seal.group).toContainText("由文书设置和使用");
  await expect(seal.empty).toHaveText("尚未设置印章图片。");

  await seal.choose("印章.png", makeSealPng(200));
  await expect(seal.ok).toHaveText("印章图片已保存（200×200 像素）。");
  await expect(seal.preview).toBeVisible();
  const src = await seal.preview.getAttribute("src");
  expect(src).toMatch(/^data:image\/png;base64,/);

  await page.reload();
  await expect(seal.preview).toHaveAttribute("src", src ?? "");

  const good = makeSealPng(64);
  const truncated = good.subarray(0, good.length - 30);
  await seal.choose("坏印章.png", truncated);
  await expect(seal.error).toContainText("印章图片无法使用");
  await expect(seal.error).toContainText("原有设置未改变");
  await expect(seal.preview).toHaveAttribute("src", src ?? "");
  await page.reload();
  await expect(seal.preview).toHaveAttribute("src", src ?? "");

  await seal.remove();
  await expect(seal.ok).toContainText("印章图片已移除");
  await expect(seal.empty).toHaveText("尚未设置印章图片。");
  await page.reload();
  await expect(seal.empty).toHaveText("尚未设置印章图片。");
});

test("batch export: progress dialog, a zip of the letters, failures listed in the summary; then only picked drafts", async ({
  page,
  request,
  server,
  dataDir,
}) => {
  await callApi(request, server, "createSampleDraft", {});
  await callApi(request, server, "createSampleDraft", {});
  await seedDraft(request, server, "建议", {
    proposalNumber: 88,
    proposers: ["赵六"],
    proposalTitle: "关于公交线路的建议",
  });
  const broken = await seedDraft(request, server, "提案", { proposalNumber: 99, proposalTitle: "损坏的文稿" });
  await writeFile(path.join(dataDir, "drafts", `${broken.id}.json`), "{ 这不是完整的 JSON");

  // Hold the progress answers until the running view has been seen (the job itself runs in main regardless).
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/batchExportStatus", async (route) => {
    await held;
    await route.continue();
  });

  await page.reload();
  const list = new DraftListPage(page);
  await expect(list.rows).toHaveCount(4);
  const batch = new BatchExportDialog(page);
  await batch.open();
  await expect(batch.allScope).toBeChecked();
  await expect(batch.count).toHaveText("将导出 4 份文稿");
  const pending = page.waitForEvent("download");
  await batch.startButton.click();
  await expect(batch.dialog.getByRole("heading", { name: "正在批量导出" })).toBeVisible();
  await expect(batch.progress).toHaveAttribute("max", "4");
  await expect(batch.dialog).toContainText("已处理 0 / 4 份");
  release();

  const download = await pending;
  expect(download.suggestedFilename()).toMatch(/^答复函批量导出-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(batch.dialog.getByRole("heading", { name: "批量导出完成" })).toBeVisible();
  await expect(batch.summary).toContainText("共 4 份：成功 3 份，失败 1 份。");
  await expect(batch.summary).toContainText("内含 3 份 Word 文件");
  await expect(batch.failures.getByRole("listitem")).toHaveCount(1);
  await expect(batch.failures).toContainText("损坏的文稿");

  const files = unzip(await downloadBytes(download));
  const names = Object.keys(files).sort();
  expect(names).toEqual([
    "关于政协郑州市惠济区第十一届委员会第二次会议第45号提案的答复.docx",
    "关于政协郑州市惠济区第十一届委员会第二次会议第45号提案的答复（2）.docx",
    expect.stringMatching(/第88号建议的答复.*\.docx$/),
  ]);
  for (const name of names) {
    const docx = docxText(files[name] ?? new Uint8Array());
    expect(visibleText(docx.headers)).toContain("草稿");
  }
  const suggestion = names.find((n) => n.includes("第88号")) ?? "";
  expect(
    visibleText(strFromU8(unzip(files[suggestion] ?? new Uint8Array())["word/document.xml"] ?? new Uint8Array())),
  ).toContain("赵六代表");
  await batch.closeButton.click();
  await expect(batch.dialog).toBeHidden();

  // Only the picked draft this time.
  await batch.open();
  await batch.pickScope.check();
  await expect(batch.count).toHaveText("将导出 0 份文稿");
  await expect(batch.startButton).toBeDisabled();
  await batch.pick(/第88号/).check();
  await expect(batch.count).toHaveText("将导出 1 份文稿");
  const second = page.waitForEvent("download");
  await batch.startButton.click();
  const zip = unzip(await downloadBytes(await second));
  expect(Object.keys(zip)).toEqual([expect.stringMatching(/第88号建议的答复.*\.docx$/)]);
  await expect(batch.summary).toContainText("共 1 份：成功 1 份，失败 0 份。");
});

/** Drafts in the data folder of the cancel test: enough that the job is still running when 取消 arrives. */
const MANY = 500;

/** A data folder holding MANY 提案 drafts written as files (the store indexes them on start). */
const manyDrafts = test.extend({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "replydesk-e2e-batch-"));
    await mkdir(path.join(dir, "drafts"));
    const start = Date.UTC(2024, 0, 1);
    await Promise.all(
      Array.from({ length: MANY }, (_, i) => {
        const draft = blankDraft(
          `b${String(i + 1).padStart(4, "0")}`,
          new Date(start + i * 60_000).toISOString(),
          "提案",
        );
        const stored = {
          ...draft,
          revision: 1,
          record: { ...draft.record, proposalNumber: i + 1, proposers: [`委员${i + 1}`] },
        };
        return writeFile(path.join(dir, "drafts", `${stored.id}.json`), JSON.stringify(stored));
      }),
    );
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

manyDrafts(
  "Esc while a batch runs cancels it: the dialog stays, says so, and nothing is downloaded",
  async ({ page }) => {
    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/batchExportStatus", async (route) => {
      await held;
      await route.continue();
    });

    const batch = new BatchExportDialog(page);
    await batch.open();
    await expect(batch.count).toHaveText(`将导出 ${MANY} 份文稿`);
    await batch.startButton.click();
    await expect(batch.dialog.getByRole("heading", { name: "正在批量导出" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(batch.dialog).toBeVisible();
    await expect(batch.dialog).toContainText("正在取消…");
    await expect(batch.cancelButton).toBeDisabled();
    release();

    await expect(batch.dialog.getByRole("heading", { name: "批量导出已取消" })).toBeVisible();
    await expect(batch.summary).toContainText(`共 ${MANY} 份，取消前已处理`);
    await expect(batch.summary).toContainText("已取消批量导出，没有保存任何文件。");
    await batch.closeButton.click();
    await expect(batch.dialog).toBeHidden();
    expect(downloads).toEqual([]);
  },
);
