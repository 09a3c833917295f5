// The review chain end to end, through the real UI in Chromium, by three named people on two PCs: the bureau's
// roster is made on the supervisor's PC (B), the officer joins from PC A with a join request; A and B exchange
// signed .replydesk files; on B the supervisor comments, returns and later approves; the clerk numbers, the
// supervisor signs off (签发人), the clerk exports with the seal and marks 已答复. Every audit entry is checked at
// the end, with its signature verified against the roster.
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { callApi } from "./pages/app-api";
import { DraftListPage } from "./pages/draft-list-page";
import { docxText, SealSettings, visibleText } from "./pages/export-dialogs";
import { makeSealPng } from "./pages/export-setup";
import { importFromList, WorkflowBar } from "./pages/workflow-bar";
import { bureauOnTwoPcs, PW, signIn } from "./pages/people-page";
import { fingerprint, openMachine, setProfile, today, type Machine } from "./pages/workflow-machines";
import type { RunningServer } from "./web-server";

const BUREAU = "惠济区科技和工业信息化局";
const PLACEHOLDER = "【待补充】";
const CLOSING = "再次感谢您对我区经济工作的关心和支持，欢迎今后多提宝贵意见。";
const ADDED = "对以上答复有什么意见，请填写征询意见表反馈至区政协提案委员会。";

/**
 * The letter the officer has been writing (set-up data, not under test): the shipped sample letter without
 * the clerk's fields; by default without 成文日期 and with a template placeholder still in the closing.
 */
async function seedLetter(
  request: APIRequestContext,
  server: RunningServer,
  opts: { readonly finished: boolean } = { finished: false },
): Promise<{ id: string; title: string }> {
  type Letter = { closing: string[]; signOff: Record<string, unknown> };
  type DraftLike = { id: string; revision: number; record: Record<string, unknown>; letter: Letter };
  const created = await callApi<DraftLike>(request, server, "createSampleDraft", {});
  const draft = {
    ...created,
    // A real case: assigned long ago (the shipped sample itself carries no 交办日期).
    record: { ...created.record, assignedDate: "2023-03-10", docNumber: null, signer: null, signDate: null },
    letter: {
      ...created.letter,
      closing: [opts.finished ? CLOSING : `${CLOSING}${PLACEHOLDER}`],
      signOff: { ...created.letter.signOff, date: opts.finished ? today() : null },
    },
  };
  await callApi(request, server, "saveDraft", { draft, baseRevision: created.revision });
  const [row] = await callApi<{ id: string; title: string }[]>(request, server, "listDrafts", {});
  return { id: draft.id, title: row?.title ?? "" };
}

/** Opens the draft whose list row contains `title` on a machine, from the nav bar. */
async function openFromList(m: Machine, title: string): Promise<WorkflowBar> {
  const list = new DraftListPage(m.page);
  await list.open();
  await list.row(title).click();
  const bar = new WorkflowBar(m.page);
  await expect(bar.root).toBeVisible();
  return bar;
}

