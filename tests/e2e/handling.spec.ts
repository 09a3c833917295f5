// Closing the loop end to end: an item goes 已答复 → 不满意 → 重办 → second reply → 基本满意 in the 办理 panel;
// the 统计 page and the drafted 年度总结 reflect it. The review chain runs through the real services over the
// browser-mode API (set-up, as in the other specs); every 办理 step is clicked in the UI.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { callApi } from "./pages/app-api";
import { actAs, ensureRoster } from "./pages/export-setup";
import { HandlingPanel, StatsPage } from "./pages/handling-panel";
import { today } from "./pages/workflow-machines";
import type { RunningServer } from "./web-server";

type DraftLike = {
  id: string;
  revision: number;
  record: Record<string, unknown>;
  letter: { signOff: Record<string, unknown> } & Record<string, unknown>;
};

/** The person of each role in the export specs' roster (each step is signed by its own person). */
const PERSON = { 拟稿人: "李华", 审核人: "王强", 签发人: "张明", 文书: "陈静" } as const;

async function as(request: APIRequestContext, server: RunningServer, role: keyof typeof PERSON) {
  await ensureRoster(request, server);
  await actAs(request, server, PERSON[role]);
}

/** Runs a draft through submit → approve → number → sign → 已答复 (today). */
async function replyThroughChain(request: APIRequestContext, server: RunningServer, id: string): Promise<void> {
  await as(request, server, "拟稿人");
  const v = await callApi<{ hash: string }>(request, server, "submitDraft", { id });
  await as(request, server, "审核人");
  await callApi(request, server, "approveDraft", { id, versionHash: v.hash });
  await as(request, server, "文书");
  const { number } = await callApi<{ number: string }>(request, server, "allocateDocNumber", { id });
  await as(request, server, "签发人");
  await callApi(request, server, "signDraft", { id, docNumber: number, signDate: today() });
  await as(request, server, "文书");
  await callApi(request, server, "markReplied", { id, replyDate: today() });
}

/** Saves record and sign-off changes into a draft as the officer. */
async function edit(
  request: APIRequestContext,
  server: RunningServer,
  id: string,
  record: Record<string, unknown>,
): Promise<void> {
  await as(request, server, "拟稿人");
  const d = await callApi<DraftLike>(request, server, "getDraft", { id });
  const draft = {
    ...d,
    record: { ...d.record, ...record, docNumber: null, signer: null, signDate: null },
    letter: { ...d.letter, signOff: { ...d.letter.signOff, date: today() } },
  };
  await callApi(request, server, "saveDraft", { draft, baseRevision: d.revision });
}

test("已答复 → 不满意 → 重办 → second reply → 基本满意; 统计 and 年度总结 reflect it", async ({
  page,
  request,
  server,
  appUrl,
}) => {
  test.setTimeout(180_000);
  const year = today().slice(0, 4);
  await callApi(request, server, "updateSettings", {
    bureau: { fullName: "惠济区科技和工业信息化局", docCode: "惠科工函" },
  });
  const first = await callApi<DraftLike>(request, server, "createSampleDraft", {});
  await edit(request, server, first.id, {
    assignedDate: `${year}-01-15`,
    dueDate: `${year}-12-31`,
    category: "C",
    disclosure: "主动公开",
  });
  await replyThroughChain(request, server, first.id);

  // As the clerk, in the UI: 不满意, then 重办.
  await page.goto(`${appUrl}#/drafts/${first.id}`);
  const panel = new HandlingPanel(page);
  await expect(panel.root).toBeVisible({ timeout: 30_000 });
  await panel.recordSatisfaction("不满意");
  await expect(panel.result).toContainText("不满意");
  await expect(panel.reopenButton).toBeVisible();
  await panel.reopenButton.click();
  await expect(page).not.toHaveURL(new RegExp(`#/drafts/${first.id}$`), { timeout: 30_000 });
  const secondId = new URL(page.url()).hash.replace("#/drafts/", "");
  await expect(panel.history).toContainText("第一次答复");
  await expect(panel.history).toContainText("重办答复");

  // The second reply is a normal draft with its own review chain.
  await edit(request, server, secondId, { category: "B" });
  await replyThroughChain(request, server, secondId);
  await page.reload();
  await expect(panel.root).toBeVisible({ timeout: 30_000 });
  await panel.recordSatisfaction("基本满意");
  await expect(panel.result).toContainText("基本满意");
  await expect(panel.history.getByRole("listitem")).toHaveCount(2);
  await expect(panel.history.getByRole("listitem").nth(0)).toContainText("不满意");
  await expect(panel.history.getByRole("listitem").nth(1)).toContainText("基本满意");
  await expect(panel.reopenButton).toHaveCount(0);

  // 统计: one item, replied on time, 重办 once, finally 基本满意 (满意率 100%), class B; charts drawn.
  await page.getByRole("link", { name: "统计" }).click();
  const stats = new StatsPage(page);
  await expect(stats.card("承办件数")).toHaveText("1", { timeout: 30_000 });
  await expect(stats.card("办复率")).toHaveText("100.0%");
  await expect(stats.card("按期办复率")).toHaveText("100.0%");
  await expect(stats.card("满意率")).toHaveText("100.0%");
  await expect(stats.card("重办")).toHaveText("1");
  await expect(stats.card("分类")).toHaveText("0 / 1 / 0 / 0");
  await expect(stats.root.getByRole("img", { name: "办理结果分类" }).locator("svg")).toBeVisible({ timeout: 30_000 });
  await expect(stats.root.getByRole("list", { name: "待公开" })).toContainText("期限");

  // 年度总结: a new editable draft whose numbers say the same, each traced to the item.
  await stats.root.getByRole("button", { name: "起草年度办理工作总结" }).click();
  await expect(page).toHaveURL(/#\/drafts\//, { timeout: 30_000 });
  const summaryId = new URL(page.url()).hash.replace("#/drafts/", "");
  expect([first.id, secondId]).not.toContain(summaryId);
  const summary = await callApi<{ status: string; figures: { id: string; value: string }[] }>(
    request,
    server,
    "getDraft",
    { id: summaryId },
  );
  expect(summary.status).toBe("草稿");
  const fig = (id: string) => summary.figures.find((f) => f.id === id)?.value;
  expect([fig("items"), fig("reopened"), fig("jbmy"), fig("bmy"), fig("satRate"), fig("catB")]).toEqual([
    "1",
    "1",
    "1",
    "0",
    "100.0",
    "1",
  ]);
  const sources = page.getByRole("region", { name: "数字来源" });
  await expect(sources).toBeVisible({ timeout: 30_000 });
  await expect(sources.getByRole("listitem").filter({ hasText: "基本满意件数" })).toContainText(first.id);
});
