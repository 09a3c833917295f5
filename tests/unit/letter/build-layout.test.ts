import { describe, expect, it } from "vitest";
import { buildLayout, contactNote } from "../../../shared/letter/build-layout";
import type { LayoutBlock } from "../../../shared/letter/layout-types";
import { GB_PAGE, mmToPt, ptToMm } from "../../../shared/letter/page";
import { SETTINGS, smallDraft } from "./helpers";

function describeBlock(b: LayoutBlock): string {
  return b.kind === "paragraph" ? `${b.role}@${b.source.path}` : `${b.kind}@${b.source.path}`;
}

describe("buildLayout", () => {
  const settings = { ...SETTINGS, bureau: { ...SETTINGS.bureau, letterhead: true } };

  it("emits blocks in document order with their source paths", () => {
    const d = smallDraft();
    const draft = {
      ...d,
      record: { ...d.record, docNumber: "惠科工函〔2024〕3号" },
      letter: { ...d.letter, signOff: { ...d.letter.signOff, notes: ["此件公开发布"], attachments: ["征询意见表"] } },
    };
    const layout = buildLayout(draft, settings, { sealed: true, isDraft: false });
    expect(layout.blocks.map(describeBlock)).toEqual([
      "categoryMark@record.category",
      "letterhead@settings.bureau.letterhead",
      "docNumber@record.docNumber",
      "title@title",
      "salutation@salutation",
      "body@opening",
      "body@background.0",
      "h1@sections.0.heading",
      "body@sections.0.measures.0",
      "h2@sections.0.measures.2",
      "h3@sections.0.measures.2.children.0",
      "body@sections.0.measures.3",
      "h1@sections.1.heading",
      "body@sections.1.paragraphs.0",
      "h2@sections.1.measures.0",
      "body@closing.0",
      "attachmentNote@signOff.attachments",
      "signOff@signOff",
      "note@signOff.contactName",
      "note@signOff.notes.0",
      "cc@signOff.cc",
    ]);
  });

  it("numbers headings, joins runs into one paragraph and restarts runs after a sub", () => {
    const layout = buildLayout(smallDraft(), SETTINGS, { sealed: false, isDraft: true });
    const paragraphs = layout.blocks.filter((b) => b.kind === "paragraph");
    const texts = paragraphs.map((p) => p.runs.map((r) => r.text).join(""));
    expect(texts).toEqual([
      "您提出的《关于产业强区的提案》收悉。现答复如下：",
      "近年来，我们高度重视。",
      "一、开展活动",
      "一是建立机制。二是累计收集问题633个。",
      "（一）加大帮扶。制定意见。",
      "1.走访企业。走访150余家。",
      "一是开展培训。",
      "二、下步工作计划",
      "接下来我们将继续努力。",
      "（一）持续帮扶。深入推进。",
      "感谢您的关心和支持。",
    ]);
  });

  it("uses the fonts of GB/T 9704 per level and tags figure runs", () => {
    const bold = { ...SETTINGS, bureau: { ...SETTINGS.bureau, level3Bold: true } };
    const blocks = buildLayout(smallDraft(), bold, { sealed: false, isDraft: true }).blocks;
    const byPath = (p: string) => blocks.find((b) => b.source.path === p);
    const h1 = byPath("sections.0.heading");
    const h2 = byPath("sections.0.measures.2");
    const h3 = byPath("sections.0.measures.2.children.0");
    const runs = byPath("sections.0.measures.0");
    if (
      h1?.kind !== "paragraph" ||
      h2?.kind !== "paragraph" ||
      h3?.kind !== "paragraph" ||
      runs?.kind !== "paragraph"
    ) {
      throw new Error("paragraph blocks expected");
    }
    expect(h1.runs.map((r) => r.font)).toEqual(["heiti"]);
    expect(h2.runs.map((r) => [r.text, r.font])).toEqual([
      ["（一）加大帮扶。", "kaiti"],
      ["制定意见。", "fangsong"],
    ]);
    expect(h3.runs[0]).toEqual({ text: "1.走访企业。", font: "fangsong", bold: true });
    expect(runs.runs.find((r) => r.figureId === "f1")?.text).toBe("633个");
  });

  it("defaults title, salutation, sign-off unit and formats the date", () => {
    const layout = buildLayout(smallDraft(), SETTINGS, { sealed: false, isDraft: true });
    const title = layout.blocks.find((b) => b.kind === "title");
    const sal = layout.blocks.find((b) => b.kind === "salutation");
    const sign = layout.blocks.find((b) => b.kind === "signOff");
    expect(title?.kind === "title" && title.lines.join("")).toBe(
      "惠济区科技和工业信息化局关于政协郑州市惠济区第十一届委员会第二次会议第45号提案的答复",
    );
    expect(sal?.kind === "salutation" && sal.text).toBe("何昕委员：");
    expect(sign).toMatchObject({
      kind: "signOff",
      unit: "惠济区科技和工业信息化局",
      dateText: "2024年5月28日",
      sealed: false,
    });
    expect(layout.meta).toMatchObject({ proposalNumber: 45, category: "B", channel: "提案", isDraft: true });
  });

  it("gives a 会办 opinion no category mark and addresses the lead unit", () => {
    const d = smallDraft();
    const co = { ...d, record: { ...d.record, handling: "会办" as const, leadUnit: "惠济区发展和改革委员会" } };
    const layout = buildLayout(co, SETTINGS, { sealed: false, isDraft: true });
    expect(layout.blocks.some((b) => b.kind === "categoryMark")).toBe(false);
    expect(layout.blocks.find((b) => b.kind === "salutation")).toMatchObject({ text: "惠济区发展和改革委员会：" });
    expect(layout.meta.category).toBeNull();
  });

  it("uses a hand-written title and salutation when set", () => {
    const d = smallDraft();
    const custom = {
      ...d,
      letter: { ...d.letter, title: "关于{{var:届次}}第{{var:编号}}号提案的复函", salutation: "尊敬的何昕委员：" },
    };
    const blocks = buildLayout(custom, SETTINGS, { sealed: false, isDraft: true }).blocks;
    expect(blocks.find((b) => b.kind === "title")).toMatchObject({
      lines: ["关于政协郑州市惠济区第十一届委员会", "第二次会议第45号提案的复函"],
    });
    expect(blocks.find((b) => b.kind === "salutation")).toMatchObject({ text: "尊敬的何昕委员：" });
  });
});

describe("page geometry and notes", () => {
  it("follows GB/T 9704: 22 lines of about 29 pt, 28 characters just under 16 pt", () => {
    expect(GB_PAGE.linePitchPt).toBeCloseTo(28.99, 2);
    expect(GB_PAGE.charPitchPt).toBeCloseTo(15.79, 2);
    expect(GB_PAGE.charPitchPt).toBeLessThan(GB_PAGE.bodyPt);
    expect(ptToMm(mmToPt(37))).toBeCloseTo(37, 10);
    expect(mmToPt(25.4)).toBeCloseTo(72, 10);
  });

  it("writes the contact note with full-width punctuation", () => {
    expect(contactNote("李华", "0371-63000000")).toBe("联系人：李华，联系电话：0371-63000000");
    expect(contactNote("", "123")).toBe("联系电话：123");
    expect(contactNote(" ", "")).toBe("");
  });
});
