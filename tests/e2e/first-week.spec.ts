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
