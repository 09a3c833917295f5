// Audit entries in words: the action name and a one-line summary of its details.
import { acknowledgementOf, ACKNOWLEDGE_ACTION } from "../../../../shared/lint/acknowledgement";
import type { AuditEntry } from "../../../../shared/workflow/schemas";

const ACTION_LABEL: Readonly<Record<string, string>> = {
  create: "新建",
  submit: "提交审核",
  return: "退回修改",
  approve: "审核通过",
  edit: "修改（退回草稿）",
  allocateNumber: "分配发文字号",
  cancelNumber: "作废发文字号",
  sign: "签发",
  export: "正式导出",
  markReplied: "标记已答复",
  comment: "添加批注",
  resolveComment: "批注已解决",
  exchangeExport: "导出交换文件",
  exchangeImport: "导入交换文件",
  [ACKNOWLEDGE_ACTION]: "确认忽略警告",
};

/** The Chinese name of an audit action (unknown actions are shown as recorded). */
export function actionLabel(action: string): string {
  return ACTION_LABEL[action] ?? action;
}

/** First 12 hex digits of a hash, enough to compare by eye. */
export function shortHash(hash: unknown): string {
  return typeof hash === "string" ? hash.slice(0, 12) : "";
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The reasons and explanation of a 退回修改 entry: 原因：数据无出处、措辞不当；说明：… */
export function returnText(entry: AuditEntry): string {
  const d = entry.details;
  const reasons = Array.isArray(d["reasons"]) ? d["reasons"].filter((r) => typeof r === "string") : [];
  const why = text(d["text"]);
  return `原因：${reasons.join("、")}${why ? `；说明：${why}` : ""}`;
}

/** One line about what an entry recorded (reasons, number, dates, file hash…); `place` names comment anchors. */
export function auditSummary(entry: AuditEntry, place: (anchor: string) => string = (a) => a): string {
  const d = entry.details;
  const parts: string[] = [];
  const from = text(d["from"]);
  const to = text(d["to"]);
  switch (entry.action) {
    case "return":
      parts.push(returnText(entry));
      break;
    case "submit":
    case "approve":
      parts.push(`校验值 ${shortHash(d["hash"])}`);
      break;
    case "allocateNumber":
      parts.push(text(d["number"]));
      break;
    case "cancelNumber":
      parts.push(`${text(d["number"])}${text(d["reason"]) ? `（${text(d["reason"])}）` : ""}`);
      break;
    case "sign":
      parts.push(`${text(d["docNumber"])}，签发人 ${text(d["signer"])}，签发日期 ${text(d["signDate"])}`);
      if (text(d["letterDate"]))
        parts.push(`成文日期定为 ${text(d["letterDate"])}（原为 ${text(d["priorLetterDate"]) || "空"}）`);
      break;
    case "export":
      parts.push(`${text(d["path"])}，SHA-256 ${shortHash(d["sha256"])}`);
      break;
    case "markReplied":
      parts.push(`答复日期 ${text(d["replyDate"])}`);
      break;
    case "comment":
      parts.push(`位置：${place(text(d["anchor"]))}`);
      break;
    case "exchangeImport": {
      const who = d["from"];
      const name = who && typeof who === "object" && "name" in who ? text(who.name) : "";
      parts.push(`来自 ${name || "（未署名）"}`);
      break;
    }
  }
  const ack = acknowledgementOf(entry);
  if (ack) parts.push(`${ack.rule} ${ack.message}；理由：${ack.reason}`);
  if (from && to && from !== to) parts.push(`「${from}」→「${to}」`);
  if (entry.importedFrom) parts.push("（从交换文件并入）");
  return parts.filter(Boolean).join("；");
}
