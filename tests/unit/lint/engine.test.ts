// The engine: registry, ordering, summaries, blocking, applyFix and offsets through {{var}}/{{fig}} tokens.
import { describe, expect, it } from "vitest";
import { applyFix, blocking, RULES, summarise, type Finding } from "../../../shared/lint";
import { cleanDraft, lint, withFirstRun, withLetter, withRecord } from "./helpers";

describe("registry", () => {
  it("has R01–R28 once each, with Chinese descriptions", () => {
    expect(RULES.map((r) => r.id)).toEqual(Array.from({ length: 28 }, (_, i) => `R${String(i + 1).padStart(2, "0")}`));
    for (const r of RULES) expect(r.describe).toMatch(/\p{Script=Han}/u);
  });
});

describe("lintDraft", () => {
  it("sorts findings in document order: record header, title, salutation, body, sign-off", () => {
    const d = withRecord(
      withLetter(cleanDraft(), {
        salutation: "何昕委员:",
        signOff: { ...cleanDraft().letter.signOff, contactName: "" },
      }),
      { docNumber: "惠科工函【2024】12号" },
    );
    const paths = lint(withFirstRun(d, "建立机制,形成合力。")).map((f) => f.location?.path);
    expect(paths).toEqual(["record.docNumber", "salutation", "sections.0.measures.0.text", "signOff.contactName"]);
  });
  it("reports stored-text offsets when the text holds tokens", () => {
    const d = withFirstRun(cleanDraft(), "向{{var:称谓}}汇报,完成。");
    const [f] = lint(d).filter((x) => x.rule === "R12");
    // resolved "向委员汇报,完成。": the comma is at 5; stored text has the 10-char token instead of 委员.
    expect(f?.location).toEqual({ path: "sections.0.measures.0.text", start: 13, end: 14 });
    expect(applyFix(d, f!.fix!).letter.sections[0]?.measures[0]?.text).toBe("向{{var:称谓}}汇报，完成。");
  });
});

describe("summarise and blocking", () => {
  const f = (severity: Finding["severity"]): Finding => ({ rule: "R01", severity, message: "x", location: null });
  it("counts by severity and blocks only on errors", () => {
    const list = [f("error"), f("warning"), f("hint"), f("error")];
    expect(summarise(list)).toEqual({ errors: 2, warnings: 1, hints: 1 });
    expect(blocking(list)).toHaveLength(2);
    expect(blocking([f("warning"), f("hint")])).toEqual([]);
  });
});

describe("applyFix", () => {
  it("applies several edits on one path right to left and leaves the input untouched", () => {
    const d = withFirstRun(cleanDraft(), "甲,乙,丙。");
    const before = JSON.stringify(d);
    const next = applyFix(d, {
      label: "x",
      edits: [
        { path: "sections.0.measures.0.text", start: 1, end: 2, replacement: "，" },
        { path: "sections.0.measures.0.text", start: 3, end: 4, replacement: "，" },
      ],
    });
    expect(next.letter.sections[0]?.measures[0]?.text).toBe("甲，乙，丙。");
    expect(JSON.stringify(d)).toBe(before);
  });
  it("edits record fields and refuses paths that do not exist", () => {
    const d = withRecord(cleanDraft(), { docNumber: "惠科工函【2024】12号" });
    const next = applyFix(d, {
      label: "x",
      edits: [{ path: "record.docNumber", start: 0, end: 13, replacement: "惠科工函〔2024〕12号" }],
    });
    expect(next.record.docNumber).toBe("惠科工函〔2024〕12号");
    expect(() =>
      applyFix(d, { label: "x", edits: [{ path: "sections.9.heading", start: 0, end: 0, replacement: "" }] }),
    ).toThrow();
  });
  it("every quick fix on a defective letter removes its own finding", () => {
    const d = withRecord(
      withLetter(cleanDraft(), {
        salutation: "何昕代表",
        background: ['推行"一站式"服务,于2024年05月08日完成,投入资金近7000万。', "一是建立机制二是完善制度。"],
      }),
      { docNumber: "惠科工函【2024】012号" },
    );
    const fixable = lint(d).filter((f) => f.fix);
    expect(fixable.length).toBeGreaterThan(5);
    for (const f of fixable) {
      const after = lint(applyFix(d, f.fix!));
      const same = after.filter(
        (g) => g.rule === f.rule && g.message === f.message && g.location?.path === f.location?.path,
      );
      expect(same.length, `${f.rule} ${f.message}`).toBeLessThan(
        lint(d).filter((g) => g.rule === f.rule && g.message === f.message && g.location?.path === f.location?.path)
          .length,
      );
    }
  });
});

describe("tokens", () => {
  it("offers no fix whose range falls inside a resolved variable", () => {
    const d = withRecord(withFirstRun(cleanDraft(), "办理《{{var:标题}}》。"), { proposalTitle: "关于甲,乙的提案" });
    const r12 = lint(d).filter((x) => x.rule === "R12");
    expect(r12).toHaveLength(1);
    expect(r12[0]?.fix).toBeUndefined();
    expect(r12[0]?.location).toEqual({ path: "sections.0.measures.0.text", start: 3, end: 13 });
  });
});
