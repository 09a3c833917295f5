// 导入 end to end in Chromium: real fixture letters (.txt and a Word .docx) through the real services and store.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "./fixtures";
import { callApi } from "./pages/app-api";
import { DraftListPage } from "./pages/draft-list-page";
import { DraftPage } from "./pages/draft-page";
import { ImportPage, type UploadFile } from "./pages/import-page";
import { collectErrors } from "./pages/page-errors";
import { ROOT } from "./web-server";

const LETTERS = path.join(ROOT, "tests", "fixtures", "letters");
/** Seed 003 as a Word file whose 一、 headings are Word list numbering in 黑体 (see tests/unit/import/letter-docx.ts). */
const DOCX_003 = path.join(ROOT, "tests", "fixtures", "docx", "003_word_numbered_headings.docx");
const SEED_000 = "000_0cda9b59e5c00b81.txt";
const SEED_001 = "001_c108f0c56bb48804.txt";
const SEED_004 = "004_e4c908b9ddb99f14.txt";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const seed = (name: string): Promise<string> => readFile(path.join(LETTERS, name), "utf8");

/** Drafts as the server lists them. */
interface Row {
  readonly id: string;
}

test("two letters picked at once (.txt and .docx): progress, side-by-side check, corrections, saved drafts", async ({
  page,
  request,
  server,
}) => {
  const errors = collectErrors(page);
  const txt: UploadFile = {
    name: SEED_000,
    mimeType: "text/plain",
    buffer: await readFile(path.join(LETTERS, SEED_000)),
  };
  const docx: UploadFile = { name: "惠济区科工信局答复.docx", mimeType: DOCX, buffer: await readFile(DOCX_003) };

  // Reachable from the draft list (its toolbar, and the first screen's own 导入 link while the list is empty).
  await expect(page.getByRole("main").getByRole("link", { name: "导入" })).toHaveCount(2);
  await page.getByRole("main").getByRole("link", { name: "导入" }).first().click();
  const imp = new ImportPage(page);
  await expect(imp.heading).toBeVisible();
  await imp.pickFiles([txt, docx]);

  await expect(imp.queue.getByRole("listitem")).toHaveCount(2);
  await expect(imp.progressText).toHaveText("已识别 2/2 份，已保存 0 份");
  await expect(imp.progress).toHaveAttribute("value", "2");
  await expect(imp.queueRow(SEED_000)).toContainText("待核对");
  await expect(imp.queueRow(docx.name)).toContainText("待核对");

  // First letter: a web table in Traditional characters with pinyin annotations.
  const first = imp.checkScreen(SEED_000);
  await expect(first).toBeVisible();
  await expect(imp.cleaningSteps).toContainText("删除夹注拼音");
  await expect(imp.cleaningSteps).toContainText("繁体转简体");
  await expect(imp.cleaningSteps).toContainText("中文标点恢复为全角");
  await expect(imp.cleaningSteps.getByRole("listitem").filter({ hasText: "繁体转简体" })).toContainText("462 处");
  await expect(imp.sourceText).toContainText("关于发展科技型中小企业的建议");
  await expect(imp.sourceText).not.toContainText("(biāo)");
  await expect(imp.outlineHeadings).toHaveText([
    "一级一、招新引优导向很明确",
    "一级二、主力平台用地有保障",
    "一级三、项目建设用地强聚焦",
    "一级四、科小培育工程再加强",
  ]);
  await expect(imp.figures).toContainText("48.49平方公里");
  await expect(imp.field("提案人")).toHaveValue("崔巍");
  await expect(imp.field("编号")).toHaveValue("205");
  await expect(imp.field("称呼")).toHaveValue("尊敬的崔巍委员：");
  await expect(page.getByLabel("落款")).toContainText("南通市通州区科学技术局");
  // The letter names no session: the officer adds it before saving.
  await imp.field("届次会议").click();
  await page.keyboard.insertText("政协南通市通州区第十七届委员会第三次会议");
  await imp.saveNextButton.click();

  // Second letter: Word file whose 一、 headings exist only as 黑体 paragraphs with Word numbering.
  const second = imp.checkScreen(docx.name);
  await expect(second).toBeVisible();
  await expect(second).toContainText("Word 文档（.docx）");
  await expect(second).toContainText("按黑体/楷体字体识别出 5 个标题");
  await expect(imp.cleaningSteps).toContainText("中文标点恢复为全角");
  await expect(imp.outlineHeadings.first()).toHaveText("一级一、坚持多措并举，深入开展“万人助万企”活动");
  await expect(imp.outlineHeadings.filter({ hasText: "二级（一）加大对辖区中小企业纾困帮扶力度" })).toHaveCount(1);
  await expect(imp.outlineHeadings.filter({ hasText: "一级五、下步工作计划" })).toContainText("下一步工作");
  await expect(imp.figures).toContainText("约280亩");
  await expect(imp.field("提案人")).toHaveValue("何昕");
  await expect(imp.progressText).toHaveText("已识别 2/2 份，已保存 1 份");
  await imp.saveButton.click();

  // 保存为文稿 opens the new draft.
  await page.waitForURL(/#\/drafts\/imp-[0-9a-f]{8}$/);
  const draft = new DraftPage(page);
  await expect(draft.proposers()).toHaveValue("何昕");
  await expect(page.getByLabel("第一部分标题")).toHaveValue("坚持多措并举，深入开展“万人助万企”活动");
  await expect(page.getByLabel("第五部分标题")).toHaveValue("下步工作计划");

  // Both letters are drafts now; the first carries the session typed on the check screen.
  const rows = await callApi<Row[]>(request, server, "listDrafts", {});
  expect(rows).toHaveLength(2);
  const list = new DraftListPage(page);
  await list.open();
  await expect(list.rows).toHaveCount(2);
  await list.row("崔巍").click();
  await expect(draft.session).toHaveValue("政协南通市通州区第十七届委员会第三次会议");
  await expect(draft.number).toHaveValue("205");
  await expect(draft.proposers()).toHaveValue("崔巍");
  await expect(page.getByLabel("第一部分标题")).toHaveValue("招新引优导向很明确");

  // Back on 导入 the queue remembers what was saved.
  await imp.open();
  await expect(imp.progressText).toHaveText("已识别 2/2 份，已保存 2 份");
  await expect(imp.queueRow(SEED_000)).toContainText("已保存为文稿");
  expect(errors).toEqual([]);
});

test("pasted text of a policy notice (seed 001) is refused with its reason and nothing is saved", async ({
  page,
  request,
  server,
}) => {
  const imp = new ImportPage(page);
  const screen = await imp.openAndPaste(await seed(SEED_001));
  await expect(screen.getByRole("alert")).toContainText("不能导入：这不是答复函");
  await expect(screen.getByRole("alert")).toContainText("连政办发〔2021〕39号");
  await expect(imp.queueRow("粘贴的文字（1）")).toContainText("不是答复函");
  await expect(imp.sourceText).toContainText("乡镇工业集中区");
  await expect(imp.saveButton).toHaveCount(0);
  expect(await callApi<Row[]>(request, server, "listDrafts", {})).toEqual([]);
});

test("a binary file and an empty file dropped on the page get clear messages; no draft is created", async ({
  page,
  request,
  server,
  dataDir,
}) => {
  const imp = new ImportPage(page);
  await imp.open();
  const binary = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 151) % 256));
  await imp.dropFiles([
    { name: "扫描件.txt", mimeType: "text/plain", buffer: binary },
    { name: "空文件.docx", mimeType: DOCX, buffer: Buffer.alloc(0) },
  ]);
  await expect(imp.progressText).toHaveText("已识别 2/2 份，已保存 0 份");
  await expect(imp.queueRow("扫描件.txt")).toContainText("无法读取");
  await expect(imp.queueRow("空文件.docx")).toContainText("无法读取");
  const alert = imp.checkScreen("扫描件.txt").getByRole("alert");
  await expect(alert).toContainText("文件不是文本文件（含有二进制数据），无法导入");
  await expect(alert).toContainText("没有保存任何内容");
  await imp.queueRow("空文件.docx").getByRole("button", { name: "空文件.docx" }).click();
  await expect(imp.checkScreen("空文件.docx").getByRole("alert")).toContainText("文件 空文件.docx 是空的");
  expect(await callApi<Row[]>(request, server, "listDrafts", {})).toEqual([]);
  expect(await readdir(path.join(dataDir, "drafts"))).toEqual([]);
});

