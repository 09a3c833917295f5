// The fast builder (cached package template + per-letter document.xml) against the plain docx Packer build:
// the same parts in the same order with the same content, for every configuration the template depends on.
import { Paragraph } from "docx";
import type { Document } from "docx";
import { describe, expect, it } from "vitest";
import { buildDocx } from "../../../electron/main/services/export/build-docx";
import { buildDocxWithPacker } from "../../../electron/main/services/export/build-docx-packer";
import { letterConfig, letterDocument } from "../../../electron/main/services/export/letter-document";
import { sealImage } from "../../../electron/main/services/export/seal";
import { clearPackageTemplates, packageParts } from "../../../electron/main/services/export/package-template";
import type { LetterLayout } from "../../../shared/letter/layout-types";
import { makePng, sampleLayout, tinyLayout, unzipDocx, withSealed } from "./helpers";
import { unzipSync } from "fflate";

/** Parts by name, with what legitimately differs between two builds made apart in time normalised. */
function normalised(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzipDocx(bytes)).map(([name, xml]) => [
    name,
    xml
      // Creation and modification times ("now").
      .replace(/(<dcterms:(?:created|modified) [^>]*>)[^<]*</g, "$1T<")
      // Drawing ids come from a process-wide counter in docx.
      .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="N"'),
  ]);
}

async function expectSameAsPacker(layout: LetterLayout, seal?: Uint8Array): Promise<void> {
  const fast = await buildDocx(layout, seal ? { seal } : {});
  const plain = await buildDocxWithPacker(layout, seal ? { seal } : {});
  const a = normalised(fast);
  const b = normalised(plain);
  expect(a.map(([n]) => n)).toEqual(b.map(([n]) => n));
  for (const [i, [name, xml]] of a.entries()) expect({ name, xml }).toEqual({ name, xml: b[i]?.[1] });
  // Media parts are binary: compare bytes.
  const fm = unzipSync(fast);
  const pm = unzipSync(plain);
  for (const name of Object.keys(pm).filter((n) => n.startsWith("word/media/"))) {
    expect(Buffer.from(fm[name] ?? []).equals(Buffer.from(pm[name] ?? []))).toBe(true);
  }
}

describe("fast builder = docx Packer build", () => {
  it("hand-built letter: every block kind, unsealed, plain and with bold 三级标题", async () => {
    await expectSameAsPacker(tinyLayout());
    await expectSameAsPacker(tinyLayout({ level3Bold: true }));
  });

  it("sample letter (seed 003): formal unsealed, sealed, 草稿, 信函格式", async () => {
    const seal = makePng(160, 160);
    await expectSameAsPacker(sampleLayout({ sealed: false, isDraft: false }));
    await expectSameAsPacker(sampleLayout({ sealed: true, isDraft: false }), seal);
    await expectSameAsPacker(sampleLayout({ sealed: false, isDraft: true }));
    await expectSameAsPacker(sampleLayout({ sealed: true, isDraft: false }, { letterhead: true }), seal);
  });

  it("the template cache never mixes configurations: interleaved builds and a changed seal", async () => {
    clearPackageTemplates();
    const first = makePng(100, 100);
    const second = makePng(100, 60);
    const sealed = withSealed(tinyLayout(), true);
    for (const [layout, seal] of [
      [sealed, first],
      [tinyLayout(), undefined],
      [sealed, second],
      [tinyLayout({ meta: { ...tinyLayout().meta, isDraft: true } }), undefined],
      [sealed, first],
    ] as const) {
      await expectSameAsPacker(layout, seal);
      const media = unzipSync(await buildDocx(layout, seal ? { seal } : {}))["word/media/image1.png"];
      if (seal) expect(Buffer.from(media ?? []).equals(Buffer.from(seal))).toBe(true);
      else expect(media).toBeUndefined();
    }
  });

  it("a letter's text reaches only its own document.xml (template shared between letters)", async () => {
    const a = tinyLayout();
    const b = {
      ...a,
      blocks: a.blocks.map((x) => (x.kind === "salutation" ? { ...x, text: "李某委员：" } : x)),
    };
    const [da, db] = [unzipDocx(await buildDocx(a)), unzipDocx(await buildDocx(b))];
    expect(da["word/document.xml"]).toContain("王某委员：");
    expect(db["word/document.xml"]).toContain("李某委员：");
    expect(db["word/document.xml"]).not.toContain("王某委员：");
  });

  it("template parts from docx's compiler = the public Packer.pack + unzip fallback", async () => {
    const layout = sampleLayout({ sealed: true, isDraft: false }, { letterhead: true });
    const config = letterConfig(layout, makePng(80, 80));
    const meta = { title: "t", author: "a", description: "d", custom: [] };
    const doc = (): Document => {
      const seal = config.seal;
      if (!seal) throw new Error("no seal");
      const probe = new Paragraph({ children: [sealImage(seal.png, seal.info, { centreX: 0, centreY: 0 })] });
      return letterDocument(config, meta, [probe]);
    };
    const text = (v: string | Uint8Array | undefined): string =>
      // Bytes as latin1 text (pictures are binary), the same for XML given as a string.
      (typeof v === "string" ? Buffer.from(v, "utf8") : Buffer.from(v ?? []))
        .toString("latin1")
        .replace(/<wp:docPr id="\d+"/g, "<wp:docPr")
        .replace(/(<dcterms:(?:created|modified) [^>]*>)[^<]*</g, "$1T<");
    const compiled = await packageParts(doc());
    const unzipped = await packageParts(doc(), null);
    // The first came from docx's compiler (XML as text), the second through Packer.pack and unzip (bytes).
    expect(typeof compiled.get("word/document.xml")).toBe("string");
    expect(unzipped.get("word/document.xml")).toBeInstanceOf(Uint8Array);
    expect([...compiled.keys()]).toEqual([...unzipped.keys()]);
    expect([...compiled.keys()]).toContain("word/media/image1.png");
    for (const [name, v] of compiled) expect({ name, xml: text(v) }).toEqual({ name, xml: text(unzipped.get(name)) });
  });
});
