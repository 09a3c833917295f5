// Drafts end to end: create, type Chinese (insertText and IME composition), autosave, reload, file on disk.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { callApi } from "./pages/app-api";
import { DraftListPage } from "./pages/draft-list-page";
import { DraftPage } from "./pages/draft-page";
import { collectErrors } from "./pages/page-errors";

/** The draft file as stored on disk. */
async function readDraftFile(
  dataDir: string,
  id: string,
): Promise<{ revision: number; record: Record<string, unknown> }> {
  return JSON.parse(await readFile(path.join(dataDir, "drafts", `${id}.json`), "utf8")) as {
    revision: number;
    record: Record<string, unknown>;
  };
}

test("create a draft, type Chinese, autosave, reload and find it again (list, form, file)", async ({
  page,
  dataDir,
}) => {
  const errors = collectErrors(page);
  await page.reload();
  const list = new DraftListPage(page);
  await expect(list.emptyState).toBeVisible();
  await expect(page.getByText("选择“提案”或“建议”和模板")).toBeVisible();

  const id = await list.createDraft("提案");
  const draft = new DraftPage(page);
  await draft.expectSaved();

  await draft.insertInto(draft.session, "政协惠济区第十五届委员会第二次会议");
  await draft.number.fill("12");
  await draft.insertInto(draft.proposers(), "张三、李四");
  await draft.insertInto(draft.proposalTitle, "关于加快科技创新平台建设的提案");
  await draft.assignedDate.fill("2024-03-15");
  await draft.expectSaved();

  const onDisk = await readDraftFile(dataDir, id);
  expect(onDisk.record).toMatchObject({
    channel: "提案",
    session: "政协惠济区第十五届委员会第二次会议",
    proposalNumber: 12,
    proposers: ["张三", "李四"],
    proposalTitle: "关于加快科技创新平台建设的提案",
    assignedDate: "2024-03-15",
  });
  expect(onDisk.revision).toBeGreaterThan(1);

  await page.reload();
  await expect(draft.session).toHaveValue("政协惠济区第十五届委员会第二次会议");
  await expect(draft.number).toHaveValue("12");
  await expect(draft.proposers()).toHaveValue("张三、李四");
  await expect(draft.proposalTitle).toHaveValue("关于加快科技创新平台建设的提案");
  await expect(draft.assignedDate).toHaveValue("2024-03-15");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("政协惠济区第十五届委员会第二次会议第12号提案");

  await list.open();
  const row = list.row("第12号");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("张三、李四");
  await expect(row).toContainText("2024年3月15日");
  await row.click();
  await expect(draft.session).toHaveValue("政协惠济区第十五届委员会第二次会议");
  expect(errors).toEqual([]);
});

/**
 * Playwright's fake clock for the page plus a count of save requests kept in the page itself: a test can run
 * the page's timers 10 s on (far past the 0.8 s autosave delay) at once and then ask, without waiting in real time, whether
 * a save was started (the save is sent from the timer callback, before the next task).
 */
async function controlTime(
  page: Page,
): Promise<{ passAutosaveDelay: () => Promise<void>; saves: () => Promise<number> }> {
  await page.clock.install();
  await page.evaluate(() => {
    const w = window as unknown as { __saves: number; fetch: typeof fetch };
    const real = w.fetch.bind(window);
    w.__saves = 0;
    w.fetch = (input, init) => {
      if (String(input).includes("/api/saveDraft")) w.__saves += 1;
      return real(input, init);
    };
  });
  return {
    passAutosaveDelay: () => page.clock.runFor(10_000),
    saves: () => page.evaluate(() => (window as unknown as { __saves: number }).__saves),
  };
}