test("a collapsed 成文日期 (2022720) must be confirmed before saving; guessed fields are marked 待核对", async ({
  page,
  request,
  server,
}) => {
  const imp = new ImportPage(page);
  await expect(await imp.openAndPaste(await seed(SEED_004))).toBeVisible();
  await expect(imp.cleaningSteps).toContainText("删除网页残留");
  await expect(imp.sourceText).not.toContainText("扫一扫");

  await expect(imp.dateCheck).toContainText("2022720");
  await expect(imp.dateCheck).toContainText("2022年7月20日");
  await expect(imp.saveButton).toBeDisabled();
  await expect(page.getByText("请先确认成文日期，再保存。")).toBeVisible();
  const salutation = page.locator(".imp-record [data-low-confidence]").filter({ has: page.getByLabel("称呼") });
  await expect(salutation).toContainText("待核对");
  await expect(imp.field("称呼")).toHaveValue("张华");
  await expect(imp.notices).toContainText("“政协”重复");

  await imp.field("称呼").fill("张华委员：");
  await imp.dateConfirmed.check();
  await expect(imp.saveButton).toBeEnabled();
  await imp.saveButton.click();
  await page.waitForURL(/#\/drafts\/imp-[0-9a-f]{8}$/);
  const id = new URL(page.url()).hash.replace("#/drafts/", "");
  const saved = await callApi<{ status: string; letter: { salutation: string; signOff: { date: string } } }>(
    request,
    server,
    "getDraft",
    { id },
  );
  expect(saved.status).toBe("草稿");
  expect(saved.letter.salutation).toBe("张华委员：");
  expect(saved.letter.signOff.date).toBe("2022-07-20");
});
