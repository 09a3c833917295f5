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

describe("发文字号, 签发人 and the bureau's fonts", () => {
  const docNumberOf = (patch: Parameters<typeof sampleSettings>[0], record = {}) => {
    const d = sampleDraft();
    const layout = buildLayout({ ...d, record: { ...d.record, ...record } }, sampleSettings(patch), {
      sealed: false,
      isDraft: false,
    });
    return layout.blocks.find((b) => b.kind === "docNumber") ?? null;
  };

  it("文件格式 shows the 签发人 beside the 字号 when the bureau shows it; 信函格式 never (字号 flush right alone)", () => {
    expect(docNumberOf({ letterhead: false })).toMatchObject({ docNumber: "惠科工函〔2023〕12号", signer: "张明" });
    expect(docNumberOf({ letterhead: false, showSigner: false })).toMatchObject({ signer: null });
    expect(docNumberOf({ letterhead: true })).toMatchObject({ docNumber: "惠科工函〔2023〕12号", signer: null });
    // Never a 签发人 alone without a 字号.
    expect(docNumberOf({ letterhead: false }, { docNumber: null })).toBeNull();
  });

  it("信函格式: the 发文字号 paragraph is right-aligned with no 签发人", async () => {
    const d = sampleDraft();
    const layout = buildLayout(d, sampleSettings({ letterhead: true }), { sealed: false, isDraft: false });
    const doc = unzipDocx(await buildDocx(layout))["word/document.xml"] ?? "";
    const p = paragraphs(doc).find((x) => paraText(x).includes("惠科工函〔2023〕12号")) ?? "";
    expect(paraText(p)).toBe("惠科工函〔2023〕12号");
    expect(p).toContain('<w:jc w:val="right"/>');
  });

  it("the font table lists the fonts with altName, GB2312 charset and family; the GBK setting names the 方正 GBK fonts", async () => {
    const plain = unzipDocx(await buildDocx(tinyLayout()));
    const table = plain["word/fontTable.xml"] ?? "";
    expect(table).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(table).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(table).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(table.match(/<w:charset w:val="86"\/>/g)).toHaveLength(5);
    const gbk = unzipDocx(await buildDocx(tinyLayout({ fontSet: "GBK" })));
    expect(gbk["word/fontTable.xml"]).toContain('<w:font w:name="方正仿宋_GBK"><w:altName w:val="仿宋"/>');
    expect(gbk["word/styles.xml"]).toContain('w:eastAsia="方正仿宋_GBK"');
    expect(gbk["word/styles.xml"]).not.toContain("仿宋_GB2312");
    expect(plain["word/styles.xml"]).toContain('w:eastAsia="仿宋_GB2312"');
  });
});
