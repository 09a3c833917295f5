// The 人员 page and the header's sign-in control, driven as a person does: forms, file pickers, downloads.
import path from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";

/** Roles as the checkboxes name them. */
export type Role = "拟稿人" | "审核人" | "签发人" | "文书" | "管理员";

/** The 人员 page of one machine. */
export class PeoplePage {
  constructor(readonly page: Page) {}

  /** Opens the page from the nav bar. */
  async open(): Promise<void> {
    await this.page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "人员" }).click();
    await expect(this.page.getByRole("heading", { name: "人员与签名" })).toBeVisible();
  }

  private card(title: string): Locator {
    return this.page.getByRole("region", { name: title });
  }

  private async tick(scope: Locator, legend: string, roles: readonly Role[]): Promise<void> {
    const group = scope.getByRole("group", { name: legend });
    for (const r of ["拟稿人", "审核人", "签发人", "文书", "管理员"] as const) {
      const box = group.getByRole("checkbox", { name: r });
      if ((await box.count()) === 0) continue;
      if (roles.includes(r)) await box.check();
      else await box.uncheck();
    }
  }

  /** First PC: creates the roster with its first 管理员 (also holding `roles`) and signs them in. */
  async createRoster(name: string, password: string, roles: readonly Role[]): Promise<void> {
    const card = this.card("创建单位人员名册（本单位第一台电脑）");
    await card.getByLabel("管理员姓名").fill(name);
    await card.getByLabel("管理员密码").fill(password);
    await this.tick(card, "同时担任", roles);
    await card.getByRole("button", { name: "创建名册" }).click();
    await expect(this.page.getByTestId("signed-in-as")).toContainText(name);
  }

  /** 管理员: adds a person who works on this PC, with a first password. */
  async addPerson(name: string, password: string, roles: readonly Role[]): Promise<void> {
    const card = this.card("在本机添加人员");
    await card.getByLabel("新人员姓名").fill(name);
    await card.getByLabel("初始密码").fill(password);
    await this.tick(card, "角色", roles);
    await card.getByRole("button", { name: "添加" }).click();
    await expect(card.getByRole("status")).toContainText(`已添加 ${name}`);
  }

  /** A newcomer's PC: makes a key and a join request; returns the saved file and the fingerprint shown. */
  async makeJoinRequest(name: string, password: string, dir: string): Promise<{ file: string; fingerprint: string }> {
    const card = this.card("在本机创建我的身份（加入申请）");
    await card.getByLabel("申请人姓名").fill(name);
    await card.getByLabel("申请人密码").fill(password);
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      card.getByRole("button", { name: "生成加入申请" }).click(),
    ]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const status = card.getByRole("status");
    await expect(status).toContainText("已生成本人密钥和加入申请");
    const fingerprint = /指纹 ([0-9A-F ]+)）/.exec((await status.textContent()) ?? "")?.[1] ?? "";
    return { file, fingerprint };
  }

  /** 管理员: accepts a join request file, granting `roles`. */
  async acceptJoin(file: string, roles: readonly Role[]): Promise<void> {
    const card = this.card("接受加入申请");
    await this.tick(card, "授予角色", roles);
    await card.getByLabel("选择加入申请文件").setInputFiles(file);
    await expect(card.getByRole("status")).toContainText("已加入名册");
  }

  /** Exports the roster file into `dir`. */
  async exportRoster(dir: string): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("button", { name: "导出名册" }).click(),
    ]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    return file;
  }

  /** Imports a roster file (first time: joins the bureau; later: an update). */
  async importRoster(file: string): Promise<void> {
    const card = this.page
      .getByRole("region", { name: "加入已有单位（导入本单位名册）" })
      .or(this.page.getByRole("region", { name: "导入名册更新" }));
    await card.getByLabel("选择名册文件").setInputFiles(file);
    // A first import turns the page into the roster view (the joining card is gone); an update reports in place.
    await expect(this.page.getByTestId("roster-fingerprint").first()).toBeVisible();
    await expect(this.page.getByRole("alert")).toHaveCount(0);
  }

  /** The row of a person in the roster table. */
  row(name: string): Locator {
    return this.page.getByRole("row", { name });
  }
}

/** Signs `name` in from the header (switching if someone else is in); changes a first password when asked. */
export async function signIn(page: Page, name: string, password: string, newPassword?: string): Promise<void> {
  const header = page.getByLabel("当前登录");
  const switchButton = header.getByRole("button", { name: "切换" });
  if (await switchButton.isVisible()) await switchButton.click();
  else await header.getByRole("button", { name: "登录" }).click();
  const dialog = page.getByRole("dialog", { name: /登录|请修改初始密码/ });
  const select = dialog.getByLabel("姓名");
  const labels = await select.locator("option").allTextContents();
  const label = labels.find((l) => l.startsWith(`${name}（`));
  if (!label) throw new Error(`本机不能以 ${name} 登录：${labels.join("、")}`);
  await select.selectOption({ label });
  await dialog.getByLabel("密码", { exact: true }).fill(password);
  await dialog.getByRole("button", { name: "登录" }).click();
  if (newPassword) {
    await dialog.getByLabel("新密码").fill(newPassword);
    await dialog.getByRole("button", { name: "修改密码" }).click();
  }
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("signed-in-as")).toContainText(name);
}

/** Passwords of the e2e bureau's people (the clerk's first one is changed at first sign-in). */
export const PW = {
  supervisor: "wang-qiang-2026",
  officer: "li-hua-2026!",
  clerkFirst: "chen-first-1",
  clerk: "chen-jing-2026",
};

/**
 * The bureau on two PCs, set up through the UI: on B the supervisor 王强 creates the roster (审核人, 签发人) and adds
 * the clerk 陈静 (文书); on A the officer 李华 makes a join request, B accepts it, and A imports the roster and signs in.
 * Ends with 李华 signed in on A and 王强 on B; returns the fingerprint A showed for 李华's key.
 */
export async function bureauOnTwoPcs(a: Page, b: Page, carried: string): Promise<string> {
  const onB = new PeoplePage(b);
  await onB.open();
  await onB.createRoster("王强", PW.supervisor, ["审核人", "签发人"]);
  await onB.addPerson("陈静", PW.clerkFirst, ["文书"]);
  const onA = new PeoplePage(a);
  await onA.open();
  const { file, fingerprint } = await onA.makeJoinRequest("李华", PW.officer, carried);
  await onB.acceptJoin(file, ["拟稿人"]);
  await expect(onB.row("李华")).toContainText(fingerprint);
  const roster = await onB.exportRoster(carried);
  await onA.importRoster(roster);
  await expect(onA.row("李华")).toContainText("本机可登录");
  await signIn(a, "李华", PW.officer);
  return fingerprint;
}
