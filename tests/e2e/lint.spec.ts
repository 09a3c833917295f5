// 格式审查 end to end: a draft with known defects shows underlines and panel entries; a click selects the text; a
// quick fix applies and Ctrl+Z undoes it; a warning is acknowledged with a reason that lands in the audit trail.
import { expect, test } from "./fixtures";
import { callApi } from "./pages/app-api";
import { DraftPage } from "./pages/draft-page";
import { LintPanel } from "./pages/lint-panel";

interface DraftJson {
  id: string;
  revision: number;
  record: Record<string, unknown>;
  letter: { salutation: string | null; opening: string; closing: string[] } & Record<string, unknown>;
}

const OPENING = "您提出的《{{var:标题}}》（第{{var:编号}}号）收悉,现答复如下：";
const MONEY = "今年全区投入资金近7000万。";

test("findings underline the text, jump, quick-fix with undo, and a warning is acknowledged with a reason", async ({
  page,
  request,
  server,
  appUrl,
}) => {
  // The sample letter with three known defects: ASCII comma (R12), 代表 in a 提案 salutation (R01), money without 元.
  const sample = await callApi<DraftJson>(request, server, "createSampleDraft", {});
  const defective = {
    ...sample,
    letter: {
      ...sample.letter,
      salutation: "何昕代表：",
      opening: OPENING,
      closing: [...sample.letter.closing, MONEY],
    },
  };
  await callApi(request, server, "saveDraft", { draft: defective, baseRevision: sample.revision });
  await page.goto(`${new URL(appUrl).origin}/#/drafts/${sample.id}`);

  const draft = new DraftPage(page);
  const lint = new LintPanel(page);
  await expect(lint.root).toBeVisible();
  await expect(lint.counts).toContainText("错误 2");
  await expect(lint.blocking).toContainText("改正后才能提交审核和正式导出");

  // Underlines: the comma in 开头 (error) and 代表 in 称呼 (error).
  const r12 = lint.finding("R12", "开头");
  await expect(r12).toHaveCount(1);
  // The rule number is kept in the tooltip, not shown as a heading.
  await expect(r12).not.toContainText("R12");
  await expect(r12.locator(".lint-sev")).toHaveAttribute("title", "规则 R12");
  await expect(r12).toContainText("开头");
  await expect.poll(() => lint.markedTexts("开头")).toEqual([","]);
  await expect(lint.marksOf("开头").first()).toHaveAttribute("data-severity", "error");
  await expect.poll(() => lint.markedTexts("称呼")).toEqual(["代表"]);
  await expect(lint.finding("R01", "称呼")).toHaveCount(1);

  // Clicking the finding focuses 开头 and selects the comma.
  const opening = page.getByLabel("开头", { exact: true });
  await lint.jumpTo(r12);
  await expect(opening).toBeFocused();
  expect(await lint.selectionOf(opening)).toBe(",");

  // The quick fix replaces it with a full-width comma; the finding and its underline go away.
  await lint.applyFix(r12);
  await expect(opening).toHaveValue(OPENING.replace(",", "，"));
  await expect(lint.finding("R12")).toHaveCount(0);
  await expect(lint.marksOf("开头")).toHaveCount(0);
  await expect(lint.counts).toContainText("错误 1");

  // Ctrl+Z (focus outside any text field) undoes exactly the fix.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect(opening).toHaveValue(OPENING);
  await expect(lint.finding("R12", "开头")).toHaveCount(1);
  await expect.poll(() => lint.markedTexts("开头")).toEqual([","]);

  // The role-word fix goes through the same path.
  await lint.applyFix(lint.finding("R01", "称呼"));
  await expect(page.getByLabel("称呼", { exact: true })).toHaveValue("何昕委员：");
  await expect(lint.finding("R01")).toHaveCount(0);

  // Typing with an input method in a field that carries an underline loses nothing and keeps the mark in place.
  const cdp = await page.context().newCDPSession(page);
  await opening.click();
  await opening.press("Home");
  for (let i = 1; i <= "jing".length; i++) {
    await cdp.send("Input.imeSetComposition", { text: "jing".slice(0, i), selectionStart: i, selectionEnd: i });
  }
  await cdp.send("Input.insertText", { text: "经" });
  await expect(opening).toHaveValue(`经${OPENING}`);
  await expect.poll(() => lint.markedTexts("开头")).toEqual([","]);
  await page.keyboard.press("Control+z");
  await expect(opening).toHaveValue(OPENING);

  // A warning (money without 元) is acknowledged with a reason …
  const money = lint.finding("R16", "7000万");
  await expect(money).toHaveAttribute("data-severity", "warning");
  await lint.acknowledge(money, "原文如此，已与提案人核实");
  await expect(money.getByTestId("lint-ack")).toContainText("已确认忽略：原文如此，已与提案人核实");
  await expect(lint.counts).toContainText("已确认 1");

  // … which is kept in the draft's audit trail, and still shows after a reload (read back from the trail).
  const trail = await callApi<{ entries: { action: string; details: Record<string, unknown> }[] }>(
    request,
    server,
    "auditTrail",
    { id: sample.id },
  );
  const ack = trail.entries.filter((e) => e.action === "acknowledgeFinding");
  expect(ack).toHaveLength(1);
  expect(ack[0]?.details).toMatchObject({ rule: "R16", reason: "原文如此，已与提案人核实" });
  expect(String(ack[0]?.details["message"])).toContain("7000万");
  await draft.expectSaved();
  await page.reload();
  await expect(lint.finding("R16", "7000万").getByTestId("lint-ack")).toContainText("原文如此，已与提案人核实");
});

