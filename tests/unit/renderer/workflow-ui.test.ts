// The pure parts of the workflow UI: which steps a role may take, the review view's blocks and diff
// matching, audit lines in words, and how an exchange import is described.
import { describe, expect, it } from "vitest";
import { describeImport, type ImportAnswer } from "../../../renderer/src/features/exchange/import-outcome";
import { auditSummary, returnText } from "../../../renderer/src/features/workflow/audit-labels";
import { reviewLetter } from "../../../renderer/src/features/workflow/review-blocks";
import {
  ROLE_STEPS,
  pageState,
  stepRefusal,
  waitingText,
  type StepId,
} from "../../../renderer/src/features/workflow/steps";
import type { Actor } from "../../../shared/workflow/status-machine";
import { DraftStatus } from "../../../shared/model/draft";
import { DEFAULT_SETTINGS, UserRole } from "../../../shared/model/settings";
import { diffLetters } from "../../../shared/workflow/diff";
import type { AuditEntry } from "../../../shared/workflow/schemas";
import { sampleDraft } from "../workflow/helpers";

describe("stepRefusal", () => {
  // Where each step is open: its role and the statuses it starts from.
  const OPEN: Partial<Record<StepId, { role: UserRole; from: DraftStatus[] }>> = {
    submit: { role: "拟稿人", from: ["草稿", "退回修改"] },
    approve: { role: "审核人", from: ["待审核"] },
    return: { role: "审核人", from: ["待审核"] },
    allocate: { role: "文书", from: ["已审核"] },
    sign: { role: "签发人", from: ["已审核"] },
    markReplied: { role: "文书", from: ["已签发"] },
  };
  const person = (role: UserRole): Actor => ({ name: "某人", role, roles: [role], personId: "p00000000000000aa" });

  it("opens each step only to its role and from its statuses, and explains every refusal", () => {
    for (const [step, rule] of Object.entries(OPEN) as [StepId, { role: UserRole; from: DraftStatus[] }][]) {
      for (const role of UserRole.options) {
        for (const status of DraftStatus.options) {
          const refusal = stepRefusal(step, pageState(status), person(role));
          const open = role === rule.role && rule.from.includes(status);
          expect(refusal === null, `${step} ${role} ${status}`).toBe(open);
          if (!open) expect(refusal).toMatch(role !== rule.role ? /只有.+可以/ : /文稿当前为「/);
        }
      }
    }
  });

  it("refuses every step to nobody signed in", () => {
    for (const step of Object.keys(OPEN) as StepId[])
      expect(stepRefusal(step, pageState("待审核"), null)).toContain("登录");
  });

  it("allows the formal export only for letters with a verified 签发 of this text", () => {
    const signed = pageState("已签发", { signedHash: "a".repeat(64), contentHash: "a".repeat(64) });
    expect(stepRefusal("formalExport", signed, person("文书"))).toBeNull();
    expect(stepRefusal("formalExport", pageState("已签发"), person("文书"))).toContain("签发");
    expect(stepRefusal("formalExport", signed, person("拟稿人"))).toContain("只有文书");
  });

  it("lists the clerk's and the 签发人's steps and says whose turn it is", () => {
    expect(ROLE_STEPS.文书).toEqual(["allocate", "formalExport", "markReplied"]);
    expect(ROLE_STEPS.签发人).toEqual(["sign"]);
    expect(waitingText("待审核", ["审核人"])).toBe("等待审核人审核（待我处理）。");
    expect(waitingText("待审核", ["拟稿人"])).toBe("等待审核人审核。");
    expect(waitingText("已答复", ["文书"])).toBe("流程已完成。");
  });
});

