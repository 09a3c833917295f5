// The 公开版 as plain HTML for the website: the letter's blocks as escaped paragraphs, no scripts, no styles.
import type { LetterLayout } from "../letter/layout-types";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Renders the layout of a 公开版 as a standalone HTML page (UTF-8, every text escaped). */
export function publicationHtml(layout: LetterLayout): string {
  const out: string[] = [];
  const p = (cls: string, text: string): void => {
    out.push(`<p class="${cls}">${escapeHtml(text)}</p>`);
  };
  for (const b of layout.blocks) {
    switch (b.kind) {
      case "categoryMark":
        p("category", b.text);
        break;
      case "letterhead":
        p("letterhead", b.unitName);
        break;
      case "docNumber":
        if (b.docNumber) p("doc-number", b.docNumber);
        break;
      case "title":
        out.push(`<h1>${escapeHtml(b.lines.join(""))}</h1>`);
        break;
      case "salutation":
        p("salutation", b.text);
        break;
      case "paragraph":
        p(b.role, b.runs.map((r) => r.text).join(""));
        break;
      case "attachmentNote":
        p("attachments", `附件：${b.items.join("；")}`);
        break;
      case "signOff":
        p("unit", b.unit);
        if (b.dateText) p("date", b.dateText);
        break;
      case "note":
        p("note", `（${b.text}）`);
        break;
      case "cc":
        p("cc", `抄送：${b.organs.join("，")}。`);
        break;
    }
  }
  const title = escapeHtml(layout.meta.title);
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n</head>\n<body>\n<article>\n${out.join("\n")}\n</article>\n</body>\n</html>\n`;
}
