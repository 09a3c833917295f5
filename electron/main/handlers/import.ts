// Handlers for importing letters: preview (read + clean + recognise, nothing saved) and save as a new draft.
import type { Handlers } from "../../../shared/api/contract";
import { AppError } from "../../../shared/api/errors";
import type { CollapsedDate, ImportPreview, importMethods } from "../../../shared/api/import";
import { readDate } from "../../../shared/import/dates";
import { parseLetterText } from "../../../shared/import/parse-letter";
import type { ImportResult } from "../../../shared/import/types";
import { generateTitle, titleBureauOf } from "../../../shared/letter/title";
import type { Draft } from "../../../shared/model/draft";
import { readUploadedFile } from "../services/import/read-import-bytes";
import type { HandlerContext } from "./context";

type ImportHandlers = Pick<Handlers, keyof typeof importMethods>;

const IMPORTED_ID = /^imp-[0-9a-f]{8}$/u;

/** The sign-off date when it was written with its digits run together (2022720), for the user to confirm. */
function collapsedDates(r: ImportResult): CollapsedDate[] {
  const text = r.meta.dateText;
  if (text === null) return [];
  const reading = readDate(text);
  if (reading.confidence === "exact") return [];
  return [{ field: "letter.signOff.date", text, confidence: reading.confidence, candidates: [...reading.candidates] }];
}

/** Turns a parse result into the contract's preview. */
export function toPreview(
  r: ImportResult,
  fileName: string | null,
  format: ImportPreview["format"],
  fontHeadings: number,
): ImportPreview {
  return {
    kind: r.kind,
    reason: r.reason,
    fileName,
    format,
    source: r.source,
    cleaning: r.cleaning.map((s) => ({ ...s, examples: [...s.examples] })),
    draft: r.draft,
    lowConfidence: [...r.lowConfidence],
    findings: [...r.findings],
    collapsedDates: r.kind === "reply" ? collapsedDates(r) : [],
    extras: r.extras.map((e) => ({ ...e })),
    channel: r.meta.channel,
    role: r.meta.role,
    fontHeadings,
  };
}

/** The id a saved import gets: the importer's content id (as the CLI uses), made unique; otherwise a new one. */
function freeId(ctx: HandlerContext, proposed: string): string {
  const base = IMPORTED_ID.test(proposed) ? proposed : `imp-${ctx.newId()}`;
  const taken = new Set([...ctx.store.list({}), ...ctx.store.list({ trashed: true })].map((d) => d.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The import handlers. */
export function importHandlers(ctx: HandlerContext): ImportHandlers {
  return {
    previewImport: async (input) => {
      const now = ctx.now().toISOString();
      if ("base64" in input) {
        const bytes = new Uint8Array(Buffer.from(input.base64, "base64"));
        const read = await readUploadedFile(input.fileName, bytes);
        if (read.text.trim() === "") throw new AppError("BAD_INPUT", `文件 ${input.fileName} 中没有文字。`);
        return toPreview(parseLetterText(read.text, { now }), input.fileName, read.format, read.fontHeadings);
      }
      if (input.text.trim() === "") throw new AppError("BAD_INPUT", "请先粘贴答复函的文字。");
      return toPreview(parseLetterText(input.text, { now }), null, "paste", 0);
    },
    // A new draft in 草稿 whatever the caller sent: imported letters enter the review chain at its start.
    saveImportedDraft: async ({ draft }) => {
      const fresh: Draft = { ...draft, id: freeId(ctx, draft.id), status: "草稿", revision: 0, templateId: null };
      const saved = await ctx.store.create(fresh);
      const title = saved.letter.title ?? generateTitle(saved.record, titleBureauOf(saved, ctx.settings.get().bureau));
      return { id: saved.id, title };
    },
  };
}