describe("reviewLetter", () => {
  const settings = { ...DEFAULT_SETTINGS, bureau: { ...DEFAULT_SETTINGS.bureau, fullName: "区科技局" } };

  it("labels blocks in words and attaches each change to its block", () => {
    const before = sampleDraft("d1");
    const s1 = before.letter.sections[0];
    if (!s1) throw new Error("sample has a first section");
    const after = {
      ...before,
      letter: {
        ...before.letter,
        sections: [{ ...s1, paragraphs: ["区科技局高度重视科技创新平台的建设。"] }, ...before.letter.sections.slice(1)],
      },
    };
    const view = reviewLetter(after, settings, diffLetters(before.letter, after.letter));
    const changed = view.blocks.filter((b) => b.changes !== null);
    expect(changed.map((b) => [b.path, b.label])).toEqual([["sections.0.paragraphs.0", "第一部分第1段"]]);
    expect(changed[0]?.changes?.filter((c) => c.added).map((c) => c.value)).toEqual(["的"]);
    expect(view.blocks.find((b) => b.path === "sections.0.measures.0")?.label).toBe("第一部分（一）");
    expect(view.removed).toEqual([]);
  });

  it("lists a deleted block separately, not on the block that moved into its place", () => {
    const before = sampleDraft("d1");
    const after = { ...before, letter: { ...before.letter, closing: [] } };
    const view = reviewLetter(after, settings, diffLetters(before.letter, after.letter));
    expect(view.blocks.some((b) => b.changes !== null)).toBe(false);
    expect(view.removed).toHaveLength(1);
    expect(view.removed[0]?.changes).toEqual([{ value: "感谢您对科技工作的关心和支持。", removed: true }]);
  });

  it("fills figures and variables, and the generated title when none is typed", () => {
    const d = sampleDraft("d1");
    const withFigure = {
      ...d,
      figures: [
        { id: "f1", label: "平台", value: "12", unit: "个", prefix: "", suffix: "", asOf: null, source: "统计" },
      ],
      letter: { ...d.letter, title: null, opening: "共建成{{fig:f1}}平台。" },
    };
    const view = reviewLetter(withFigure, settings, []);
    expect(view.blocks.find((b) => b.path === "opening")?.text).toBe("共建成12个平台。");
    expect(view.blocks.find((b) => b.path === "title")?.text).toContain("区科技局");
  });
});

describe("audit lines", () => {
  const entry = (action: string, details: Record<string, unknown>): AuditEntry => ({
    seq: 1,
    time: "2026-04-18T02:00:00.000Z",
    actor: { name: "王强", role: "审核人" },
    action,
    version: 1,
    details,
    importedFrom: null,
    prevHash: "",
    hash: "a".repeat(64),
  });

  it("spells out return reasons, anchors and transitions", () => {
    const ret = entry("return", { reasons: ["数据无出处", "其他"], text: "请补充", from: "待审核", to: "退回修改" });
    expect(returnText(ret)).toBe("原因：数据无出处、其他；说明：请补充");
    expect(auditSummary(ret)).toBe("原因：数据无出处、其他；说明：请补充；「待审核」→「退回修改」");
    expect(auditSummary(entry("comment", { anchor: "closing.0" }), () => "结尾第1段")).toBe("位置：结尾第1段");
    const ack = entry("acknowledgeFinding", { rule: "R21", message: "数据较旧", reason: "已核实" });
    expect(auditSummary(ack)).toBe("R21 数据较旧；理由：已核实");
  });
});

describe("describeImport", () => {
  const answer = (over: Partial<ImportAnswer>): ImportAnswer => ({
    outcome: "merged",
    message: "已合并。",
    draftId: "d1",
    taken: "local",
    status: "草稿",
    conflict: null,
    added: { versions: 0, comments: 0, auditEntries: 0 },
    ...over,
  });

  it("tells unchanged, created, merged and conflicting imports apart", () => {
    expect(describeImport({ kind: "done", fileName: "a", answer: answer({ outcome: "unchanged" }) }).headline).toBe(
      "文件与本机一致，未做改动",
    );
    expect(describeImport({ kind: "done", fileName: "a", answer: answer({ outcome: "created" }) }).tone).toBe("ok");
    const conflict = describeImport({
      kind: "done",
      fileName: "a",
      answer: answer({ conflict: { version: 3, hash: "b".repeat(64), from: "李华" } }),
    });
    expect(conflict.tone).toBe("warning");
    expect(conflict.lines.join("")).toContain("李华 的正文已另存为第 3 版");
  });

  it("says once that a refused file changed nothing", () => {
    const fromMain = describeImport({
      kind: "refused",
      fileName: "x",
      message: "完整性校验失败。本机数据未做任何改动。",
    });
    expect(fromMain.lines).toEqual(["完整性校验失败。本机数据未做任何改动。"]);
    const inPage = describeImport({ kind: "refused", fileName: "x", message: "文件太大。" });
    expect(inPage.tone).toBe("error");
    expect(inPage.lines).toEqual(["文件太大。", "本机数据未做任何改动。"]);
  });
});
