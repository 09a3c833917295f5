// The seal picture as the settings page uses it: preview bytes, corrupt pictures refused, path not settable by the UI.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { handlerHarness } from "../foundation/handler-harness";
import { makePng } from "./helpers";

const h = handlerHarness();
const { call } = h;

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
    const elsewhere = path.join(h.dir, "elsewhere.png");
    const saved = await call<{ bureau: { sealPath: string | null; fullName: string } }>("updateSettings", {
      bureau: { sealPath: elsewhere, fullName: "某市科学技术局" },
    });
    expect(saved.bureau.fullName).toBe("某市科学技术局");
    expect(saved.bureau.sealPath).toBeNull();
    expect(h.ctx.settings.get().bureau.sealPath).toBeNull();
  });
});
