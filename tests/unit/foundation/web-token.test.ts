// Browser-mode auth compares the whole token, not its length: a wrong token of the right length is refused on
// every route (API header, page query, cookie). Kills the "compare only lengths" mutant of sameSecret.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildHandlers } from "../../../electron/main/handlers";
import type { HandlerContext } from "../../../electron/main/handlers/context";
import { openHandlerContext } from "../../../electron/main/host";
import { startWebServer, type WebServer } from "../../../electron/main/web";
import { tempDir } from "./helpers";

const TOKEN = "k".repeat(47) + "1";
const SAME_LENGTH = "k".repeat(47) + "2";
let cleanup: () => Promise<void>;
let ctx: HandlerContext;
let server: WebServer;

beforeEach(async () => {
  let dir: string;
  ({ dir, cleanup } = await tempDir());
  const staticDir = path.join(dir, "static");
  await mkdir(staticDir);
  await writeFile(path.join(staticDir, "index.html"), "<!doctype html><title>答复函工作台</title>");
  ctx = await openHandlerContext({ dataDir: path.join(dir, "data") });
  server = await startWebServer({ handlers: buildHandlers(ctx), staticDir, token: TOKEN });
});
afterEach(async () => {
  await server.close();
  await ctx.close();
  await cleanup();
});

const base = () => `http://127.0.0.1:${server.port}`;
const api = (token: string) =>
  fetch(`${base()}/api/createDraft`, {
    method: "POST",
    headers: { "x-replydesk-token": token, "content-type": "application/json" },
    body: JSON.stringify({ channel: "提案" }),
  });

describe("browser-mode token", () => {
  it("refuses an API call with a wrong token of the right length, and writes nothing", async () => {
    expect(SAME_LENGTH).toHaveLength(TOKEN.length);
    const refused = await api(SAME_LENGTH);
    expect(refused.status).toBe(403);
    expect(ctx.store.list()).toEqual([]);
    const accepted = await api(TOKEN);
    expect(accepted.status).toBe(200);
    expect(ctx.store.list()).toHaveLength(1);
  });

  it("never puts the token in a cookie: the page holds no secret, and a cookie is no credential for the API", async () => {
    const page = await fetch(`${base()}/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("set-cookie")).toBeNull();
    const byCookie = await fetch(`${base()}/api/listDrafts`, {
      method: "POST",
      headers: { cookie: `rd_token=${TOKEN}`, "Content-Type": "application/json", Origin: base() },
      body: "{}",
    });
    expect(byCookie.status).toBe(403);
  });
});
