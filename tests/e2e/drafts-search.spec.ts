// The draft list: search by title, number and proposer (server-side), status filter, newest first.
import { expect, test } from "./fixtures";
import { seedDraft } from "./pages/app-api";
import { DraftListPage } from "./pages/draft-list-page";

test("search by title, proposal number and proposer; filter by status; newest first", async ({
  page,
  request,
  server,
}) => {
  await seedDraft(request, server, "提案", {
    session: "政协惠济区第十五届委员会第二次会议",
    proposalNumber: 7,
    proposers: ["王建国"],
    proposalTitle: "关于加强农村饮水安全的提案",
  });
  await seedDraft(request, server, "建议", {
    session: "惠济区第十六届人民代表大会第三次会议",
    proposalNumber: 158,
    proposers: ["赵敏", "孙立"],
    proposalTitle: "关于完善社区养老服务的建议",
  });
  await seedDraft(request, server, "提案", {
    session: "政协惠济区第十五届委员会第二次会议",
    proposalNumber: 23,
    proposers: ["李红"],
    proposalTitle: "关于支持科技型中小企业发展的提案",
  });

  await page.reload();
  const list = new DraftListPage(page);
  await expect(list.rows).toHaveCount(3);
  // Newest first: the last one saved is on top.
  await expect(list.rows.first()).toContainText("第23号");
  await expect(list.rows.last()).toContainText("第7号");

  await list.search.fill("赵敏");
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText("第158号");
  await expect(list.rows.first()).toContainText("建议");

  await list.search.fill("23");
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText("李红");

  await list.search.fill("");
  await expect(list.rows).toHaveCount(3);
  // New drafts are all 草稿 (only the workflow changes status).
  await list.statusFilter.selectOption("草稿");
  await expect(list.rows).toHaveCount(3);
  await list.search.fill("孙立");
  await expect(list.rows).toHaveCount(1);
  await expect(list.rows.first()).toContainText("赵敏、孙立");
  await expect(list.rows.first()).toContainText("草稿");

  await list.search.fill("");
  await list.statusFilter.selectOption("待审核");
  await expect(list.noMatch).toBeVisible();
  await expect(list.emptyState).toBeHidden();

  await list.statusFilter.selectOption("");
  await expect(list.rows).toHaveCount(3);
  await list.search.fill("王建国");
  await expect(list.rows).toHaveCount(1);
  await list.rows.first().click();
  await expect(page.getByLabel("届次会议")).toHaveValue("政协惠济区第十五届委员会第二次会议");
});
