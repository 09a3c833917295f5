// The seed letters (DOMAIN.md §5) through the importer and the linter: the real defects, and nothing absurd.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseLetterText } from "../../../shared/import/parse-letter";
import type { Finding, RuleId } from "../../../shared/lint";
import { lintImport } from "../../../shared/lint/imported";
import { DEFAULT_SETTINGS } from "../../../shared/model/settings";

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/letters");

function lintSeed(prefix: string): Finding[] {
  const file = [
    "000_0cda9b59e5c00b81",
    "001_c108f0c56bb48804",
    "002_9b028128a3bdbd9e",
    "003_88f36dbf9b23b2d0",
    "004_e4c908b9ddb99f14",
  ].find((n) => n.startsWith(prefix));
  const text = readFileSync(path.join(DIR, `${file}.txt`), "utf8");
  return lintImport(parseLetterText(text, { now: "2024-07-10T00:00:00Z" }), DEFAULT_SETTINGS, "2024-07-10");
}

const rules = (fs: readonly Finding[], severity?: Finding["severity"]): RuleId[] =>
  fs.filter((f) => severity === undefined || f.severity === severity).map((f) => f.rule);

describe("seed letters", () => {
  it("004: zero-padded 第069号, 政协…政协, 张华 without role and colon, collapsed 2022720, missing 。 before 五是", () => {
    const fs = lintSeed("004");
    expect(fs.filter((f) => f.rule === "R05" && f.message.includes("第069号")).length).toBeGreaterThanOrEqual(1);
    expect(fs.some((f) => f.rule === "R18" && f.message.includes("政协"))).toBe(true);
    const r03 = fs.filter((f) => f.rule === "R03").map((f) => f.message);
    expect(r03).toEqual([expect.stringContaining("冒号"), expect.stringContaining("张华委员")]);
    expect(fs.some((f) => f.rule === "R08" && f.message.includes("2022720"))).toBe(true);
    expect(fs.some((f) => f.rule === "R15" && f.message.includes("五是"))).toBe(true);
  });
  it("002: 近7000万 without unit, no 署名 and no date", () => {
    const fs = lintSeed("002");
    expect(fs.some((f) => f.rule === "R16" && f.message.includes("7000万"))).toBe(true);
    expect(rules(fs, "error")).toEqual(expect.arrayContaining(["R09", "R08"]));
    // A proposal titled "…建议" and called 提案 is normal (DOMAIN.md §1.17).
    expect(rules(fs)).not.toContain("R01");
  });
  it("000: the 建议 title called a 提案, no 收悉, traditional script and pinyin", () => {
    const fs = lintSeed("000");
    expect(fs.some((f) => f.rule === "R01" && f.message.includes("提案"))).toBe(true);
    expect(fs.some((f) => f.rule === "R04" && f.message.includes("收悉"))).toBe(true);
    expect(fs.filter((f) => f.rule === "R28").map((f) => f.message)).toEqual([
      expect.stringContaining("拼音"),
      expect.stringContaining("繁体"),
    ]);
  });
  it("003: nothing absurd — no errors, 187% accepted, only missing 附注 and record hints", () => {
    const fs = lintSeed("003");
    expect(rules(fs, "error")).toEqual([]);
    expect(fs.some((f) => f.message.includes("187"))).toBe(false);
    expect(rules(fs, "warning")).toEqual(["R22"]);
  });
  it("001: a policy notice is refused as not a letter (R27) with nothing else", () => {
    expect(lintSeed("001").map((f) => [f.rule, f.severity])).toEqual([["R27", "error"]]);
  });
});

// Every finding of each seed, as rule · severity · location path: a new false positive (or a lost defect) fails here.
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  "000": [
    "R28 hint -", // 删除夹注拼音
    "R28 hint -", // 繁体转简体
    "R12 hint -", // ASCII punctuation restored on import
    "R24 hint -", // no title in the source: generated on export
    "R10 hint record.category",
    "R11 hint record.disclosure",
    "R04 warning opening", // no 收悉
    "R01 error opening", // “关于…的建议”的提案
    "R16 warning sections.1.paragraphs.0", // 2020-2035 with a hyphen
    "R22 warning signOff.contactName", // no 联系人/电话
    "R21 warning closing", // no thanks sentence
    "R21 hint closing", // feedback form
  ],
  "001": ["R27 error -"],
  "002": [
    "R12 hint -",
    "R15 hint -", // 一是… runs outside any 一、 section
    "R10 hint record.category",
    "R11 hint record.disclosure",
    "R16 warning background.2", // 近7000万 without 元
    "R17 warning background.4", // 《…》、《…》
    "R17 warning background.4",
    "R17 warning background.5", // “…”、“…”
    "R17 warning background.5",
    "R17 warning background.8", // “弹性年期出让”、“先租后让”
    "R21 hint closing.0",
    "R08 error signOff.date", // no date
    "R09 error signOff.unit", // no 署名
    "R22 warning signOff.contactName",
  ],
  "003": [
    "R12 hint -",
    "R24 hint -",
    "R10 hint record.category",
    "R11 hint record.disclosure",
    "R22 warning signOff.contactName",
  ],
  "004": [
    "R12 hint -",
    "R10 hint record.category",
    "R11 hint record.disclosure",
    "R18 warning record.session", // 政协…政协
    "R18 warning title",
    "R05 error title", // 第069号
    "R03 error salutation", // no colon
    "R03 error salutation", // no role word
    "R05 error opening",
    "R15 warning sections.0.measures.3.text", // …问题五是: no 。
    "R21 warning closing.0", // no thanks sentence
    "R22 warning signOff.contactName",
    "R08 error signOff.date", // 2022720
  ],
};

describe("seed letters: the complete list of findings", () => {
  for (const [seed, expected] of Object.entries(EXPECTED)) {
    it(`${seed}: exactly the expected findings`, () => {
      expect(lintSeed(seed).map((f) => `${f.rule} ${f.severity} ${f.location?.path ?? "-"}`)).toEqual(expected);
    });
  }
  it("messages name the offending text", () => {
    const s002 = lintSeed("002").filter((f) => f.rule === "R17");
    expect(s002.map((f) => f.message)).toContain(
      "并列的引号之间不加顿号：“弹性年期出让”、“先租后让”应写作“弹性年期出让”“先租后让”。",
    );
    const r01 = lintSeed("000").find((f) => f.rule === "R01");
    expect(r01?.message).toContain("《关于发展科技型中小企业的建议》");
    const r16 = lintSeed("000").find((f) => f.rule === "R16");
    expect(r16?.message).toContain("2020—2035");
  });
});
