// Asking main to export one draft as Word and turning the answer into something to tell the user.
import { api, ApiError, errorMessage, type ApiErrorCode } from "../../api";
import { completeDelivery } from "./deliver";

/** 草稿 (no seal, marked 草稿 in the header) or 正式 (only for 已签发/已答复; sealed when a seal is set). */
export type ExportMode = "draft" | "formal";

/** What happened to an export, ready to show: a delivered file, a cancelled save dialog, or a Chinese error. */
export type ExportResult =
  | {
      readonly kind: "delivered";
      /** Name of the file as delivered (the user may have renamed it in the save dialog). */
      readonly fileName: string;
      /** One Chinese sentence: what was exported and where it went. */
      readonly message: string;
      /** Extra advice from main (e.g. no seal picture configured), or null. */
      readonly note: string | null;
      readonly sealed: boolean;
      readonly isDraft: boolean;
      readonly sha256: string;
    }
  | { readonly kind: "cancelled"; readonly message: string }
  | { readonly kind: "error"; readonly code: ApiErrorCode | null; readonly message: string };

/** Exports draft `id` as .docx in `mode`; never throws (failures come back as kind "error"). */
export async function exportDocx(id: string, mode: ExportMode): Promise<ExportResult> {
  try {
    const out = await api.exportDocx({ id, formal: mode === "formal" });
    const done = completeDelivery(out.delivery);
    if (!done) return { kind: "cancelled", message: "已取消导出，未保存任何文件。" };
    const what = out.isDraft ? "草稿版（未盖章，页眉标“草稿”）" : out.sealed ? "正式版（已盖章）" : "正式版（未盖章）";
    return {
      kind: "delivered",
      fileName: done.fileName,
      message: `已导出${what}：${done.where}`,
      note: out.note,
      sealed: out.sealed,
      isDraft: out.isDraft,
      sha256: out.sha256,
    };
  } catch (err) {
    return {
      kind: "error",
      code: err instanceof ApiError ? err.code : null,
      message: `导出失败：${errorMessage(err)}`,
    };
  }
}
