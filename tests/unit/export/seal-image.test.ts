// The seal picture as the settings page uses it: preview bytes, corrupt pictures refused, path not settable by the UI.
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../../electron/main/dispatch";
import { buildHandlers } from "../../../electron/main/handlers";
import type { HandlerContext } from "../../../electron/main/handlers/context";
import { NO_DELIVERY_PORTS } from "../../../electron/main/handlers/host-ports";
import { openHandlerContext } from "../../../electron/main/host";
import { tempDir } from "../foundation/helpers";
import { makePng } from "./helpers";

let dir: string;
let cleanup: () => Promise<void>;
let ctx: HandlerContext;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  ctx = await openHandlerContext({ dataDir: path.join(dir, "data"), ports: NO_DELIVERY_PORTS });
});
afterEach(async () => {
  await ctx.close();
  await cleanup();
});

async function call<T>(name: string, input: unknown): Promise<T> {
  const env = await dispatch(buildHandlers(ctx), name, input);
  if (!env.ok) throw Object.assign(new Error(env.error.message), { code: env.error.code });
  return env.value as T;
}

describe("seal picture for the settings page", () => {
  it("returns the stored PNG for the preview, keeps it when a corrupt one is offered, and forgets it on clear", async () => {
    expect(await call("sealImage", {})).toEqual({ base64: null });
    const png = Buffer.from(makePng(120, 120)).toString("base64");
    await call("setSealImage", { base64: png });
    expect(await call("sealImage", {})).toEqual({ base64: png });
    const corrupt = Buffer.from("这不是 PNG 图片，只是一段文字。".repeat(4)).toString("base64");
    await expect(call("setSealImage", { base64: corrupt })).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringContaining("印章图片无法使用"),
    });
    expect(await call("sealImage", {})).toEqual({ base64: png });
    await call("clearSealImage", {});
    expect(await call("sealImage", {})).toEqual({ base64: null });
  });

  it("ignores a seal path sent through updateSettings (only setSealImage places the seal)", async () => {
    const elsewhere = path.join(dir, "elsewhere.png");
    const saved = await call<{ bureau: { sealPath: string | null; fullName: string } }>("updateSettings", {
      bureau: { sealPath: elsewhere, fullName: "某市科学技术局" },
    });
    expect(saved.bureau.fullName).toBe("某市科学技术局");
    expect(saved.bureau.sealPath).toBeNull();
    expect(ctx.settings.get().bureau.sealPath).toBeNull();
  });
});
