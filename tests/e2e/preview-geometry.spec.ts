// The A4 preview of the sample letter matches GB/T 9704 (DOMAIN.md §2): page size, margins, line pitch,
// 22 lines per page, 28 characters per full body line — measured on the rendered DOM at 100 % zoom.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const PX_PER_MM = 96 / 25.4;
const PX_PER_PT = 96 / 72;
/** 225 mm / 22 lines, in CSS px. */
const PITCH_PX = (225 * PX_PER_MM) / 22;

async function openSampleAt100(page: Page): Promise<void> {
  await page.getByRole("button", { name: "打开示例" }).first().click();
  await page.waitForURL(/#\/drafts\//);
  await expect(page.getByTestId("a4-page").first()).toBeVisible();
  await page.getByLabel("缩放").selectOption("1");
  await expect(page.getByTestId("a4-pages")).toHaveAttribute("data-zoom", "1");
}

test("sample letter preview: A4 page, GB/T 9704 margins, 22 × 28 grid, page numbers", async ({ page }) => {
  await openSampleAt100(page);
  const pages = page.getByTestId("a4-page");
  expect(await pages.count()).toBeGreaterThan(1);

  const geo = await pages.first().evaluate((el) => {
    const p = el.getBoundingClientRect();
    const body = el.querySelector("[data-testid=a4-body]")?.getBoundingClientRect();
    return (
      body && {
        w: p.width,
        h: p.height,
        top: body.top - p.top,
        left: body.left - p.left,
        right: p.right - body.right,
        bottom: p.bottom - body.bottom,
      }
    );
  });
  expect(geo).toBeTruthy();
  if (!geo) return;
  expect(geo.w).toBeCloseTo(210 * PX_PER_MM, 0); // 793.7 px
  expect(geo.h).toBeCloseTo(297 * PX_PER_MM, 0); // 1122.5 px
  expect(geo.top).toBeCloseTo(37 * PX_PER_MM, 0);
  expect(geo.bottom).toBeCloseTo(35 * PX_PER_MM, 0);
  expect(geo.left).toBeCloseTo(28 * PX_PER_MM, 0);
  expect(geo.right).toBeCloseTo(26 * PX_PER_MM, 0);

  // Every line of page 1 sits on the grid: line i starts at i × pitch (≈ 28.9 pt) below the 版心 top.
  const lines = await pages.first().evaluate((el) => {
    const bodyTop = el.querySelector("[data-testid=a4-body]")?.getBoundingClientRect().top ?? 0;
    return [...el.querySelectorAll<HTMLElement>("[data-testid=a4-body] > [data-testid=a4-line]")].map((l) => ({
      top: l.getBoundingClientRect().top - bodyTop,
      height: l.getBoundingClientRect().height,
    }));
  });
  expect(lines.length).toBe(22); // a full first page holds exactly 22 lines
  lines.forEach((l, i) => {
    expect(l.top).toBeCloseTo(i * PITCH_PX, 0);
    expect(l.height).toBeCloseTo(PITCH_PX, 1);
  });
  // The measured pitch (first to last line of the page) is GB/T 9704's 225 mm / 22 lines ≈ 28.99 pt, and 22 of
  // them fill the 版心 measured above.
  const first = lines[0];
  const lastLine = lines[21];
  if (!first || !lastLine) throw new Error("page 1 has no 22 lines");
  const measuredPitchPx = (lastLine.top - first.top) / 21;
  expect(measuredPitchPx / PX_PER_PT).toBeCloseTo(((225 / 22) * 72) / 25.4, 1);
  expect(22 * measuredPitchPx).toBeCloseTo(geo.h - geo.top - geo.bottom, 0);

  // Characters per line: full body lines (not first or last of a paragraph) of full-width text hold 28 characters
  // and end at the right edge of the 版心; none holds more.
  const full = await page.evaluate(() => {
    const out: { n: number; overflow: number; gap: number }[] = [];
    for (const l of document.querySelectorAll<HTMLElement>(
      "[data-testid=a4-line][data-kind=middle][data-style=body]",
    )) {
      const text = l.textContent ?? "";
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u00ff]/.test(text)) continue; // ASCII digits are half-width: skip mixed lines
      const range = document.createRange();
      range.selectNodeContents(l);
      const r = range.getBoundingClientRect();
      const box = l.getBoundingClientRect();
      out.push({ n: [...text].length, overflow: r.right - box.right, gap: box.right - r.right });
    }
    return out;
  });
  expect(full.length).toBeGreaterThan(5);
  for (const f of full) {
    expect(f.n).toBeLessThanOrEqual(28);
    expect(f.overflow).toBeLessThan(1);
  }
  const exactly28 = full.filter((f) => f.n === 28);
  expect(exactly28.length / full.length).toBeGreaterThan(0.5);
  for (const f of exactly28) expect(Math.abs(f.gap)).toBeLessThan(2);

  // Body text 三号 (16 pt), title 二号 (22 pt), page numbers 四号 (14 pt) as — N — on the outer side.
  const sizes = await page.evaluate(() => {
    const px = (sel: string): number => {
      const el = document.querySelector(sel);
      return el ? parseFloat(getComputedStyle(el).fontSize) : 0;
    };
    return { body: px("[data-style=body]"), title: px("[data-style=title]"), folio: px("[data-testid=a4-folio]") };
  });
  expect(sizes.body).toBeCloseTo(16 * PX_PER_PT, 1);
  expect(sizes.title).toBeCloseTo(22 * PX_PER_PT, 1);
  expect(sizes.folio).toBeCloseTo(14 * PX_PER_PT, 1);

  const folio = async (n: number) =>
    pages.nth(n).evaluate((el) => {
      const f = el.querySelector<HTMLElement>("[data-testid=a4-folio]");
      const p = el.getBoundingClientRect();
      const r = f?.getBoundingClientRect();
      return r && f ? { text: f.textContent, left: r.left - p.left, right: p.right - r.right } : null;
    });
  const one = await folio(0);
  const two = await folio(1);
  expect(one?.text).toBe("— 1 —");
  expect(two?.text).toBe("— 2 —");
  // Odd pages: right, 空一字 inside the right margin; even pages: left.
  expect(one?.right).toBeCloseTo(26 * PX_PER_MM + 14 * PX_PER_PT, 0);
  expect(two?.left).toBeCloseTo(28 * PX_PER_MM + 14 * PX_PER_PT, 0);

  // The category mark is at the top right of page 1; the 版记 (抄送) closes the last page at the 版心 bottom.
  const mark = pages.first().locator("[data-style=mark]");
  await expect(mark).toHaveCSS("text-align", "right");
  const last = pages.last();
  await expect(last.getByTestId("a4-colophon")).toContainText("抄送：");
  const gap = await last.evaluate((el) => {
    const body = el.querySelector("[data-testid=a4-body]")?.getBoundingClientRect();
    const col = el.querySelector("[data-testid=a4-colophon]")?.getBoundingClientRect();
    return body && col ? body.bottom - col.bottom : -1;
  });
  expect(Math.abs(gap)).toBeLessThan(1);

  // Zoom: 50 % halves the page; 上一页/下一页 step through pages.
  await page.getByLabel("缩放").selectOption("0.5");
  const half = await pages.first().evaluate((el) => el.getBoundingClientRect().width);
  expect(half).toBeCloseTo((210 * PX_PER_MM) / 2, 0);
  const total = await pages.count();
  await expect(page.getByTestId("page-indicator")).toHaveText(`第 1 / ${total} 页`);
  await page.getByRole("button", { name: "下一页" }).click();
  await expect(page.getByTestId("page-indicator")).toHaveText(`第 2 / ${total} 页`);
  await page.getByRole("button", { name: "上一页" }).click();
  await expect(page.getByTestId("page-indicator")).toHaveText(`第 1 / ${total} 页`);
});
