// XML-level checks of the exported .docx against GB/T 9704 (DOMAIN.md §2) and TOOLING.md's docx traps.
import { describe, expect, it } from "vitest";
import { buildDocx } from "../../../electron/main/services/export/build-docx";
import { pageTwips } from "../../../electron/main/services/export/page";
import { GB_PAGE } from "../../../shared/letter/page";
import { allMatches, makePng, paragraphs, paraText, sampleLayout, tinyLayout, unzipDocx, withSealed } from "./helpers";

function styleXml(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!m) throw new Error(`style ${id} missing`);
  return m[0];
}

function paraWith(doc: string, text: string): string {
  const exact = text.endsWith("$");
  const want = exact ? text.slice(0, -1) : text;
  const p = paragraphs(doc).find((x) => (exact ? paraText(x) === want : paraText(x).includes(want)));
  if (!p) throw new Error(`no paragraph with ${text}`);
  return p;
}

describe("page and grid", () => {
  it("A4 with 37/35/28/26 mm margins rounded to twips, 22-line grid, 28 characters by 紧缩 0.25 pt", async () => {
    const f = unzipDocx(await buildDocx(tinyLayout()));
    const doc = f["word/document.xml"] ?? "";
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    // A line grid (no character grid: LibreOffice would give each 16-pt character two 15.8-pt cells).
    expect(doc).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    const styles = f["word/styles.xml"] ?? "";
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(styles)?.[0] ?? "";
    expect(defaults).toContain('<w:spacing w:val="-5"/>');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    for (const id of ["Normal", "RdBody", "RdH1", "RdH2", "RdH3", "RdH4", "RdPlain"]) {
      expect(styleXml(styles, id)).toContain('<w:spacing w:val="-5"/>');
    }
  });

  it("derives the grid from the geometry: 22 lines and exactly 28 三号 characters fit the 版心", () => {
    const t = pageTwips(GB_PAGE);
    expect(t.textWidth).toBe(8845);
    expect(t.linePitch * 22).toBeLessThanOrEqual(t.textHeight);
    expect(t.linePitch * 23).toBeGreaterThan(t.textHeight);
    const advance = 16 * 20 + t.charSpacing; // twips per character
    expect(advance * 28).toBeLessThanOrEqual(t.textWidth);
    expect(advance * 29).toBeGreaterThan(t.textWidth);
    expect(t.charSpacing).toBe(-5);
  });

  it("lets punctuation hang (Word's default, written out) and keeps digits unbroken (Latin text en-US)", async () => {
    const styles = unzipDocx(await buildDocx(tinyLayout()))["word/styles.xml"] ?? "";
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:widowControl w:val="0"\/><w:overflowPunct w:val="1"\/>/);
    expect(styleXml(styles, "RdBody")).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
  });
});

