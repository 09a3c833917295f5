// The export UI's pure parts: the 正式导出 gate, file names from saved paths, batch summaries, seal file checks.
import { describe, expect, it } from "vitest";
import type { BatchExportStatus } from "../../../shared/api/export";
import { SEAL_MAX_BYTES } from "../../../shared/api/export";
import { baseName } from "../../../renderer/src/features/export/paths";
import { deliveryText } from "../../../renderer/src/features/export/batch-text";
import { formalGate } from "../../../renderer/src/features/export/formal-gate";
import { sealFileProblem } from "../../../renderer/src/features/export/seal-check";
import { pageState, stepRefusal } from "../../../renderer/src/features/workflow/steps";
import type { DraftStatus } from "../../../shared/model/draft";
import type { Actor } from "../../../shared/workflow/status-machine";
import { sampleDraft, sampleSettings } from "../export/helpers";

describe("formalGate", () => {
  const clerk: Actor = { name: "陈静", role: "文书", roles: ["文书"], personId: "p00000000000000c1" };
  const H = "c".repeat(64);
  const refusalFor = (status: DraftStatus, signedHash: string | null): string | null =>
    stepRefusal("formalExport", pageState(status, { signedHash, contentHash: H }), clerk);

  it("blocks until the draft carries a verified 签发, with the rulebook's reason", () => {
    const gate = formalGate(sampleDraft(), sampleSettings(), refusalFor("草稿", null));
    expect(gate.allowed).toBe(false);
    expect(gate.statusReason).toContain("文稿当前为「草稿」");
    expect(gate.blockers).toEqual([]);
    expect(refusalFor("已签发", null)).toContain("签发");
  });

  it("allows a clean signed draft and blocks one with lint errors, listing them", () => {
    const signed = { ...sampleDraft(), status: "已签发" as const };
    const open = refusalFor("已签发", H);
    expect(formalGate(signed, sampleSettings(), open)).toMatchObject({
      allowed: true,
      statusReason: null,
      blockers: [],
    });
    const broken = { ...signed, record: { ...signed.record, category: null } };
    const gate = formalGate(broken, sampleSettings(), open);
    expect(gate.allowed).toBe(false);
    expect(gate.statusReason).toBeNull();
    expect(gate.blockers.map((f) => f.rule)).toContain("R10");
  });
});

describe("baseName", () => {
  it("takes the file name from POSIX and Windows paths", () => {
    expect(baseName("/home/clerk/文档/关于第1号提案的答复.docx")).toBe("关于第1号提案的答复.docx");
    expect(baseName("C:\\Users\\clerk\\Documents\\答复.docx")).toBe("答复.docx");
  });
});

describe("deliveryText", () => {
  const job = (over: Partial<BatchExportStatus>): BatchExportStatus => ({
    jobId: "job1",
    total: 3,
    done: 3,
    failed: [{ id: "x", title: "坏", message: "损坏" }],
    finished: true,
    cancelled: false,
    delivery: null,
    ...over,
  });
  it("says where the files went, counting only the letters made", () => {
    expect(deliveryText(job({ delivery: { kind: "download", url: "/download/1", fileName: "a.zip" } }))).toContain(
      "已开始下载 a.zip（zip 压缩包，内含 2 份 Word 文件）",
    );
    expect(deliveryText(job({ delivery: { kind: "saved", path: "/tmp/out" } }))).toBe(
      "已把 2 份 Word 文件保存到文件夹 /tmp/out。",
    );
    expect(deliveryText(job({ delivery: { kind: "cancelled" } }))).toContain("未选择保存位置");
    expect(deliveryText(job({ cancelled: true }))).toContain("已取消批量导出");
    expect(deliveryText(job({}))).toContain("没有文稿导出成功");
  });
});

describe("sealFileProblem", () => {
  it("refuses empty, oversized and non-PNG files before uploading", () => {
    expect(sealFileProblem(new File([], "印章.png", { type: "image/png" }))).toContain("是空的");
    expect(sealFileProblem(new File([new Uint8Array(SEAL_MAX_BYTES + 1)], "印章.png"))).toContain("太大");
    expect(sealFileProblem(new File(["x"], "印章.jpg", { type: "image/jpeg" }))).toContain("不是 PNG 图片");
    expect(sealFileProblem(new File(["x"], "印章.png", { type: "image/png" }))).toBeNull();
  });
});
