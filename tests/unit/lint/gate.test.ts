// The refusals of the two lint gates keep their own wording: 提交审核 points to 格式审查, 正式导出 offers a draft copy.
import { describe, expect, it } from "vitest";
import { AppError } from "../../../shared/api/errors";
import { assertGateClean, gateMessage } from "../../../shared/lint/gate";
import type { Finding } from "../../../shared/lint/types";
import { sampleDraft, sampleSettings } from "../export/helpers";

const finding = (rule: Finding["rule"], message: string): Finding => ({
  rule,
  severity: "error",
  message,
  location: null,
});

describe("lint gate messages", () => {
  const two = [finding("R10", "缺少答复类别"), finding("R11", "缺少办理结果")];

  it("names 提交审核 and sends the person to 格式审查", () => {
    expect(gateMessage("submit", two)).toBe(
      "格式审查发现 2 处错误，不能提交审核：\n1. R10 缺少答复类别\n2. R11 缺少办理结果\n请在“格式审查”中逐条改正后再提交。",
    );
  });

  it("names 正式导出 and offers a draft copy instead", () => {
    expect(gateMessage("export", two)).toBe(
      "文稿检查发现 2 处错误，不能正式导出：\n1. R10 缺少答复类别\n2. R11 缺少办理结果\n请改正后再正式导出，或先导出草稿。",
    );
  });

  it("counts what it leaves off after eight", () => {
    const many = Array.from({ length: 9 }, (_, i) => finding("R10", `问题${i + 1}`));
    const text = gateMessage("submit", many);
    expect(text).toContain("8. R10 问题8\n……另有 1 项。\n请在");
    expect(text).not.toContain("问题9");
  });
});

describe("assertGateClean", () => {
  it("lets the sample letter through and refuses it, as INVALID_STATE, once its signer is gone", () => {
    expect(() => assertGateClean("export", sampleDraft(), sampleSettings(), "2025-01-10")).not.toThrow();
    const base = sampleDraft();
    const draft = { ...base, record: { ...base.record, signer: null } };
    let thrown: unknown = null;
    try {
      assertGateClean("export", draft, sampleSettings(), "2025-01-10");
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe("INVALID_STATE");
    expect((thrown as AppError).message).toContain("R26");
  });
});