test("errors offer no 确认忽略 and are refused by main; a reason is required", async ({
  page,
  request,
  server,
  appUrl,
}, testInfo) => {
  const sample = await callApi<DraftJson>(request, server, "createSampleDraft", {});
  const defective = {
    ...sample,
    record: { ...sample.record, category: null },
    letter: { ...sample.letter, opening: OPENING, closing: [...sample.letter.closing, MONEY] },
  };
  await callApi(request, server, "saveDraft", { draft: defective, baseRevision: sample.revision });
  await page.goto(`${new URL(appUrl).origin}/#/drafts/${sample.id}`);
  const lint = new LintPanel(page);
  const r12 = lint.finding("R12", "开头");
  await expect(r12).toHaveCount(1);
  await expect(r12.getByTestId("lint-acknowledge")).toHaveCount(0);
  await testInfo.attach("lint-panel", { body: await page.screenshot(), contentType: "image/png" });

  // Main refuses to acknowledge an error even when asked directly.
  const message = (await r12.locator(".lint-message").textContent()) ?? "";
  const refused = await request.post(`${server.origin}/api/acknowledgeFinding`, {
    headers: { "Content-Type": "application/json", "X-ReplyDesk-Token": server.token, Origin: server.origin },
    data: { id: sample.id, rule: "R12", message, reason: "不想改" },
  });
  expect(await refused.json()).toEqual({
    ok: false,
    error: { code: "BAD_INPUT", message: "R12 是错误，不能确认忽略，请改正后再提交。" },
  });

  // A finding about the record jumps to its field in 基本信息.
  const r10 = lint.finding("R10", "答复类别");
  await lint.jumpTo(r10);
  await expect(page.locator("#record-category")).toBeFocused();

  // The dialog needs a reason; 取消 records nothing.
  const money = lint.finding("R16", "7000万");
  await money.getByTestId("lint-acknowledge").click();
  const dialog = page.getByRole("dialog", { name: "确认忽略这条警告" });
  await dialog.getByRole("button", { name: "确认忽略" }).click();
  await expect(dialog.getByRole("alert")).toContainText("请填写确认理由");
  await dialog.getByRole("button", { name: "取消" }).click();
  await expect(dialog).toBeHidden();
  await expect(money.getByTestId("lint-ack")).toHaveCount(0);
  const trail = await callApi<{ entries: { action: string }[] }>(request, server, "auditTrail", { id: sample.id });
  expect(trail.entries.filter((e) => e.action === "acknowledgeFinding")).toEqual([]);
});