test("officer, supervisor and clerk on two machines: submit, comment and return, fix and resubmit, approve, number, sign, export with the seal, audit trail", async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(300_000);
  const carried = testInfo.outputPath("carried");
  await mkdir(carried, { recursive: true });
  const A = await openMachine(browser, "officer");
  const B = await openMachine(browser, "supervisor");
  /** A full-page screenshot attached to the report, for a look at the UI. */
  const snapshot = async (m: Machine, name: string): Promise<void> => {
    const file = testInfo.outputPath(`${name}.png`);
    await m.page.getByRole("region", { name: "审核流程" }).screenshot({ path: file });
    await testInfo.attach(name, { path: file, contentType: "image/png" });
  };
  try {
    // ── The bureau's people: roster on B, the officer joins from A ─────────────────────────────────────
    await bureauOnTwoPcs(A.page, B.page, carried);

    // ── Officer on machine A ────────────────────────────────────────────────────────────────────────
    await setProfile(A.page, { fullName: BUREAU });
    const { title } = await seedLetter(request, A.server);

    const listA = new DraftListPage(A.page);
    await listA.open();
    const rowA = listA.row(title);
    await expect(rowA).toContainText("待我处理");
    await expect(rowA).toContainText("已超期"); // 交办 2023-03-10 + 3 months is long past
    await expect(rowA.locator(".wf-due-overdue")).toBeVisible();
    await A.page.getByRole("checkbox", { name: /待我处理/ }).check();
    await expect(listA.rows).toHaveCount(1);

    let bar = await openFromList(A, title);
    await expect(bar.badge()).toHaveText("草稿");
    await expect(bar.waiting).toHaveText("等待拟稿人提交审核（待我处理）。");
    // The linter blocks 提交审核 and says what and where.
    await expect(bar.submitButton).toBeDisabled();
    const blockers = bar.root.getByRole("list", { name: "文稿检查发现错误，改正后才能提交审核：" });
    // In words, not rule numbers: the placeholder left in the closing, and where it is.
    await expect(blockers).toContainText("【待补充】");
    await expect(blockers).toContainText("结尾第1段");
    await expect(bar.root.getByRole("button", { name: "审核通过" })).toHaveCount(0);

    await A.page.getByRole("textbox", { name: "结尾第1段", exact: true }).fill(CLOSING);
    await A.page.getByLabel("成文日期", { exact: true }).fill(today());
    await expect(A.page.getByTestId("save-state")).toHaveText("已保存");
    await expect(blockers).toBeHidden();
    await bar.submitButton.click();
    await expect(bar.status).toContainText("已提交审核，生成第 1 版");
    await expect(bar.badge()).toHaveText("待审核");
    await expect(bar.submitButton).toBeDisabled();
    await expect(bar.root).toContainText("文稿当前为「待审核」，不能提交审核");
    const toSupervisor = await bar.exportExchange(carried);
    expect(path.extname(toSupervisor)).toBe(".replydesk");

    // ── Supervisor on machine B (signed in since creating the roster) ─────────────────────────────────
    await setProfile(B.page, { fullName: BUREAU });
    const listB = new DraftListPage(B.page);
    await listB.open();
    const result = await importFromList(B.page, toSupervisor);
    await expect(result).toContainText("已导入新文稿");
    await expect(result).toContainText("来自 李华");
    await expect(listB.row(title)).toContainText("待我处理");
    await result.getByRole("link", { name: "打开文稿" }).click();
    bar = new WorkflowBar(B.page);
    await expect(bar.badge()).toHaveText("待审核");
    await expect(bar.waiting).toHaveText("等待审核人审核（待我处理）。");
    await expect(bar.root.getByRole("button", { name: "提交审核" })).toHaveCount(0);
    // The review view opens by itself for a draft waiting for review; a first review has nothing to compare.
    await expect(bar.review).toBeVisible();
    await expect(bar.review.getByTestId("review-base")).toHaveText("还没有审阅过的版本，显示全文。");
    await expect(bar.block("结尾第1段")).toContainText(CLOSING);
    await bar.comment("结尾第1段", "请补充征询意见表的反馈说明。");
    await expect(bar.reviewToggle).toHaveText("审阅与批注（1 条未解决）");
    await bar.returnWith(["数据无出处", "其他"], "结尾缺少征询意见表的反馈说明，请补充后重新提交。");
    await expect(bar.status).toContainText("已退回修改（数据无出处、其他）");
    await expect(bar.badge()).toHaveText("退回修改");
    await expect(bar.approveButton).toBeDisabled();
    await expect(bar.root).toContainText("文稿当前为「退回修改」，不能审核通过");
    const backToOfficer = await bar.exportExchange(carried);

    // ── Officer on machine A: the file comes back ──────────────────────────────────────────────────
    bar = new WorkflowBar(A.page);
    await bar.importExchange(backToOfficer);
    await expect(bar.importResult).toContainText("已合并交换文件");
    await expect(bar.importResult).toContainText("状态由「待审核」变为「退回修改」");
    await expect(bar.badge()).toHaveText("退回修改");
    await expect(bar.returnReasons).toContainText("王强（审核人）");
    await expect(bar.returnReasons).toContainText("原因：数据无出处、其他；说明：结尾缺少征询意见表的反馈说明");
    // Open comments are shown beside the text.
    await expect(bar.review).toBeVisible();
    const closingComments = bar.block("结尾第1段").getByRole("list", { name: "结尾第1段的批注" });
    await expect(closingComments).toContainText("请补充征询意见表的反馈说明。");
    await expect(closingComments).toContainText("未解决");
    await snapshot(A, "officer-returned-with-comment");

    await A.page.getByRole("textbox", { name: "结尾第1段", exact: true }).fill(`${CLOSING}${ADDED}`);
    await expect(A.page.getByTestId("save-state")).toHaveText("已保存");
    await closingComments.getByRole("button", { name: "标记已解决" }).click();
    await expect(closingComments).toContainText("已解决（李华");
    await expect(bar.reviewToggle).toHaveText("审阅与批注");
    await bar.submitButton.click();
    await expect(bar.status).toContainText("已提交审核，生成第 2 版");
    await expect(bar.badge()).toHaveText("待审核");
    const resubmitted = await bar.exportExchange(carried);

    // ── Supervisor on machine B: the fix arrives ──────────────────────────────────────────────────
    bar = new WorkflowBar(B.page);
    await bar.importExchange(resubmitted);
    await expect(bar.importResult).toContainText("已采用对方修改后的正文");
    await expect(bar.badge()).toHaveText("待审核");
    await bar.openReview();
    // The change since the reviewed version (第 1 版), character level, in its block.
    await expect(bar.review.getByTestId("review-base")).toContainText("与第 1 版 · 提交审核 · 李华");
    const changed = bar.block("结尾第1段");
    await expect(changed).toContainText("（有改动）");
    await expect(changed.getByRole("insertion")).toHaveText(ADDED);
    await expect(changed.getByRole("deletion")).toHaveCount(0);
    // Only changed or commented blocks are listed; the whole letter is one click away.
    await expect(bar.block("开头")).toHaveCount(0);
    await snapshot(B, "review-view-with-diff");
    await bar.review.getByRole("checkbox", { name: "只看有改动或批注的段落" }).uncheck();
    await expect(bar.block("开头")).toBeVisible();
    await expect(bar.block("开头")).not.toContainText("（有改动）");
    await expect(changed.getByRole("list", { name: "结尾第1段的批注" })).toContainText("已解决（李华");
    await bar.approve(2);
    await expect(bar.status).toContainText("已审核通过");
    await expect(bar.badge()).toHaveText("已审核");

    // Editing an approved draft asks first; cancelling changes nothing.
    await B.page.getByRole("textbox", { name: "结尾第1段", exact: true }).fill(`${CLOSING}${ADDED}改`);
    const warning = B.page.getByRole("dialog", { name: "修改这份文稿？" });
    await expect(warning).toContainText("此文稿已审核通过。修改后将退回「草稿」");
    await warning.getByRole("button", { name: "取消" }).click();
    await expect(warning).toBeHidden();
    await expect(bar.badge()).toHaveText("已审核");
    await expect(B.page.getByRole("textbox", { name: "结尾第1段", exact: true })).toHaveValue(`${CLOSING}${ADDED}`);

    // ── Clerk on machine B: first sign-in changes the password the 管理员 set ───────────────────────────
    await signIn(B.page, "陈静", PW.clerkFirst, PW.clerk);
    await setProfile(B.page, { docCode: "惠科函" });
    const seal = new SealSettings(B.page);
    await seal.choose("印章.png", makeSealPng(200));
    await expect(seal.preview).toBeVisible();
    await listB.open();
    await expect(listB.row(title)).toContainText("待我处理");
    bar = await openFromList(B, title);
    await expect(bar.waiting).toHaveText("等待文书分配字号、签发人签发（待我处理）。");
    const allocate = bar.clerk.getByRole("group", { name: "分配发文字号" });
    const sign = bar.clerk.getByRole("group", { name: "签发" });
    const formal = bar.clerk.getByRole("group", { name: "正式导出（盖章）" });
    const replied = bar.clerk.getByRole("group", { name: "标记已答复" });
    await expect(sign.getByRole("button", { name: "签发" })).toBeDisabled();
    await expect(sign).toContainText("只有签发人可以签发");
    await expect(formal).toContainText("文稿当前为「已审核」，不能正式导出（盖章）");

    const docNumber = `惠科函〔${new Date().getFullYear()}〕1号`;
    await allocate.getByRole("button", { name: "分配发文字号" }).click();
    await expect(allocate.getByRole("status", { name: "发文字号" })).toHaveText(docNumber);
    await expect(bar.clerk.getByRole("status").last()).toContainText(`已分配发文字号 ${docNumber}`);
    // The 签发人 signs off in person (quick switch on the shared PC); the clerk takes over again after.
    await signIn(B.page, "王强", PW.supervisor);
    await expect(sign.getByTestId("signer")).toContainText("签发人：王强");
    await expect(sign.getByLabel("签发日期")).toHaveValue(today());
    await sign.getByRole("button", { name: "签发" }).click();
    await expect(bar.badge()).toHaveText("已签发");
    await expect(sign).toContainText("已签发：签发人 王强");
    await signIn(B.page, "陈静", PW.clerk);

    const [download] = await Promise.all([
      B.page.waitForEvent("download"),
      formal.getByRole("button", { name: "正式导出（盖章）" }).click(),
    ]);
    const docx = path.join(carried, download.suggestedFilename());
    await download.saveAs(docx);
    await expect(bar.clerk).toContainText("已导出正式版（已盖章）");
    await expect(formal.getByTestId("last-export")).toContainText("SHA-256");
    expect((await stat(docx)).size).toBeGreaterThan(0);
    const parts = docxText(new Uint8Array(await readFile(docx)));
    expect(visibleText(parts.document)).toContain(docNumber);
    expect(parts.media.length).toBeGreaterThan(0); // the seal picture

    await expect(replied.getByLabel("答复日期")).toHaveValue(today());
    await replied.getByRole("button", { name: "标记已答复" }).click();
    await expect(bar.badge()).toHaveText("已答复");
    await expect(replied).toContainText("已答复，答复日期");
    await expect(bar.waiting).toHaveText("流程已完成。");
    await snapshot(B, "clerk-panel-done");
    // A replied letter is no longer editable: the edit is refused and explained, nothing is saved.
    const closingB = B.page.getByRole("textbox", { name: "结尾第1段", exact: true });
    await closingB.fill(`${CLOSING}再改。`);
    const locked = B.page.getByRole("alert").filter({ hasText: "文稿已「已答复」，不能修改" });
    await expect(locked).toContainText("刚才的改动没有保存");
    await closingB.blur();
    await expect(closingB).toHaveValue(`${CLOSING}${ADDED}`);
    await locked.getByRole("button", { name: "知道了" }).click();
    await expect(B.page.getByTestId("save-state")).toHaveText("已保存");

    // ── The audit trail on B: every step, in order, by whom, on which version; the chain is intact ──
    await bar.openAudit();
    await expect(bar.audit.getByTestId("audit-chain")).toHaveText(/^审计链完整：共 16 条记录/);
    await snapshot(B, "audit-trail");
    const rows = await bar.auditRows();
    const officer = "李华（拟稿人）";
    const supervisor = "王强（审核人）";
    const signer = "王强（签发人）";
    const clerk = "陈静（文书）";
    expect(rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ["1", officer, "提交审核", "第 1 版"],
      ["2", officer, "导出交换文件", "—"],
      ["3", supervisor, "导入交换文件", "—"],
      ["4", supervisor, "添加批注", "第 1 版"],
      ["5", supervisor, "退回修改", "第 1 版"],
      ["6", supervisor, "导出交换文件", "—"],
      ["7", officer, "导入交换文件", "—"],
      ["8", officer, "批注已解决", "—"],
      ["9", officer, "提交审核", "第 2 版"],
      ["10", officer, "导出交换文件", "—"],
      ["11", supervisor, "导入交换文件", "—"],
      ["12", supervisor, "审核通过", "第 2 版"],
      ["13", clerk, "分配发文字号", "—"],
      ["14", signer, "签发", "第 3 版"],
      ["15", clerk, "正式导出", "—"],
      ["16", clerk, "标记已答复", "—"],
    ]);
    expect(rows[4]?.[5]).toContain("原因：数据无出处、其他");
    expect(rows[13]?.[5]).toContain(`${docNumber}，签发人 王强`);
    // Every entry carries its person's signature, verified here against the roster.
    for (const r of rows) expect(r[6], `第 ${r[0]} 条`).toMatch(/^已验证签名（[0-9A-F ]+）$/);
    expect(rows[14]?.[5]).toContain(download.suggestedFilename());
    // Times never go backwards.
    const times = rows.map((r) => r[1] ?? "");
    expect([...times].sort()).toEqual(times);

    await listB.open();
    await expect(listB.row(title)).toContainText("已答复");
    await expect(listB.row(title)).not.toContainText("待我处理");
  } finally {
    await A.close();
    await B.close();
  }
});

