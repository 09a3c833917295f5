// The first week of a 科员, 审核人 and 文书 (issue #14): dates typed with the keyboard, the 成文日期 set at 签发,
// a workflow panel that says the next step once and offers only what the person can do now, and a new draft whose
// blanks read as a short to-do list.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { callApi } from "./pages/app-api";
import { WorkflowBar } from "./pages/workflow-bar";
import type { RunningServer } from "./web-server";

// Each test walks several screens on a busy shared machine.
test.describe.configure({ timeout: 180_000 });

const BUREAU = { fullName: "惠济区科技和工业信息化局", shortName: "区科工信局", docCode: "惠科工函" };

type DraftShape = { id: string; revision: number; record: Record<string, unknown>; letter: Record<string, unknown> };

async function actAs(request: APIRequestContext, server: RunningServer, role: string, name: string): Promise<void> {
  await callApi(request, server, "updateSettings", { user: { role, name }, bureau: BUREAU });
}

async function openDraft(page: Page, server: RunningServer, id: string): Promise<WorkflowBar> {
  await page.goto(`${server.origin}/#/drafts/${id}`);
  // A fresh load, so that the page reads the role just set.
  await page.reload();
  const bar = new WorkflowBar(page);
  await expect(bar.root).toBeVisible();
  return bar;
}

test("交办日期 and 办理期限 take dates typed with the keyboard in 年/月/日 order, and say what is wrong with a bad one", async ({
  page,
  request,
  server,
}) => {
  await actAs(request, server, "拟稿人", "李华");
  const created = await callApi<DraftShape>(request, server, "createDraft", { channel: "提案" });
  await openDraft(page, server, created.id);
  const assigned = page.getByLabel("交办日期");
  await assigned.click();
  await page.keyboard.type("2026年3月5日");
  await page.keyboard.press("Tab");
  await expect(assigned).toHaveValue("2026-03-05");
  await expect(page.getByTestId("due-rule")).toContainText("2026年6月5日");
  // Retyping only the year of a set date keeps month and day.
  await assigned.click();
  await assigned.press("Home");
  await assigned.press("Shift+ArrowRight");
  await assigned.press("Shift+ArrowRight");
  await assigned.press("Shift+ArrowRight");
  await assigned.press("Shift+ArrowRight");
  await page.keyboard.type("2025");
  await page.keyboard.press("Tab");
  await expect(assigned).toHaveValue("2025-03-05");
  await expect(page.getByTestId("due-rule")).toContainText("2025年6月5日");
  // Slashes and dots read the same; an impossible day is refused in words and changes nothing.
  const due = page.getByLabel("办理期限");
  await due.click();
  await page.keyboard.type("2025/7/1");
  await page.keyboard.press("Tab");
  await expect(due).toHaveValue("2025-07-01");
  await assigned.click();
  await assigned.selectText();
  await page.keyboard.type("2025-02-30");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("alert").filter({ hasText: "没有 2025年2月30日 这一天" })).toBeVisible();
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
  const saved = await callApi<DraftShape>(request, server, "getDraft", { id: created.id });
  expect(saved.record["assignedDate"]).toBe("2025-03-05");
  expect(saved.record["dueDate"]).toBe("2025-07-01");
});

test("成文日期 is typed with the keyboard in the 落款", async ({ page, request, server }) => {
  await actAs(request, server, "拟稿人", "李华");
  const created = await callApi<DraftShape>(request, server, "createDraft", { channel: "建议" });
  await openDraft(page, server, created.id);
  const date = page.getByLabel("成文日期", { exact: true });
  await date.click();
  await page.keyboard.type("2026.3.5");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("save-state")).toHaveText("已保存");
  const saved = await callApi<{ letter: { signOff: { date: string | null } } }>(request, server, "getDraft", {
    id: created.id,
  });
  expect(saved.letter.signOff.date).toBe("2026-03-05");
});

test("the first screen says to fill in 单位全称 first and that 导入 works; the built-in sample shows no red 已超期", async ({
  page,
}) => {
  const empty = page.getByRole("region", { name: "还没有答复函" });
  await expect(empty).toContainText("单位全称");
  await expect(empty).not.toContainText("即将提供");
  await empty.getByRole("link", { name: "填写单位全称" }).click();
  await expect(page.getByLabel("单位全称")).toBeVisible();
  await page.goBack();
  await empty.getByRole("link", { name: "导入", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("导入");
  await page.goBack();
  await empty.getByRole("button", { name: "打开示例" }).click();
  await expect(page.getByRole("region", { name: "审核流程" })).toBeVisible();
  await page.getByRole("link", { name: "文稿", exact: true }).click();
  const rows = page.getByRole("table", { name: "文稿列表" }).getByRole("row");
  await expect(rows.nth(1)).toContainText("第45号");
  await expect(page.getByRole("table", { name: "文稿列表" })).not.toContainText("已超期");
});

test("at 1366×768 the A4 preview is in view as a draft opens, 格式审查 folds away, the split resizes, rules are words", async ({
  page,
  request,
  server,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await actAs(request, server, "拟稿人", "李华");
  const sample = await callApi<DraftShape>(request, server, "createSampleDraft", {});
  await openDraft(page, server, sample.id);
  const preview = page.getByRole("region", { name: "A4 预览" });
  await expect(preview).toBeVisible();
  const box = await preview.boundingBox();
  expect(box?.y ?? 9999).toBeLessThan(768 - 200);
  // The findings read as words: no R-number as a heading.
  const lint = page.getByRole("region", { name: "格式审查" });
  const first = lint.getByTestId("lint-finding").first();
  await expect(first).toBeVisible();
  await expect(first).not.toContainText(/R\d\d/);
  await lint.getByRole("button", { name: /格式审查/ }).click();
  await expect(lint.getByTestId("lint-finding")).toHaveCount(0);
  await expect(lint.getByTestId("lint-counts")).toBeVisible();
  // The split: ← gives the preview more room.
  const split = page.getByRole("separator", { name: "调整编辑区与预览的宽度" });
  const before = (await preview.boundingBox())?.width ?? 0;
  await split.focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(split).toHaveAttribute("aria-valuenow", "40");
  await expect.poll(async () => (await preview.boundingBox())?.width ?? 0).toBeGreaterThan(before + 50);
});

test("the 数据表 entry row has a visible caption over each box, and no table header is cut off", async ({
  page,
  request,
  server,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await actAs(request, server, "拟稿人", "李华");
  const sample = await callApi<DraftShape>(request, server, "createSampleDraft", {});
  await openDraft(page, server, sample.id);
  const add = page.getByRole("group", { name: "添加数据" });
  for (const caption of ["名称", "前缀", "数值", "后缀", "单位", "来源"]) {
    await expect(add.getByText(caption, { exact: true })).toBeVisible();
  }
  const headers = page.locator(".ed-fig-table th");
  await expect(headers.first()).toBeVisible();
  const cut = await headers.evaluateAll((ths) =>
    ths.filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent),
  );
  expect(cut).toEqual([]);
});
