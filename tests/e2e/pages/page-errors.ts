// Console errors and uncaught page errors of a test's page (CSP violations show up here too).
import type { Page } from "@playwright/test";

/** Starts collecting the page's console errors and page errors; the returned list fills as they happen. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}
