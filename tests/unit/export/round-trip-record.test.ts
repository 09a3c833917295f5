// Lossless round trip: every fixture exported, then imported from the .docx, gives back the same draft — every field,
// figures with source and date, record values — through the record part our export embeds. The embedded copy is
// not trusted for status, revision, 发文字号 or signature: the import is a new 草稿.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { exportDraftToFile } from "../../../electron/main/services/export/export-draft";
import { inspectFile } from "../../../electron/main/services/import/import-file";
import { Draft } from "../../../shared/model/draft";
import { parseSeed } from "../import/helpers";
import { generatedLetters } from "./generated-letters";
import { sampleDraft, sampleSettings } from "./helpers";

const work = mkdtempSync(path.join(os.tmpdir(), "replydesk-record-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every leaf of a JSON value by dotted path. */
function leaves(v: unknown, at = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(v)) {
    if (v.length === 0) out.set(at, "[]");
    v.forEach((x, i) => leaves(x, `${at}.${i}`, out));
  } else if (typeof v === "object" && v !== null) {
    for (const [k, x] of Object.entries(v)) leaves(x, at === "" ? k : `${at}.${k}`, out);
  } else out.set(at, v);
  return out;
}

/** Fields the import sets itself (a new 草稿), never from the file. */
const NOT_FROM_FILE = /^(?:id|revision|createdAt|updatedAt|status|record\.(?:docNumber|signer|signDate))$/;

function fixtures(): { name: string; draft: Draft }[] {
  const seeds = (["000", "002", "003", "004"] as const).map((n) => ({
    name: `seed-${n}`,
    draft: Draft.parse(parseSeed(n).draft),
  }));
  return [
    { name: "sample", draft: sampleDraft() },
    ...seeds,
    ...generatedLetters().map((c) => ({ name: c.name, draft: c.draft })),
  ];
}

async function exported(name: string, draft: Draft, formal: boolean): Promise<string> {
  const file = path.join(work, `${name}-${formal ? "formal" : "draft"}.docx`);
  await exportDraftToFile({
    draft: { ...draft, status: formal ? "已签发" : draft.status },
    settings: sampleSettings(),
    targetPath: file,
    formal,
    sealPng: null,
    sealAllowed: false,
    overwrite: false,
  });
  return file;
}

describe("importing our own export gives back the same draft", () => {
  it.each(fixtures().map((f) => [f.name, f] as const))("%s: 100 % of the fields", async (_n, f) => {
    const file = await exported(f.name, f.draft, true);
    const r = await inspectFile(file, { now: "2026-01-01T00:00:00.000Z", id: "imported" });
    if (!r.draft) throw new Error(`not imported: ${r.reason ?? ""}`);
    const want = leaves(f.draft);
    const got = leaves(r.draft);
    const compared = [...want.keys()].filter((k) => !NOT_FROM_FILE.test(k));
    const same = compared.filter((k) => Object.is(got.get(k), want.get(k)));
    expect(compared.filter((k) => !same.includes(k))).toEqual([]);
    expect(same.length / compared.length).toBe(1);
    expect([...got.keys()].filter((k) => !want.has(k))).toEqual([]);
    // A new 草稿 of the importer's own.
    expect(r.draft).toMatchObject({ id: "imported", revision: 0, status: "草稿" });
    expect(r.draft.createdAt).toBe("2026-01-01T00:00:00.000Z");
  });

  it("a forged record cannot make the import signed or numbered, and a broken one falls back to the text", async () => {
    const file = await exported("forge", sampleDraft(), false);
    const parts = unzipSync(new Uint8Array(readFileSync(file)));
    const xml = strFromU8(parts["customXml/item1.xml"] ?? new Uint8Array());
    const forged = xml
      .replace("&quot;status&quot;:&quot;草稿&quot;", "&quot;status&quot;:&quot;已签发&quot;")
      .replace("惠科工函〔2023〕12号", "伪造〔2099〕1号")
      .replace("&quot;signer&quot;:&quot;张明&quot;", "&quot;signer&quot;:&quot;伪造人&quot;");
    expect(forged).toContain("已签发");
    writeFileSync(file, zipSync({ ...parts, "customXml/item1.xml": strToU8(forged) }));
    const r = await inspectFile(file, { now: "2026-01-01T00:00:00.000Z", id: "x" });
    expect(r.draft?.status).toBe("草稿");
    expect(r.draft?.record.docNumber).not.toBe("伪造〔2099〕1号");
    expect(r.draft?.record.signer).not.toBe("伪造人");

    writeFileSync(
      file,
      zipSync({ ...parts, "customXml/item1.xml": strToU8(xml.replace("&quot;record&quot;", "&quot;rec")) }),
    );
    const broken = await inspectFile(file, { now: "2026-01-01T00:00:00.000Z", id: "y" });
    expect(broken.draft?.letter.opening).toContain("收悉");
    expect(broken.draft?.figures).not.toEqual(sampleDraft().figures);
  });
});