test("IME composition through Chromium's input method API loses no characters and is never interrupted", async ({
  page,
  dataDir,
}) => {
  const list = new DraftListPage(page);
  const id = await list.createDraft("建议");
  const draft = new DraftPage(page);
  await draft.expectSaved();
  const before = (await readDraftFile(dataDir, id)).revision;
  const time = await controlTime(page);

  const cdp = await page.context().newCDPSession(page);
  await draft.proposalTitle.click();
  // Compose 关于 then 科技创新 the way a pinyin IME does: marked text grows, then the choice is committed.
  const words: ReadonlyArray<readonly [string, string]> = [
    ["guanyu", "关于"],
    ["kejichuangxin", "科技创新"],
    ["de", "的"],
    ["jianyi", "建议"],
  ];
  for (const [pinyin, hanzi] of words) {
    for (let i = 1; i <= pinyin.length; i++) {
      await cdp.send("Input.imeSetComposition", { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
    }
    // Stay in the composition past the autosave delay (timers run at once): nothing may be saved meanwhile.
    await time.passAutosaveDelay();
    expect(await time.saves()).toBe(0);
    expect((await readDraftFile(dataDir, id)).revision).toBe(before);
    await expect(draft.saveState).not.toHaveText("保存中…");
    await cdp.send("Input.insertText", { text: hanzi });
  }
  await expect(draft.proposalTitle).toHaveValue("关于科技创新的建议");
  await draft.expectSaved();
  expect((await readDraftFile(dataDir, id)).record["proposalTitle"]).toBe("关于科技创新的建议");
});

test("dispatched compositionstart…compositionend pauses autosave and keeps every character", async ({
  page,
  dataDir,
}) => {
  const list = new DraftListPage(page);
  const id = await list.createDraft("提案");
  const draft = new DraftPage(page);
  await draft.expectSaved();
  await draft.insertInto(draft.session, "政协");
  await draft.expectSaved();
  const saved = (await readDraftFile(dataDir, id)).revision;
  const time = await controlTime(page);

  await draft.session.dispatchEvent("compositionstart", { data: "" });
  await page.keyboard.insertText("惠济区第十五届");
  await time.passAutosaveDelay();
  // Still composing: autosave must wait.
  expect(await time.saves()).toBe(0);
  expect((await readDraftFile(dataDir, id)).revision).toBe(saved);
  await page.keyboard.insertText("委员会");
  await draft.session.dispatchEvent("compositionend", { data: "委员会" });
  await expect(draft.session).toHaveValue("政协惠济区第十五届委员会");
  await draft.expectSaved();
  expect((await readDraftFile(dataDir, id)).record["session"]).toBe("政协惠济区第十五届委员会");
});

test("typing across several autosaves never loses text; Ctrl+S saves", async ({ page, dataDir }) => {
  const list = new DraftListPage(page);
  const id = await list.createDraft("提案");
  const draft = new DraftPage(page);
  await draft.expectSaved();
  await draft.proposalTitle.click();
  const pieces = ["关于", "加强", "农村", "饮水", "安全", "保障", "的提案"];
  const time = await controlTime(page);
  for (const [i, piece] of pieces.entries()) {
    await page.keyboard.insertText(piece);
    // Pauses shorter and longer than the autosave delay (page timers, not real time) so saves land while
    // typing continues.
    await page.clock.runFor([300, 900, 100, 850, 20, 1_000, 0][i] ?? 0);
  }
  expect(await time.saves()).toBeGreaterThan(0);
  await page.keyboard.press("Control+s");
  await draft.expectSaved();
  await expect(draft.proposalTitle).toHaveValue(pieces.join(""));
  expect((await readDraftFile(dataDir, id)).record["proposalTitle"]).toBe(pieces.join(""));
});

test("an invalid 编号 is explained in Chinese and never stored", async ({ page, dataDir }) => {
  const list = new DraftListPage(page);
  const id = await list.createDraft("提案");
  const draft = new DraftPage(page);
  await draft.number.fill("第１２号");
  await draft.expectSaved();
  expect((await readDraftFile(dataDir, id)).record["proposalNumber"]).toBe(12);
  await draft.number.fill("十二");
  await expect(page.getByText("编号只能填写正整数")).toBeVisible();
  await draft.expectSaved();
  expect((await readDraftFile(dataDir, id)).record["proposalNumber"]).toBe(12);
});

test("a save based on a stale revision shows 保存冲突 with 重新加载 and never overwrites", async ({
  page,
  dataDir,
  request,
  server,
}) => {
  const list = new DraftListPage(page);
  const id = await list.createDraft("提案");
  const draft = new DraftPage(page);
  await draft.expectSaved();

  // Someone else saves the same draft first (same base revision as the page holds).
  const stored = JSON.parse(await readFile(path.join(dataDir, "drafts", `${id}.json`), "utf8")) as {
    revision: number;
    record: Record<string, unknown>;
  };
  await callApi(request, server, "saveDraft", {
    draft: { ...stored, record: { ...stored.record, session: "别处保存的届次" } },
    baseRevision: stored.revision,
  });

  await draft.insertInto(draft.session, "本页输入");
  await expect(draft.saveState).toHaveText("保存冲突");
  await expect(page.getByRole("alert")).toContainText("已在别处修改");
  expect((await readDraftFile(dataDir, id)).record["session"]).toBe("别处保存的届次");

  await page.getByRole("button", { name: "重新加载" }).click();
  await draft.expectSaved();
  await expect(draft.session).toHaveValue("别处保存的届次");
  await draft.insertInto(draft.session, "，再改");
  await draft.expectSaved();
  expect((await readDraftFile(dataDir, id)).record["session"]).toBe("别处保存的届次，再改");
});
