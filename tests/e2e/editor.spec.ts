// The letter editor end to end: a 提案答复 from the template, three measures with figures, reordering by
// keyboard and by drag, live renumbering and repagination in the preview, 提案 → 建议, undo/redo, screenshot.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DraftListPage } from "./pages/draft-list-page";
import { DraftPage } from "./pages/draft-page";

/** All text of the preview, lines joined (paragraphs split across lines and pages read as one). */
async function previewText(page: Page): Promise<string> {
  return (await page.getByTestId("a4-line").allTextContents()).join("");
}

/** Order check: each needle appears in the preview, after the previous one. */
async function expectOrder(page: Page, needles: readonly string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const text = await previewText(page);
        const at = needles.map((n) => text.indexOf(n));
        return at.every((v, i) => v >= 0 && (i === 0 || v > (at[i - 1] ?? 0)));
      },
      { message: `preview shows, in order: ${needles.join(" / ")}` },
    )
    .toBe(true);
}

async function addFigure(page: Page, label: string, value: string, unit: string, prefix = ""): Promise<void> {
  const form = page.getByRole("group", { name: "添加数据" });
  await form.getByLabel("新数据名称").fill(label);
  await form.getByLabel("新数据前缀").fill(prefix);
  await form.getByLabel("新数据数值").fill(value);
  await form.getByLabel("新数据单位").fill(unit);
  await form.getByRole("button", { name: "添加数据" }).click();
  await expect(page.getByLabel(`数据“${label}”数值`)).toHaveValue(value);
}

/** Types a measure text (as an input method commits it) and appends a figure reference at the end. */
async function writeMeasure(page: Page, field: Locator, text: string, figure: string, tail: string): Promise<void> {
  await field.fill("");
  await field.click();
  await page.keyboard.insertText(text);
  await page.getByRole("button", { name: `插入数据“${figure}”到光标处` }).click();
  await field.press("End");
  await page.keyboard.insertText(tail);
}

const A = "建立企业服务专班，走访企业";
const B = "设立专项扶持资金，累计兑现";
const C = "开展“专精特新”培育，新认定企业";

