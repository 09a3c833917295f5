// Finding locations named the way the editor labels its fields (the panel and the CLI both show them).
import { describe, expect, it } from "vitest";
import { locationLabel, pathLabel } from "../../../shared/lint/location-label";
import { cleanDraft, sub, withRecord } from "./helpers";

describe("location labels", () => {
  const d = cleanDraft();
  it("names letter fields like the editor", () => {
    expect(pathLabel(d, "opening")).toBe("开头");
    expect(pathLabel(d, "background.0")).toBe("背景第1段");
    expect(pathLabel(d, "sections.0.heading")).toBe("第一部分标题");
    expect(pathLabel(d, "sections.2.paragraphs.0")).toBe("第三部分引言第1段");
    expect(pathLabel(d, "sections.0.measures.2.text")).toBe("第一部分三是正文");
    expect(pathLabel(d, "sections.1.measures.1.heading")).toBe("第二部分（二）小标题");
    expect(pathLabel(d, "closing.1")).toBe("结尾第2段");
    expect(pathLabel(d, "signOff.cc.0")).toBe("落款·抄送1");
    expect(pathLabel(d, "signOff.date")).toBe("落款·成文日期");
  });
  it("names nested measures with their full number", () => {
    const nested = {
      ...d,
      letter: {
        ...d.letter,
        sections: [{ ...d.letter.sections[1]!, measures: [sub("甲", "正文", [sub("乙", "下级")])] }],
      },
    };
    expect(pathLabel(nested, "sections.0.measures.0.children.0.text")).toBe("第一部分（一）1.正文");
  });
  it("does not invent a paragraph for a missing list, and names record fields by channel", () => {
    expect(pathLabel(d, "closing")).toBe("结尾");
    expect(pathLabel(d, "record.category")).toBe("基本信息·答复类别");
    expect(pathLabel(d, "record.proposers")).toBe("基本信息·提案人");
    expect(pathLabel(withRecord(d, { channel: "建议" }), "record.proposers")).toBe("基本信息·代表");
    expect(locationLabel(d, null)).toBe("全文");
  });
});