describe("styles and fonts", () => {
  it("declares every style once with fonts in all slots, hint eastAsia and zh-CN", async () => {
    const f = unzipDocx(await buildDocx(tinyLayout()));
    const styles = f["word/styles.xml"] ?? "";
    const expected: Record<string, string> = {
      RdBody: "仿宋_GB2312",
      RdTitle: "方正小标宋简体",
      RdH1: "黑体",
      RdH2: "楷体_GB2312",
      RdH3: "仿宋_GB2312",
      RdH4: "仿宋_GB2312",
      RdFangsong: "仿宋_GB2312",
      RdHeiti: "黑体",
      RdKaiti: "楷体_GB2312",
      RdXiaobiaosong: "方正小标宋简体",
      RdSongti: "宋体",
    };
    for (const [id, font] of Object.entries(expected)) {
      const s = styleXml(styles, id);
      for (const slot of ["ascii", "hAnsi", "eastAsia", "cs"]) expect(s).toContain(`w:${slot}="${font}"`);
      expect(s).toContain('w:hint="eastAsia"');
      expect(s).toContain('w:eastAsia="zh-CN"');
      expect(allMatches(styles, new RegExp(`w:styleId="(${id})"`, "g"))).toHaveLength(1);
    }
  });

  it("sizes in half-points: title 二号 44, body 三号 32, 抄送 and page numbers 四号 28; exact 579 spacing", async () => {
    const styles = unzipDocx(await buildDocx(tinyLayout()))["word/styles.xml"] ?? "";
    expect(styleXml(styles, "RdTitle")).toContain('<w:sz w:val="44"/>');
    expect(styleXml(styles, "RdBody")).toContain('<w:sz w:val="32"/>');
    expect(styleXml(styles, "Normal")).toContain('<w:sz w:val="32"/>');
    expect(styleXml(styles, "RdCc")).toContain('<w:sz w:val="28"/>');
    expect(styleXml(styles, "RdPageNumber")).toContain('<w:sz w:val="28"/>');
    expect(styleXml(styles, "RdBody")).toContain('w:line="579" w:lineRule="exact"');
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:widowControl w:val="0"\/>/);
  });

  it("indents body and headings 2 characters, in Chars with a twips fallback", async () => {
    const styles = unzipDocx(await buildDocx(tinyLayout()))["word/styles.xml"] ?? "";
    for (const id of ["RdBody", "RdH1", "RdH2", "RdH3", "RdH4"]) {
      expect(styleXml(styles, id)).toMatch(/<w:ind w:firstLineChars="200" w:firstLine="640"\/>/);
    }
  });

  it("level-3 headings are bold only when the bureau asks for it", async () => {
    const plain = unzipDocx(await buildDocx(tinyLayout()))["word/styles.xml"] ?? "";
    const bold = unzipDocx(await buildDocx(tinyLayout({ level3Bold: true })))["word/styles.xml"] ?? "";
    expect(styleXml(plain, "RdH3")).not.toMatch(/<w:b\/>/);
    expect(styleXml(bold, "RdH3")).toMatch(/<w:b\/>/);
    expect(styleXml(bold, "RdH4")).not.toMatch(/<w:b\/>/);
  });

  it("every text run references a font style; headings use their fonts", async () => {
    const doc = unzipDocx(await buildDocx(tinyLayout()))["word/document.xml"] ?? "";
    const runs = doc.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    const textRuns = runs.filter((r) => r.includes("<w:t"));
    expect(textRuns.length).toBeGreaterThan(8);
    for (const r of textRuns) expect(r).toMatch(/<w:rStyle w:val="Rd(Fangsong|Heiti|Kaiti|Xiaobiaosong|Songti)"\/>/);
    expect(paraWith(doc, "一、基本情况")).toContain('<w:pStyle w:val="RdH1"/>');
    const h2 = paraWith(doc, "（一）加大帮扶力度");
    expect(h2).toMatch(/RdKaiti"\/><\/w:rPr><w:t xml:space="preserve">（一）加大帮扶力度。/);
    expect(h2).toMatch(/RdFangsong"\/><\/w:rPr><w:t xml:space="preserve">制定出台政策。/);
  });
});

describe("first page", () => {
  it("puts the category mark top right, before the title", async () => {
    const doc = unzipDocx(await buildDocx(tinyLayout()))["word/document.xml"] ?? "";
    const ps = paragraphs(doc);
    expect(paraText(ps[0] ?? "")).toBe("B");
    expect(ps[0]).toContain('<w:jc w:val="right"/>');
    expect(ps.findIndex((p) => p.includes("RdTitle"))).toBeGreaterThan(0);
  });

  it("prints the docNumber and 签发人 (name in 楷体) on one line", async () => {
    const doc = unzipDocx(await buildDocx(sampleLayout({ sealed: false, isDraft: false })))["word/document.xml"] ?? "";
    const p = paraWith(doc, "惠科工函〔2023〕12号");
    expect(paraText(p)).toBe("惠科工函〔2023〕12号\t签发人：张明");
    expect(p).toMatch(/RdKaiti"\/><\/w:rPr><w:t xml:space="preserve">张明/);
  });

  it("letterhead: red 小标宋 name + double rule in the first-page header, no number on page 1", async () => {
    const f = unzipDocx(await buildDocx(sampleLayout({ sealed: false, isDraft: false }, { letterhead: true })));
    const doc = f["word/document.xml"] ?? "";
    expect(doc).toContain("<w:titlePg/>");
    const firstHeaderId = /<w:headerReference w:type="first" r:id="(rId\d+)"/.exec(doc)?.[1];
    const firstFooterId = /<w:footerReference w:type="first" r:id="(rId\d+)"/.exec(doc)?.[1];
    const rels = f["word/_rels/document.xml.rels"] ?? "";
    const target = (id: string | undefined): string =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`)
        .exec(rels)
        ?.slice(1)
        .find(Boolean) ?? "";
    const header = f[`word/${target(firstHeaderId)}`] ?? "";
    const footer = f[`word/${target(firstFooterId)}`] ?? "";
    expect(header).toContain("惠济区科技和工业信息化局");
    expect(header).toContain('w:val="thickThinSmallGap" w:color="FF0000"');
    expect(footer).not.toContain("PAGE");
    expect(footer).toContain('w:val="thinThickSmallGap" w:color="FF0000"');
  });

  it("without letterhead, page 1 is numbered (no titlePg)", async () => {
    const doc = unzipDocx(await buildDocx(tinyLayout()))["word/document.xml"] ?? "";
    expect(doc).not.toContain("<w:titlePg/>");
    expect(doc).not.toContain('w:type="first"');
  });
});

describe("page numbers", () => {
  it("odd pages right 空一字, even pages left 空一字, — PAGE — in 宋体 四号, evenAndOddHeaders on", async () => {
    const f = unzipDocx(await buildDocx(tinyLayout()));
    expect(f["word/settings.xml"]).toContain("<w:evenAndOddHeaders/>");
    const doc = f["word/document.xml"] ?? "";
    const rels = f["word/_rels/document.xml.rels"] ?? "";
    const file = (type: string): string => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"`).exec(doc)?.[1] ?? "none";
      const t = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
      return f[`word/${t}`] ?? "";
    };
    const odd = file("default");
    const even = file("even");
    for (const x of [odd, even]) {
      expect(x).toMatch(/— <\/w:t>[\s\S]*<w:instrText xml:space="preserve">PAGE<\/w:instrText>[\s\S]*> —<\/w:t>/);
      expect(x).toContain('<w:rStyle w:val="RdSongti"/>');
      expect(x).toContain('<w:pStyle w:val="RdPageNumber"/>');
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(odd).toContain('<w:ind w:rightChars="100" w:right="280"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
    expect(even).toContain('<w:ind w:leftChars="100" w:left="280"/>');
  });
});

describe("sign-off", () => {
  it("unsealed: 署名 右空二字, date starts 2 characters right of the 署名's first character", async () => {
    const doc = unzipDocx(await buildDocx(tinyLayout()))["word/document.xml"] ?? "";
    // 某市科学技术局 = 7 characters; 2024年5月28日 = 6.5 (digits half-width) → date right indent 0.5 char.
    expect(paraWith(doc, "某市科学技术局$")).toContain('<w:ind w:rightChars="200" w:right="640"/>');
    expect(paraWith(doc, "2024年5月28日")).toContain('<w:ind w:rightChars="50" w:right="160"/>');
    expect(doc).not.toContain("<w:drawing>");
  });

  it("unsealed with a date longer than the 署名: date 右空二字, 署名 moves left", async () => {
    const base = tinyLayout();
    const layout = {
      ...base,
      blocks: base.blocks.map((b) => (b.kind === "signOff" ? { ...b, unit: "某某局" } : b)),
    };
    const doc = unzipDocx(await buildDocx(layout))["word/document.xml"] ?? "";
    expect(paraWith(doc, "2024年5月28日")).toContain('<w:ind w:rightChars="200" w:right="640"/>');
    // 2 + 6.5 + 2 − 3 = 7.5 characters.
    expect(paraWith(doc, "某某局$")).toContain('<w:ind w:rightChars="750" w:right="2400"/>');
  });

  it("sealed: date 右空四字, 署名 centred over it, seal behind text with integer EMU offsets", async () => {
    const bytes = await buildDocx(withSealed(tinyLayout(), true), { seal: makePng(120, 120) });
    const f = unzipDocx(bytes);
    const doc = f["word/document.xml"] ?? "";
    expect(paraWith(doc, "2024年5月28日")).toContain('<w:ind w:rightChars="400" w:right="1280"/>');
    // (6.5 − 7) / 2 + 4 = 3.75 characters.
    const unit = paraWith(doc, "某市科学技术局$");
    expect(unit).toContain('<w:ind w:rightChars="375" w:right="1200"/>');
    expect(unit).toMatch(/<wp:anchor [^>]*behindDoc="1"/);
    expect(unit).toContain("<wp:wrapNone/>");
    const offsets = allMatches(unit, /<wp:posOffset>(-?[^<]+)<\/wp:posOffset>/g);
    expect(offsets).toHaveLength(2);
    for (const o of offsets) expect(o).toMatch(/^-?\d+$/);
    // Horizontal centre of the seal = centre of the date: 8845 − 1280 − 6.5 × 320 / 2 twips from the margin.
    const [x] = offsets.map(Number);
    expect((x ?? 0) + 1512000 / 2).toBeCloseTo((8845 - 1280 - 1040) * 635, -1);
    expect(unit).toContain('<wp:extent cx="1512000" cy="1512000"/>');
    expect(Object.keys(f)).toContain("word/media/image1.png");
  });

  it("a draft never carries a seal and shows 草稿 in the header", async () => {
    const layout = withSealed(tinyLayout({ meta: { ...tinyLayout().meta, isDraft: true } }), true);
    const f = unzipDocx(await buildDocx(layout, { seal: makePng(50, 50) }));
    expect(f["word/document.xml"]).not.toContain("<w:drawing>");
    const headers = Object.entries(f).filter(([k]) => /^word\/header\d+\.xml$/.test(k));
    expect(headers.some(([, x]) => x.includes("草稿"))).toBe(true);
    const formal = unzipDocx(await buildDocx(tinyLayout()));
    expect(Object.entries(formal).some(([k, x]) => k.startsWith("word/header") && x.includes("草稿"))).toBe(false);
  });

  it("a sealed layout without a seal picture is refused in Chinese", async () => {
    await expect(buildDocx(withSealed(tinyLayout(), true))).rejects.toMatchObject({
      code: "BAD_INPUT",
      message: expect.stringContaining("印章图片"),
    });
  });

  it("附注 on the line after the date, in （）, 左空二字", async () => {
    const doc = unzipDocx(await buildDocx(tinyLayout()))["word/document.xml"] ?? "";
    const ps = paragraphs(doc);
    const di = ps.findIndex((p) => paraText(p) === "2024年5月28日");
    const note = ps[di + 1] ?? "";
    expect(paraText(note)).toBe("（联系人：李某，联系电话：1234567）");
    expect(note).toContain('<w:ind w:firstLineChars="200" w:firstLine="640"/>');
  });

  it("keeps the last body lines with the sign-off, and every one-line heading with the line after it", async () => {
    const doc = unzipDocx(await buildDocx(tinyLayout()))["word/document.xml"] ?? "";
    expect(paraWith(doc, "（1）明确分工。")).toContain("<w:keepNext/>");
    expect(paraWith(doc, "（1）明确分工。")).toContain("<w:widowControl/>");
    expect(paraWith(doc, "一、基本情况")).toContain("<w:keepNext/>");
    expect(paraWith(doc, "您提出的提案收悉。")).not.toContain("<w:keepNext/>");
  });

  it("sets the title off the 22-line grid and takes the blue off the unused Heading styles", async () => {
    const styles = unzipDocx(await buildDocx(tinyLayout()))["word/styles.xml"] ?? "";
    const style = (id: string): string =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
    expect(style("RdTitle")).toContain('<w:snapToGrid w:val="0"/>');
    expect(style("RdBody")).not.toContain("snapToGrid");
    for (const id of ["Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6", "Title"]) {
      expect(style(id), id).not.toContain("<w:color");
    }
  });
});

describe("抄送", () => {
  it("四号, 左右各空一字 with wrapped lines after the colon, ends with 。, thick 0.35 mm rules", async () => {
    const doc = unzipDocx(await buildDocx(tinyLayout()))["word/document.xml"] ?? "";
    const p = paraWith(doc, "抄送：");
    expect(paraText(p)).toBe("抄送：市人大常委会选联委，市政府督查室。");
    expect(p).toContain('<w:pStyle w:val="RdCc"/>');
    expect(p).toContain(
      '<w:ind w:leftChars="400" w:rightChars="100" w:hangingChars="300" w:left="1120" w:right="280" w:hanging="840"/>',
    );
    expect(p).toMatch(/<w:top w:val="single" w:color="000000" w:sz="8"/);
    expect(p).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"/);
    expect(p).toMatch(/<w:framePr [^>]*w:yAlign="bottom"/);
  });

  it("信函格式 版记 has no rules", async () => {
    const doc = unzipDocx(await buildDocx(sampleLayout({ sealed: false, isDraft: false }, { letterhead: true })))[
      "word/document.xml"
    ];
    expect(paraWith(doc ?? "", "抄送：")).not.toContain("<w:pBdr>");
  });
});

describe("document properties", () => {
  it("title, author = bureau, custom 提案号/类别/发文字号", async () => {
    const f = unzipDocx(await buildDocx(sampleLayout({ sealed: false, isDraft: false })));
    expect(f["docProps/core.xml"]).toContain("<dc:title>惠济区科技和工业信息化局关于政协郑州市惠济区");
    expect(f["docProps/core.xml"]).toContain("<dc:creator>惠济区科技和工业信息化局</dc:creator>");
    const custom = f["docProps/custom.xml"] ?? "";
    expect(custom).toMatch(/name="提案号"><vt:lpwstr>45</);
    expect(custom).toMatch(/name="类别"><vt:lpwstr>A</);
    expect(custom).toMatch(/name="发文字号"><vt:lpwstr>惠科工函〔2023〕12号</);
  });
});