test("a new user writes a 提案答复 with three measures and figures, reorders them and sees the preview follow", async ({
  page,
}, testInfo) => {
  const list = new DraftListPage(page);
  await list.createDraft("提案");
  const draft = new DraftPage(page);
  await expect(page.getByTestId("a4-page").first()).toBeVisible();

  // The record drives title and salutation.
  await draft.insertInto(draft.session, "政协惠济区第十五届委员会第二次会议");
  await draft.number.fill("12");
  await draft.insertInto(draft.proposers(), "张三");
  await draft.insertInto(draft.proposalTitle, "关于支持中小企业发展的提案");
  await expect(page.getByTestId("a4-line").filter({ hasText: "张三委员：" })).toHaveCount(1);
  await expect(page.getByLabel("标题", { exact: true })).toHaveAttribute("placeholder", /第12号提案的答复$/);
  await expect.poll(() => previewText(page)).toContain("第12号提案的答复");

  // Figures.
  await addFigure(page, "走访企业", "2187", "家");
  await addFigure(page, "扶持资金", "811.6", "万元");
  await addFigure(page, "新认定", "45", "家", "近");

  // Three 一是 measures in the first section (the template gives two; add a third).
  await page.getByRole("button", { name: "在第一部分添加一是措施" }).click();
  await writeMeasure(page, page.getByLabel("第一部分一是正文"), A, "走访企业", "次。");
  await writeMeasure(page, page.getByLabel("第一部分二是正文"), B, "扶持资金", "。");
  await writeMeasure(page, page.getByLabel("第一部分三是正文"), C, "新认定", "。");
  await expect(page.getByLabel("第一部分一是正文")).toHaveValue(/^建立企业服务专班，走访企业\{\{fig:[\w-]+\}\}次。$/);
  // The legend under the field reads the reference.
  await expect(
    page.getByRole("group", { name: "第一部分一是", exact: true }).getByRole("list", { name: "引用说明" }),
  ).toContainText("走访企业：2187家");
  await expectOrder(page, [`一是${A}2187家次。`, `二是${B}811.6万元。`, `三是${C}近45家。`]);

  // A figure change updates every use; deleting a referenced figure is refused with the reason.
  await page.getByLabel("数据“走访企业”数值").fill("2190");
  await expect.poll(() => previewText(page)).toContain(`${A}2190家次`);
  await page.getByRole("button", { name: "删除数据“走访企业”" }).click();
  await expect(page.getByTestId("editor-message")).toContainText("仍在第一部分一是中引用，不能删除");

  // Keyboard: Alt+↑ on the third measure → it becomes 二是, and the preview renumbers.
  await page.getByLabel("第一部分三是正文").focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(page.getByLabel("第一部分二是正文")).toHaveValue(new RegExp(`^${C.replace(/[“”]/g, ".")}`));
  await expect(page.getByLabel("第一部分二是正文")).toBeFocused();
  await expectOrder(page, [`一是${A}`, `二是${C}`, `三是${B}`]);

  // 下移 button: 一是 moves down.
  await page.getByRole("button", { name: "下移第一部分一是" }).click();
  await expectOrder(page, [`一是${C}`, `二是${A}`, `三是${B}`]);

  // Drag: the third measure's handle onto the first.
  const from = page.getByRole("button", { name: "拖动第一部分三是" });
  const to = page.getByRole("button", { name: "拖动第一部分一是" });
  const fb = await from.boundingBox();
  const tb = await to.boundingBox();
  if (!fb || !tb) throw new Error("drag handles not visible");
  await page.mouse.move(fb.x + fb.width / 2, fb.y + fb.height / 2);
  await page.mouse.down();
  await page.mouse.move(fb.x + fb.width / 2, fb.y - 10, { steps: 5 });
  await page.mouse.move(tb.x + tb.width / 2, tb.y + tb.height / 2 - 4, { steps: 15 });
  await page.mouse.up();
  await expectOrder(page, [`一是${B}`, `二是${C}`, `三是${A}`]);

  // Promote the first run to a （一） sub-section: its number label changes.
  await page.getByRole("button", { name: "第一部分一是改为小标题" }).click();
  await expect(page.getByRole("group", { name: "第一部分（一）" })).toBeVisible();
  await expect.poll(() => previewText(page)).toContain("（一）");
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("group", { name: "第一部分一是" })).toBeVisible();

  // Repagination while typing: a long background paragraph adds pages and the indicator follows.
  const before = await page.getByTestId("a4-page").count();
  const background = page.getByLabel("背景第1段", { exact: true });
  await background.fill("");
  await background.click();
  await page.keyboard.insertText("近年来，我们高度重视中小企业发展工作，持续优化营商环境。".repeat(40));
  await expect.poll(() => page.getByTestId("a4-page").count()).toBeGreaterThan(before);
  const after = await page.getByTestId("a4-page").count();
  await expect(page.getByTestId("page-indicator")).toHaveText(new RegExp(`/ ${after} 页`));

  // 提案 → 建议: the role word follows everywhere; undo and redo go back and forth.
  await page.getByRole("radio", { name: "建议（人大代表）" }).check();
  await expect(page.getByTestId("a4-line").filter({ hasText: "张三代表：" })).toHaveCount(1);
  await expect(page.getByTestId("a4-line").filter({ hasText: "张三委员：" })).toHaveCount(0);
  await page.getByRole("toolbar", { name: "编辑工具栏" }).click({ position: { x: 300, y: 10 } });
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("a4-line").filter({ hasText: "张三委员：" })).toHaveCount(1);
  await page.keyboard.press("Control+y");
  await expect(page.getByTestId("a4-line").filter({ hasText: "张三代表：" })).toHaveCount(1);
  await page.keyboard.press("Control+Shift+z"); // nothing left to redo: no change
  await expect(page.getByTestId("a4-line").filter({ hasText: "张三代表：" })).toHaveCount(1);

  // Undo inside a text field takes back the typing burst; the focused field shows the restored text.
  const opening = page.getByLabel("开头", { exact: true });
  const openingBefore = await opening.inputValue();
  await opening.click();
  await opening.press("End");
  await page.keyboard.insertText("特此说明");
  await expect.poll(() => previewText(page)).toContain("特此说明");
  await page.keyboard.press("Control+z");
  await expect(opening).toHaveValue(openingBefore);
  await expect.poll(() => previewText(page)).not.toContain("特此说明");

  await draft.expectSaved();
  await page.getByLabel("第一部分标题", { exact: true }).scrollIntoViewIfNeeded();
  const shot = testInfo.outputPath("editor-and-preview.png");
  await page.screenshot({ path: shot, fullPage: false });
  await testInfo.attach("editor-and-preview", { path: shot, contentType: "image/png" });
});

test("sign-off panel: 署名 defaults to the bureau, date, contact, usual 抄送 chips, 附注 in the preview", async ({
  page,
}) => {
  const list = new DraftListPage(page);
  await list.createDraft("建议");
  await expect(page.getByTestId("a4-page").first()).toBeVisible();
  await page.getByLabel("成文日期", { exact: true }).fill("2024-05-28");
  await expect.poll(() => previewText(page)).toContain("2024年5月28日");
  await page.getByLabel("署名", { exact: true }).fill("惠济区科技局");
  await expect(page.getByTestId("a4-line").filter({ hasText: /^惠济区科技局$/ })).toHaveCount(1);
  await page.getByLabel("联系人", { exact: true }).fill("李华");
  await page.getByLabel("联系电话", { exact: true }).fill("0371-63000000");
  await expect.poll(() => previewText(page)).toContain("（联系人：李华，联系电话：0371-63000000）");
  // 建议 offers the NPC side's recipients.
  await page.getByRole("button", { name: "抄送市人大常委会选举任免代表工作委员会" }).click();
  await expect(page.getByTestId("a4-colophon").last()).toContainText("抄送：");
  await expect(page.getByTestId("a4-colophon").last()).toContainText("市人大常委会选举任免代表工作委员会");
  await expect(page.getByRole("button", { name: "抄送政协提案委员会" })).toHaveCount(0);
});