test("exchange files: an unchanged file is recognised, tampered and truncated ones are refused, both sides' edits are kept; editing a reviewed draft warns first; a broken audit chain is reported", async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(240_000);
  const carried = testInfo.outputPath("carried");
  await mkdir(carried, { recursive: true });
  const A = await openMachine(browser, "officer");
  const B = await openMachine(browser, "supervisor");
  try {
    await bureauOnTwoPcs(A.page, B.page, carried);
    await setProfile(A.page, { fullName: BUREAU });
    const { id, title } = await seedLetter(request, A.server, { finished: true });
    let bar = await openFromList(A, title);
    await bar.submitButton.click();
    await expect(bar.badge()).toHaveText("待审核");
    const first = await bar.exportExchange(carried);

    await setProfile(B.page, { fullName: BUREAU });
    const listB = new DraftListPage(B.page);
    await listB.open();
    let result = await importFromList(B.page, first);
    await expect(result).toContainText("已导入新文稿");
    result = await importFromList(B.page, first);
    await expect(result).toContainText("文件与本机一致，未做改动");

    // A file changed after export, and a file cut short in transfer: refused with the reason, nothing written.
    const before = await fingerprint(B.dataDir);
    const text = await readFile(first, "utf8");
    const tamperedText = text.replace(CLOSING, CLOSING.replace("欢迎", "不欢迎"));
    expect(tamperedText).not.toBe(text);
    const tampered = path.join(carried, "tampered.replydesk");
    await writeFile(tampered, tamperedText);
    result = await importFromList(B.page, tampered);
    await expect(result).toHaveAttribute("role", "alert");
    await expect(result).toContainText("未导入「tampered.replydesk」");
    await expect(result).toContainText("完整性校验失败");
    await expect(result).toContainText("本机数据未做任何改动");
    const truncated = path.join(carried, "truncated.replydesk");
    await writeFile(truncated, text.slice(0, Math.floor(text.length / 2)));
    result = await importFromList(B.page, truncated);
    await expect(result).toContainText("未导入「truncated.replydesk」");
    await expect(result).toContainText("文件不完整或已损坏");
    expect(await fingerprint(B.dataDir)).toEqual(before);
    await expect(listB.rows).toHaveCount(1);

    // The supervisor approves, then edits: a warning first; confirming drops the draft to 草稿.
    bar = await openFromList(B, title);
    await bar.approve(1);
    await expect(bar.badge()).toHaveText("已审核");
    const closingB = B.page.getByRole("textbox", { name: "结尾第1段", exact: true });
    await closingB.fill(`${CLOSING}专此答复。`);
    const warningB = B.page.getByRole("dialog", { name: "修改这份文稿？" });
    await expect(warningB).toContainText("审核结果作废");
    await warningB.getByRole("button", { name: "修改并退回草稿" }).click();
    await expect(bar.badge()).toHaveText("草稿");
    await expect(closingB).toHaveValue(`${CLOSING}专此答复。`);
    await expect(B.page.getByTestId("save-state")).toHaveText("已保存");
    await bar.openAudit();
    await expect(bar.audit.getByRole("row").last()).toContainText("王强（审核人）修改（退回草稿）");

    // Meanwhile the officer changes the same paragraph (a draft under review asks first too) and sends it.
    bar = new WorkflowBar(A.page);
    const closingA = A.page.getByRole("textbox", { name: "结尾第1段", exact: true });
    await closingA.fill(`${CLOSING}特此函复。`);
    const warningA = A.page.getByRole("dialog", { name: "修改这份文稿？" });
    await expect(warningA).toContainText("此文稿正在审核中");
    await warningA.getByRole("button", { name: "修改并退回草稿" }).click();
    await expect(bar.badge()).toHaveText("草稿");
    await expect(A.page.getByTestId("save-state")).toHaveText("已保存");
    const second = await bar.exportExchange(carried);

    // Both changed the text: the supervisor's stays, the officer's is kept as a conflict version and shown.
    bar = new WorkflowBar(B.page);
    await bar.importExchange(second);
    await expect(bar.importResult).toContainText("已合并，但双方都修改了正文");
    await expect(bar.importResult).toContainText("李华 的正文已另存为第 2 版");
    await expect(closingB).toHaveValue(`${CLOSING}专此答复。`);
    await bar.openReview();
    const picker = bar.review.getByLabel("对比版本");
    await expect(picker.locator("option", { hasText: "第 2 版 · 冲突版本 · 李华" })).toHaveCount(1);
    await picker.selectOption("2");
    await expect(bar.review.getByTestId("review-base")).toContainText("与第 2 版 · 冲突版本 · 李华");
    const block = bar.block("结尾第1段");
    // 特此函复。→ 专此答复。: the lone common 此 is folded into the change, so it reads as one phrase.
    await expect(block.getByRole("deletion")).toHaveText("特此函");
    await expect(block.getByRole("insertion")).toHaveText("专此答");

    // Someone edits an audit entry on disk: the chain check says so, clearly.
    const auditFile = path.join(B.dataDir, "audit", `${id}.jsonl`);
    const lines = (await readFile(auditFile, "utf8")).split("\n");
    const at = lines.findIndex((l) => l.includes('"action":"approve"'));
    expect(at).toBeGreaterThan(0);
    lines[at] = (lines[at] ?? "").replace("王强", "赵六");
    await writeFile(auditFile, lines.join("\n"));
    await B.page.reload();
    bar = new WorkflowBar(B.page);
    await expect(bar.alert).toContainText(`审计记录已被改动或删除：第 ${at + 1} 条审计记录的内容被修改过`);
    await bar.openAudit();
    await expect(bar.audit.getByTestId("audit-chain")).toHaveAttribute("role", "alert");
    await expect(bar.audit.getByTestId("audit-chain")).toContainText(`只列出校验通过的前 ${at} 条`);
  } finally {
    await A.close();
    await B.close();
  }
});
