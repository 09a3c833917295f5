// Draft → validated → LetterLayout → .docx → file: the one call the IPC handler and the CLI use.
import { AppError } from "../../../../shared/api/errors";
import { buildLayout } from "../../../../shared/letter/build-layout";
import { Draft } from "../../../../shared/model/draft";
import { Settings } from "../../../../shared/model/settings";
import { buildDocx } from "./build-docx";
import { checkPng } from "./seal";
import { writeDocx } from "./write-docx";

/** Input of one export. */
export interface ExportDraftInput {
  /** The draft as loaded (unknown until checked against the Draft schema). */
  readonly draft: unknown;
  readonly settings: Settings;
  readonly targetPath: string;
  /** Formal copy: not marked 草稿, and sealed when a seal is allowed and given. */
  readonly formal: boolean;
  readonly sealPng: Uint8Array | null;
  /** Whether the workflow allows sealing this draft now (e.g. it has been signed off). */
  readonly sealAllowed: boolean;
  readonly overwrite: boolean;
}

/** What was written. */
export interface ExportDraftResult {
  readonly path: string;
  readonly bytes: number;
  readonly sealed: boolean;
  readonly isDraft: boolean;
}

/** Validates, lays out and builds one letter in memory (no file written). */
export async function renderDraftDocx(input: Omit<ExportDraftInput, "targetPath" | "overwrite">): Promise<{
  readonly bytes: Uint8Array;
  readonly sealed: boolean;
  readonly isDraft: boolean;
  readonly title: string;
}> {
  const parsed = Draft.safeParse(input.draft);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join(".") || "（根）"}：${first.message}` : "";
    throw new AppError(
      "BAD_INPUT",
      `文稿数据不完整或格式不对，未导出（${where}）。请在编辑器中打开该文稿检查后再导出。`,
    );
  }
  const settings = Settings.parse(input.settings);
  const sealed = input.formal && input.sealAllowed && input.sealPng !== null;
  // Check the seal before building anything, so a corrupt picture fails fast with a clear message.
  if (sealed && input.sealPng) checkPng(input.sealPng);
  const layout = buildLayout(parsed.data, settings, { sealed, isDraft: !input.formal });
  const bytes = await buildDocx(layout, { seal: sealed ? input.sealPng : null, record: parsed.data });
  return { bytes, sealed, isDraft: !input.formal, title: layout.meta.title };
}

/** Validates, lays out, builds and writes one letter; nothing is written when any step fails. */
export async function exportDraftToFile(input: ExportDraftInput): Promise<ExportDraftResult> {
  const { bytes, sealed, isDraft } = await renderDraftDocx(input);
  await writeDocx(input.targetPath, bytes, { overwrite: input.overwrite });
  return { path: input.targetPath, bytes: bytes.length, sealed, isDraft };
}
