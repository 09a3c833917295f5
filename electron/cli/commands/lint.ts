// `replydesk lint FILE|文稿编号 [--json] [--data DIR]`: checks a letter against rules R01–R28 (格式审查).
import { existsSync } from "node:fs";
import path from "node:path";
import { AppError } from "../../../shared/api/errors";
import { todayIso } from "../../../shared/letter/dates";
import { parseLetterText } from "../../../shared/import/parse-letter";
import { lintDraft, summarise, type Finding } from "../../../shared/lint";
import { lintImport } from "../../../shared/lint/imported";
import { locationLabel } from "../../../shared/lint/location-label";
import type { Draft } from "../../../shared/model/draft";
import { migrateDraft } from "../../../shared/model/migrations";
import { DEFAULT_SETTINGS, type Settings } from "../../../shared/model/settings";
import { resolveDataDir } from "../../main/services/data-dir";
import { MAX_DRAFT_FILE_BYTES } from "../../main/services/draft-files";
import { MAX_DOCX_BYTES } from "../../main/services/import/limits";
import { assertZipBudget } from "../../main/services/import/zip-budget";
import { readFileWithin } from "../../main/services/read-within";
import { openServices } from "../../main/services/index";
import type { CliCommand, CliIo } from "../command";
import { parseCommandArgs, UsageError } from "../options";

const USAGE = `用法：replydesk lint <文件|文稿编号> [--json] [--data 文件夹] [--today YYYY-MM-DD]
  按格式审查规则 R01–R28 检查答复函，列出问题。
  文件可以是文稿 .json、纯文本 .txt 或 Word .docx；也可以给出数据文件夹中的文稿编号。
  --json    输出一个 JSON 对象 {"findings":[{"rule","severity","message","location"}]}
  --today   按指定日期检查期限（默认今天）
  有错误时退出码为 1，没有错误为 0，用法错误或文件无法读取为 2。`;

const SEVERITY_LABEL: Readonly<Record<Finding["severity"], string>> = { error: "错误", warning: "警告", hint: "提示" };

/** Reads a letter file as text (.txt as UTF-8, .docx through mammoth's raw text). */
async function readLetterText(file: string): Promise<string> {
  if (/\.docx$/i.test(file)) {
    // TODO(import): switch to electron/main/services/import/read-docx.ts once it lands, so both read alike.
    // Until then the same size and zip-bomb limits apply before mammoth sees the file.
    const bytes = await readFileWithin(file, MAX_DOCX_BYTES, "Word 文件");
    assertZipBudget(bytes);
    // mammoth (and its XML stack) is loaded only when a .docx arrives.
    const { default: mammoth } = await import("mammoth");
    const r = await mammoth.extractRawText({ buffer: bytes });
    return r.value;
  }
  return (await readFileWithin(file, MAX_DRAFT_FILE_BYTES, "文件")).toString("utf8");
}

/**
 * Settings for linting a file: the data folder's when one is named; otherwise the defaults with the
 * draft's lead unit as the bureau (as `export` does), so a lone draft file is not faulted for its 署名.
 */
async function settingsFor(flag: string | undefined, io: CliIo, draft: Draft | null): Promise<Settings> {
  if (flag === undefined && io.env["REPLYDESK_DATA_DIR"] === undefined) {
    const unit = draft?.record.leadUnit.trim() ?? "";
    if (unit === "") return DEFAULT_SETTINGS;
    return { ...DEFAULT_SETTINGS, bureau: { ...DEFAULT_SETTINGS.bureau, fullName: unit } };
  }
  const services = await openServices({ dataDir: resolveDataDir(flag, io.env, io.cwd) });
  try {
    return services.settings.get();
  } finally {
    await services.close();
  }
}

interface Target {
  readonly findings: Finding[];
  readonly draft: Draft | null;
}

async function lintFile(file: string, dataFlag: string | undefined, today: string, io: CliIo): Promise<Target> {
  let text: string;
  try {
    text = await readLetterText(file);
  } catch (err) {
    throw new UsageError(`无法读取文件 ${file}：${err instanceof Error ? err.message : String(err)}`);
  }
  if (/\.json$/i.test(file)) {
    let draft: Draft;
    try {
      draft = migrateDraft(JSON.parse(text));
    } catch (err) {
      throw new UsageError(`文件 ${file} 不是有效的文稿 JSON：${err instanceof Error ? err.message : String(err)}`);
    }
    return { findings: lintDraft({ draft, settings: await settingsFor(dataFlag, io, draft), today }), draft };
  }
  if (!/\.(txt|docx)$/i.test(file))
    throw new UsageError(`不支持的文件类型：${file}（支持 .json、.txt、.docx）\n${USAGE}`);
  const result = parseLetterText(text);
  // An imported letter is checked against its own 署名; bureau settings only when a data folder is named.
  return { findings: lintImport(result, await settingsFor(dataFlag, io, null), today), draft: result.draft };
}

async function lintStored(id: string, dataFlag: string | undefined, today: string, io: CliIo): Promise<Target> {
  const services = await openServices({ dataDir: resolveDataDir(dataFlag, io.env, io.cwd) });
  try {
    const draft = await services.store.get(id);
    return { findings: lintDraft({ draft, settings: services.settings.get(), today }), draft };
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND")
      throw new UsageError(`找不到文件或文稿“${id}”（数据文件夹：${services.dataDir}）。`);
    throw err;
  } finally {
    await services.close();
  }
}

function where(f: Finding, draft: Draft | null): string {
  if (!f.location) return "全文";
  return draft ? locationLabel(draft, f.location) : f.location.path;
}

/** The `lint` command. */
export const lintCommand: CliCommand = {
  name: "lint",
  summary: "格式审查：按规则 R01–R28 检查答复函（lint）",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      json: { type: "boolean", default: false },
      data: { type: "string" },
      today: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 1 || positionals[0] === undefined) throw new UsageError(USAGE);
    const today = values.today ?? todayIso(new Date());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today 应为 YYYY-MM-DD：${today}`);
    const arg = positionals[0];
    const file = path.resolve(io.cwd, arg);
    const looksLikeFile = /\.(json|txt|docx)$/i.test(arg) || existsSync(file);
    const { findings, draft } = looksLikeFile
      ? await lintFile(file, values.data, today, io)
      : await lintStored(arg, values.data, today, io);
    const counts = summarise(findings);
    if (values.json) {
      const out = findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        location: f.location,
      }));
      io.out(`${JSON.stringify({ findings: out })}\n`);
    } else if (findings.length === 0) {
      io.out("未发现问题。\n");
    } else {
      for (const f of findings) io.out(`${f.rule} ${SEVERITY_LABEL[f.severity]}［${where(f, draft)}］${f.message}\n`);
      io.out(`共 ${counts.errors} 个错误、${counts.warnings} 个警告、${counts.hints} 个提示。\n`);
    }
    return counts.errors > 0 ? 1 : 0;
  },
};
