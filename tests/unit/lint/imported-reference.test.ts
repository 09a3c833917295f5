// Issue 14 items 7 and 8: imported letters keep their own title and 署名 (R09 offers no re-signing), and the
// linter catches “2026.3.5” dates, doubled “。。” and a paragraph without its final 句号.
import { describe, expect, it } from "vitest";
import { parseLetterText } from "../../../shared/import/parse-letter";
import { buildLayout } from "../../../shared/letter/build-layout";
import { isReferenceDraft, type Draft } from "../../../shared/model/draft";
import { migrateDraft } from "../../../shared/model/migrations";
import { cleanDraft, findingsOf, SETTINGS, withLetter } from "./helpers";

const LETTER = `关于《关于建设产业园区的建议》的答复
李某代表：
您提出的《关于建设产业园区的建议》收悉，现答复如下：
我局已将园区规划列入明年计划。
感谢您对我们工作的关心和支持。
某市发展和改革委员会
2024年3月1日`;

function imported(): Draft {
  const r = parseLetterText(LETTER, { now: "2024-06-01T00:00:00.000Z" });
  if (r.draft === null) throw new Error(r.reason ?? "refused");
  return r.draft;
}

describe("an imported letter is a reference copy (issue 14, item 7)", () => {
  it("is marked as imported and not taken over", () => {
    const d = imported();
    expect(d.origin).toEqual({ kind: "imported", importedAt: "2024-06-01T00:00:00.000Z", takenOverAt: null });
    expect(isReferenceDraft(d)).toBe(true);
  });
  it("keeps its own title and 署名 in the layout", () => {
    const d = imported();
    const layout = buildLayout(d, SETTINGS, { sealed: false, isDraft: true });
    const title = layout.blocks.find((b) => b.kind === "title");
    expect(title && "lines" in title ? title.lines.join("") : "").toBe("关于《关于建设产业园区的建议》的答复");
    expect(d.letter.signOff.unit).toBe("某市发展和改革委员会");
    expect(d.letter.salutation).toBe("李某代表：");
  });
  it("titles a letter without a title after its own 署名, not the current bureau", () => {
    const d = withLetter(imported(), { title: null });
    const layout = buildLayout(d, SETTINGS, { sealed: false, isDraft: true });
    const title = layout.blocks.find((b) => b.kind === "title");
    const text = title && "lines" in title ? title.lines.join("") : "";
    expect(text.startsWith("某市发展和改革委员会")).toBe(true);
    expect(text).not.toContain(SETTINGS.bureau.fullName);
  });
  it("R09 does not offer to re-sign a reference letter, but does once it is taken over", () => {
    const d = imported();
    expect(findingsOf("R09", d)).toEqual([]);
    const taken: Draft = {
      ...d,
      origin: { kind: "imported", importedAt: d.origin?.importedAt ?? "", takenOverAt: "2024-06-02T00:00:00.000Z" },
    };
    const r09 = findingsOf("R09", taken);
    expect(r09.some((f) => f.fix?.label === `改为“${SETTINGS.bureau.fullName}”`)).toBe(true);
  });
  it("a draft written before origin existed loads unchanged and is not a reference", () => {
    const { origin: _origin, ...old } = cleanDraft();
    const loaded = migrateDraft(JSON.parse(JSON.stringify(old)));
    expect(loaded.origin).toBeUndefined();
    expect(isReferenceDraft(loaded)).toBe(false);
  });
});

describe("lint misses of issue 14 item 8", () => {
  it("flags a dotted date in the text with a fix (R16)", () => {
    const d = withLetter(cleanDraft(), { background: ["该项目已于2026.3.5开工建设。"] });
    const f = findingsOf("R16", d).find((x) => x.message.includes("2026.3.5"));
    expect(f?.fix?.edits[0]?.replacement).toBe("2026年3月5日");
  });
  it("flags a doubled 句号 and a paragraph without its final 句号 (R12)", () => {
    const d = withLetter(cleanDraft(), { background: ["该项目已开工建设。。", "下一步我们将加快推进项目建设"] });
    const r12 = findingsOf("R12", d);
    expect(r12.some((f) => f.message.includes("重复") && f.fix?.edits[0]?.replacement === "。")).toBe(true);
    expect(r12.some((f) => f.message.includes("段末缺少句号"))).toBe(true);
  });
  it("accepts the clean letter (no false alarm)", () => {
    expect(findingsOf("R12", cleanDraft())).toEqual([]);
    expect(findingsOf("R16", cleanDraft())).toEqual([]);
  });
});
