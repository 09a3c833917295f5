// 正式导出 is refused with a Chinese message listing the blocking lint rules; a clean signed draft goes through.
import { readdir, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { blocking, lintDraft } from "../../../shared/lint";
import { assertGateClean, gateBlockers, gateMessage } from "../../../shared/lint/gate";
import type { Draft } from "../../../shared/model/draft";
import { workflowFor } from "../../../electron/main/handlers/workflow";
import { handlerHarness } from "../foundation/handler-harness";
import { signThrough } from "../workflow/helpers";
import { sampleDraft, sampleSettings, unzipDocx } from "./helpers";

const h = handlerHarness({ deliverToFolder: true });
const { call } = h;

/** Creates the sample draft, applies `change` and takes it to 已签发 through the real, signed workflow. */
async function signedSample(change: (d: Draft) => Draft = (d) => d): Promise<Draft> {
  const created = await call<Draft>("createSampleDraft", {});
  const changed = change(created);
  await h.ctx.store.save(
    { ...changed, record: { ...changed.record, docNumber: null, signer: null, signDate: null } },
    created.revision,
  );
  await signThrough(h.ctx, workflowFor(h.ctx), created.id);
  return h.ctx.store.get(created.id);
}

describe("formal export lint gate", () => {
  it("refuses a signed draft with lint errors, listing the rules, and writes nothing", async () => {
    const d = await signedSample((x) => ({ ...x, record: { ...x.record, category: null } }));
    expect(d.status).toBe("已签发");
    const err = await call("exportDocx", { id: d.id, formal: true }).then(
      () => null,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(err?.code).toBe("INVALID_STATE");
    expect(err?.message).toContain("不能正式导出");
    expect(err?.message).toMatch(/R10 未标注办理结果分类/);
    expect(await readdir(h.out)).toEqual([]);
    // The 草稿 copy is still allowed: the gate is for formal copies only.
    const draftCopy = await call<{ isDraft: boolean; fileName: string }>("exportDocx", { id: d.id, formal: false });
    expect(draftCopy.isDraft).toBe(true);
    expect(await readdir(h.out)).toEqual([draftCopy.fileName]);
  });

  it("lets a clean signed draft through as a formal, unmarked copy", async () => {
    const d = await signedSample();
    const r = await call<{ isDraft: boolean; sealed: boolean; note: string | null; delivery: { path: string } }>(
      "exportDocx",
      { id: d.id, formal: true },
    );
    expect(r).toMatchObject({ isDraft: false, sealed: false });
    expect(r.note).toContain("未设置印章图片");
    const xml = unzipDocx(new Uint8Array(await readFile(r.delivery.path)));
    const headers = Object.entries(xml)
      .filter(([k]) => k.startsWith("word/header"))
      .map(([, v]) => v)
      .join("");
    expect(headers).not.toContain("草稿");
  });

  it("refuses a formal copy whose red 版头 would print with no 单位全称, in Chinese (the gate exportDocx calls)", () => {
    const draft = sampleDraft();
    const refuse = (): void =>
      assertGateClean("export", draft, sampleSettings({ letterhead: true, fullName: "" }), "2025-01-10");
    expect(refuse).toThrow(/不能正式导出[\s\S]*R09 已开启信函格式版头，但“设置”中的单位全称为空/);
    try {
      refuse();
    } catch (e) {
      expect((e as { code?: string }).code).toBe("INVALID_STATE");
    }
    // Not for a 草稿 copy: 提交审核 and editing only warn about a setting.
    expect(
      gateBlockers("submit", draft, sampleSettings({ letterhead: true, fullName: "" }), "2025-01-10")
        .map((f) => f.message)
        .filter((m) => m.includes("版头")),
    ).toEqual([]);
  });

  it("the empty 版头 is a warning while writing and an error at 正式导出; a filled one is neither", () => {
    const draft = sampleDraft();
    const blank = sampleSettings({ letterhead: true, fullName: "" });
    const rule = (purpose: "edit" | "export", settings = blank) =>
      lintDraft({ draft, settings, today: "2025-01-10", purpose }).filter((f) => f.message.includes("版头"));
    expect(rule("edit").map((f) => f.severity)).toEqual(["warning"]);
    expect(rule("export").map((f) => f.severity)).toEqual(["error"]);
    expect(rule("export", sampleSettings({ letterhead: true }))).toEqual([]);
    expect(rule("export", sampleSettings({ letterhead: false, fullName: "" }))).toEqual([]);
  });

  it("refuses a 署名 that would print empty: none of its own and no 单位全称", () => {
    const base = sampleDraft();
    const noUnit = { ...base, letter: { ...base.letter, signOff: { ...base.letter.signOff, unit: null } } };
    const blocked = gateBlockers("export", noUnit, sampleSettings({ fullName: "" }), "2025-01-10");
    expect(blocked.filter((f) => f.rule === "R09").map((f) => f.message)).toEqual([
      "没有署名：请在“设置”中填写单位全称，或在落款中填写署名。",
    ]);
    // A blank 署名 of its own falls back to the 单位全称: with one set, nothing blocks for the 署名.
    const blankOwn = { ...base, letter: { ...base.letter, signOff: { ...base.letter.signOff, unit: "　" } } };
    expect(gateBlockers("export", blankOwn, sampleSettings(), "2025-01-10").filter((f) => f.rule === "R09")).toEqual(
      [],
    );
  });

  it("uses purpose export: approval-trail rules that are only advice while editing block here", () => {
    const draft = { ...sampleDraft(), record: { ...sampleDraft().record, signer: null } };
    const rules = gateBlockers("export", draft, sampleSettings(), "2025-01-10").map((f) => f.rule);
    expect(rules).toContain("R26");
    const whileEditing = lintDraft({ draft, settings: sampleSettings(), today: "2025-01-10", purpose: "edit" });
    expect(blocking(whileEditing).map((f) => f.rule)).not.toContain("R26");
  });

  it("lists at most eight rules and says how many more", () => {
    const many = Array.from({ length: 11 }, (_, i) => ({
      rule: "R10" as const,
      severity: "error" as const,
      message: `问题${i + 1}`,
      location: null,
    }));
    const text = gateMessage("export", many);
    expect(text).toContain("11 处错误");
    expect(text).toContain("8. R10 问题8");
    expect(text).not.toContain("问题9");
    expect(text).toContain("另有 3 项");
  });
});
