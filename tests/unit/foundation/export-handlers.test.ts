import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Draft } from "../../../shared/model/draft";
import { makePng, unzipDocx } from "../export/helpers";
import { CLERK, seedRoster, signInAs } from "../workflow/helpers";
import { handlerHarness } from "./handler-harness";

const h = handlerHarness({ deliverToFolder: true });
const { call } = h;

describe("export handlers", () => {
  it("exports a draft as a Word file named after its title, marked 草稿 and without a seal", async () => {
    const d = await call<Draft>("createSampleDraft", {});
    const r = await call<{
      fileName: string;
      isDraft: boolean;
      sealed: boolean;
      sha256: string;
      delivery: { kind: string; path: string };
    }>("exportDocx", { id: d.id });
    expect(r.fileName).toBe("关于政协郑州市惠济区第十一届委员会第二次会议第45号提案的答复.docx");
    expect(r).toMatchObject({ isDraft: true, sealed: false });
    const bytes = await readFile(r.delivery.path);
    const xml = unzipDocx(new Uint8Array(bytes));
    const headers = Object.entries(xml)
      .filter(([k]) => k.startsWith("word/header"))
      .map(([, v]) => v)
      .join("");
    expect(headers).toContain("草稿");
    expect(xml["word/document.xml"]).toContain("何昕委员");
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a formal (sealed) export before the draft is signed off", async () => {
    const d = await call<Draft>("createSampleDraft", {});
    // Nobody signed in: refused as unsigned; the 文书 signed in: refused because nothing was signed off.
    await expect(call("exportDocx", { id: d.id, formal: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await seedRoster(h.ctx);
    await signInAs(h.ctx, CLERK);
    await expect(call("exportDocx", { id: d.id, formal: true })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await readdir(h.out)).toEqual([]);
  });

  it("stores a valid seal picture in the data folder and refuses a corrupt one without changing settings", async () => {
    const png = makePng(200, 200);
    await call("setSealImage", { base64: Buffer.from(png).toString("base64") });
    expect(await call("sealInfo", {})).toEqual({ configured: true, width: 200, height: 200 });
    expect(h.ctx.settings.get().bureau.sealPath).toBe(path.join(h.ctx.dataDir, "seal.png"));
    const broken = Buffer.from(png.subarray(0, 40)).toString("base64");
    await expect(call("setSealImage", { base64: broken })).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(await call("sealInfo", {})).toEqual({ configured: true, width: 200, height: 200 });
    await call("clearSealImage", {});
    expect(await call("sealInfo", {})).toMatchObject({ configured: false });
  });

  it("batch-exports every draft with progress and unique file names", async () => {
    await call<Draft>("createSampleDraft", {});
    await call<Draft>("createSampleDraft", {});
    await call<Draft>("createDraft", { channel: "建议" });
    const { jobId, total } = await call<{ jobId: string; total: number }>("startBatchExport", {});
    expect(total).toBe(3);
    let status: { finished: boolean; done: number; failed: unknown[] } = { finished: false, done: 0, failed: [] };
    for (let i = 0; i < 200 && !status.finished; i += 1) {
      await new Promise((r) => setTimeout(r, 25));
      status = await call("batchExportStatus", { jobId });
    }
    expect(status).toMatchObject({ finished: true, done: 3, failed: [] });
    const names = (await readdir(h.out)).sort();
    expect(names).toHaveLength(3);
    expect(names.filter((n) => n.includes("第45号提案"))).toHaveLength(2);
    expect(names.some((n) => n.includes("（2）"))).toBe(true);
  });
});
