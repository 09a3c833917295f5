// What an import of a .replydesk file did, in words for the result panel.
import type { MethodOutput } from "../../../../shared/api/contract";

/** The server's answer to importExchange. */
export type ImportAnswer = MethodOutput<"importExchange">;

/** An import as the UI remembers it: done (with the server's answer) or refused (with the reason). */
export type ImportOutcome =
  | { readonly kind: "done"; readonly fileName: string; readonly answer: ImportAnswer }
  | { readonly kind: "refused"; readonly fileName: string; readonly message: string };

/** How the result panel shows an outcome: a headline, its tone and explaining lines. */
export interface ImportDescription {
  readonly tone: "ok" | "info" | "warning" | "error";
  readonly headline: string;
  readonly lines: readonly string[];
}

/** Turns an outcome into the result panel's words. */
export function describeImport(outcome: ImportOutcome): ImportDescription {
  if (outcome.kind === "refused") {
    return {
      tone: "error",
      headline: `未导入「${outcome.fileName}」`,
      // Main's refusals already say that nothing changed; a failure before main was reached did not either.
      lines: outcome.message.includes("未做任何改动") ? [outcome.message] : [outcome.message, "本机数据未做任何改动。"],
    };
  }
  const a = outcome.answer;
  const status = `文稿现为「${a.status}」。`;
  switch (a.outcome) {
    case "unchanged":
      return { tone: "info", headline: "文件与本机一致，未做改动", lines: [a.message] };
    case "created":
      return {
        tone: "ok",
        headline: "已导入新文稿",
        lines: [
          a.message,
          `含 ${a.added.versions} 个版本、${a.added.comments} 条批注、${a.added.auditEntries} 条审计记录。`,
          status,
        ],
      };
    case "merged":
      if (a.conflict) {
        return {
          tone: "warning",
          headline: "已合并，但双方都修改了正文",
          lines: [
            a.message,
            `本机正文保持不变；${a.conflict.from} 的正文已另存为第 ${a.conflict.version} 版，两边都没有丢失。请打开文稿，在“审阅与批注”中选择第 ${a.conflict.version} 版对照后合并。`,
            status,
          ],
        };
      }
      return { tone: "ok", headline: "已合并交换文件", lines: [a.message, status] };
  }
}
