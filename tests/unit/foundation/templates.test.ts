import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dispatch } from "../../../electron/main/dispatch";
import { buildHandlers } from "../../../electron/main/handlers";
import type { Draft } from "../../../shared/model/draft";
import { handlerHarness } from "./handler-harness";

const h = handlerHarness();
const { call } = h;

describe("templates and new drafts", () => {
  it("creates a 提案 draft from the built-in template with the standard wording", async () => {
    const d = await call<Draft>("createDraft", { channel: "提案" });
    expect(d.templateId).toBe("proposal-main");
    expect(d.letter.opening).toContain("收悉");
    expect(d.letter.opening).toContain("答复如下");
    expect(d.letter.sections.length).toBeGreaterThan(0);
  });

  it("opens the shipped sample letter as a new draft", async () => {
    const d = await call<Draft>("createSampleDraft", {});
    expect(d.record.proposers).toEqual(["何昕"]);
    expect(d.letter.sections).toHaveLength(5);
    expect(h.ctx.store.list().map((r) => r.id)).toEqual([d.id]);
  });

  it("saves a draft's structure as a user template, lists it, and creates a draft from it", async () => {
    const source = await call<Draft>("createDraft", { channel: "建议" });
    const info = await call<{ id: string; builtin: boolean }>("saveAsTemplate", {
      draftId: source.id,
      name: "交通类建议答复",
    });
    expect(info.builtin).toBe(false);
    const list = await call<{ id: string; name: string }[]>("listTemplates", {});
    expect(list.map((t) => t.name)).toContain("交通类建议答复");
    expect(list.filter((t) => t.id === "co-opinion")).toHaveLength(1);
    const fromUser = await call<Draft>("createDraft", { channel: "建议", templateId: info.id });
    expect(fromUser.letter.sections.map((s) => s.heading)).toEqual(source.letter.sections.map((s) => s.heading));
    const duplicate = await dispatch(buildHandlers(h.ctx), "saveAsTemplate", {
      draftId: source.id,
      name: "交通类建议答复",
    });
    expect(duplicate).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    const onDisk = JSON.parse(await readFile(path.join(h.dataDir, "templates.json"), "utf8"));
    expect(onDisk.templates).toHaveLength(1);
    await call("deleteTemplate", { id: info.id });
    expect((await call<unknown[]>("listTemplates", {})).length).toBe(3);
  });

  it("quarantines a damaged templates.json with a notice", async () => {
    await h.reopen(() => writeFile(path.join(h.dataDir, "templates.json"), "{oops"));
    expect((await call<unknown[]>("listTemplates", {})).length).toBe(3);
    expect(h.ctx.store.notices().some((n) => n.message.includes("templates.json"))).toBe(true);
  });
});
