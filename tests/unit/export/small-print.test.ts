// Small print details: the PAGE field's cached number, 敬礼 顶格, 附件 names without 书名号.
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { buildDocx } from "../../../electron/main/services/export/build-docx";
import { buildLayout } from "../../../shared/letter/build-layout";
import { paragraphs, paraText, sampleDraft, sampleSettings, tinyLayout, unzipDocx } from "./helpers";

describe("small print", () => {
  it("the PAGE field carries a cached number: 1 in the odd-page footer, 2 in the even-page one", async () => {
    const files = unzipDocx(await buildDocx(tinyLayout()));
    const footers = Object.entries(files).filter(([k]) => /^word\/footer\d+\.xml$/.test(k));
    const cached = footers
      .map(
        ([, xml]) => /w:fldCharType="separate"\/><\/w:r><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t>(\d)<\/w:t>/.exec(xml)?.[1],
      )
      .filter((n) => n !== undefined)
      .sort();
    expect(cached).toEqual(["1", "2"]);
    const odd = footers.find(([, xml]) => xml.includes('<w:jc w:val="right"/>'))?.[1] ?? "";
    expect(paraText(paragraphs(odd)[0] ?? "")).toBe("— 1 —");
  });

  it("a reader that does not compute fields (mammoth) reads a whole page number", async () => {
    const bytes = await buildDocx(tinyLayout());
    // mammoth reads only the body; the footer part is checked by its text runs in document order.
    const files = unzipDocx(bytes);
    const footerText = Object.entries(files)
      .filter(([k]) => /^word\/footer\d+\.xml$/.test(k))
      .map(([, xml]) => paragraphs(xml).map(paraText).join(""));
    expect(footerText).toContain("— 1 —");
    expect(footerText).toContain("— 2 —");
    expect((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value).toContain("某市科学技术局");
  });

  it("敬礼 of a 此致/敬礼 closing is 顶格; other closing lines keep 左空二字", async () => {
    const d = sampleDraft();
    const draft = { ...d, letter: { ...d.letter, closing: ["此致", "敬礼！"] } };
    const layout = buildLayout(draft, sampleSettings(), { sealed: false, isDraft: false });
    const doc = unzipDocx(await buildDocx(layout))["word/document.xml"] ?? "";
    const salute = paragraphs(doc).find((p) => paraText(p) === "敬礼！") ?? "";
    expect(salute).toContain('w:firstLineChars="0"');
    expect(salute).toContain('w:firstLine="0"');
    const zhici = paragraphs(doc).find((p) => paraText(p) === "此致") ?? "";
    expect(zhici).not.toContain("<w:ind");
  });

  it("附件 names are printed without the 书名号 typed around them", () => {
    const d = sampleDraft();
    const draft = {
      ...d,
      letter: {
        ...d.letter,
        signOff: { ...d.letter.signOff, attachments: ["《办理情况统计表》", "《A》和《B》对照表"] },
      },
    };
    const layout = buildLayout(draft, sampleSettings(), { sealed: false, isDraft: false });
    const note = layout.blocks.find((b) => b.kind === "attachmentNote");
    expect(note?.kind === "attachmentNote" ? note.items : []).toEqual(["办理情况统计表", "《A》和《B》对照表"]);
  });
});
