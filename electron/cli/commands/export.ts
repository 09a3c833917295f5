// `replydesk export`: one draft (by id or JSON file), the sample letter, or every draft, to .docx.
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AppError } from "../../../shared/api/errors";
import { Draft, DraftStatus } from "../../../shared/model/draft";
import { DEFAULT_SETTINGS, type Settings } from "../../../shared/model/settings";
import { todayIso } from "../../../shared/letter/dates";
import { assertGateClean } from "../../../shared/lint/gate";
import { exportDraftToFile } from "../../main/services/export/export-draft";
import { safeDocxFileName } from "../../main/services/export/file-name";
import { resolveDataDir } from "../../main/services/data-dir";
import { MAX_DRAFT_FILE_BYTES } from "../../main/services/draft-files";
import { readFileWithin } from "../../main/services/read-within";
import { openServices, type Services } from "../../main/services/index";
import { workflowFor } from "../../main/handlers/workflow";
import type { Actor } from "../../../shared/workflow/status-machine";
import { createHash } from "node:crypto";
import { signInForCli } from "../sign-in";
import type { CliCommand, CliIo } from "../command";
import { parseCommandArgs, UsageError } from "../options";

const USAGE = `用法：
  replydesk export <文稿编号|draft.json> -o 输出.docx [--data 文件夹] [--force]
  replydesk export <文稿编号> -o 输出.docx --formal --user 文书姓名 [--data 文件夹] [--force]
  replydesk export --sample -o 输出.docx [--force]
  replydesk export --all [--status 状态] -o 输出文件夹 [--data 文件夹] [--formal --user 文书姓名] [--force]
  --formal  正式件（盖章）：与应用相同，只限经签发人签名签发、内容未改动的文稿，由登录的文书导出
            （密码放在环境变量 REPLYDESK_PASSWORD 中）；JSON 文件和示例只能导出草稿件
  --force   覆盖已存在的文件（默认不覆盖）`;

/** The folder holding package.json, found by walking up from this module (works from src and from out/). */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = path.dirname(from);
  for (;;) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new AppError("INTERNAL", "找不到程序安装目录（package.json）。");
    dir = up;
  }
}

/** Settings for a draft exported without a data folder: the lead unit as the bureau. */
function settingsFromDraft(draft: Draft): Settings {
  const unit = draft.letter.signOff.unit ?? draft.record.leadUnit;
  return { ...DEFAULT_SETTINGS, bureau: { ...DEFAULT_SETTINGS.bureau, fullName: unit, shortName: unit } };
}

async function readSeal(settings: Settings): Promise<Uint8Array | null> {
  const p = settings.bureau.sealPath;
  if (p === null || p === "") return null;
  try {
    return new Uint8Array(await fs.readFile(p));
  } catch {
    throw new AppError("IO", `读取印章图片失败：${p}。请在设置中重新选择印章图片。`);
  }
}

async function readDraftFile(file: string): Promise<unknown> {
  const text = (await readFileWithin(file, MAX_DRAFT_FILE_BYTES, "文稿文件")).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_INPUT", `无法读取文稿文件 ${file}：文件不存在或不是 JSON。`);
  }
}

/** `\r[#####     ] 12/40` */
export function progressBar(done: number, total: number, width = 10): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`;
}

interface Flags {
  readonly formal: boolean;
  readonly force: boolean;
}

const NOT_FORMAL =
  "正式导出（盖章）只能针对数据文件夹中经签发的文稿（按文稿编号），由登录的文书导出；JSON 文件和示例只能导出草稿件。";

/** A draft copy (never sealed) of any draft JSON: nothing a file states is believed. */
async function exportDraftCopy(
  draft: unknown,
  settings: Settings,
  target: string,
  flags: Flags,
  io: CliIo,
): Promise<number> {
  const r = await exportDraftToFile({
    draft,
    settings,
    targetPath: target,
    formal: false,
    sealPng: null,
    sealAllowed: false,
    overwrite: flags.force,
  });
  io.out(`已导出草稿件：${r.path}（${Math.round(r.bytes / 1024)} KB）\n`);
  return 0;
}

/**
 * One draft of the data folder. Formal: the same rulebook gate as the app (signed-in 文书, verified 签发, lint),
 * then the seal and a signed export entry in the audit trail.
 */
async function exportStored(
  services: Services,
  id: string,
  target: string,
  flags: Flags,
  io: CliIo,
  actor: Actor | null,
): Promise<number> {
  const settings = services.settings.get();
  const wf = workflowFor({ ...services, now: () => new Date() });
  if (!flags.formal) return exportDraftCopy(await services.store.get(id), settings, target, flags, io);
  const { draft, actor: who } = await wf.authoriseFormalExport(id, actor);
  assertGateClean("export", draft, settings, todayIso(new Date()));
  const sealPng = await readSeal(settings);
  const r = await exportDraftToFile({
    draft,
    settings,
    targetPath: target,
    formal: true,
    sealPng,
    sealAllowed: true,
    overwrite: flags.force,
  });
  const bytes = await fs.readFile(r.path);
  await wf.recordExport(id, createHash("sha256").update(bytes).digest("hex"), r.path, who);
  const kind = r.isDraft ? "草稿件" : r.sealed ? "正式件（盖章）" : "正式件（未盖章）";
  io.out(`已导出${kind}：${r.path}（${Math.round(r.bytes / 1024)} KB）\n`);
  return 0;
}

async function exportAll(
  dataDir: string,
  outDir: string,
  status: DraftStatus | null,
  flags: Flags,
  io: CliIo,
  user: string | undefined,
) {
  const services = await openServices({ dataDir });
  try {
    const actor = flags.formal ? await signInForCli(services, user, io) : null;
    const rows = services.store.list({ status });
    const used = new Set<string>();
    const jobs = rows.map((r) => {
      let name = safeDocxFileName(r.title || r.id);
      if (used.has(name)) name = safeDocxFileName(`${r.title}（${r.id}）`);
      used.add(name);
      return { id: r.id, target: path.join(outDir, name) };
    });
    const existing = jobs.filter((j) => existsSync(j.target));
    if (existing.length > 0 && !flags.force) {
      io.err(`以下 ${existing.length} 个文件已存在，未导出任何文件（加 --force 覆盖）：\n`);
      for (const j of existing) io.err(`  ${j.target}\n`);
      return 1;
    }
    const failures: string[] = [];
    let done = 0;
    io.err(progressBar(0, jobs.length));
    for (const j of jobs) {
      try {
        const quiet: CliIo = { ...io, out: () => undefined };
        await exportStored(services, j.id, j.target, flags, quiet, actor);
      } catch (err) {
        failures.push(`${j.id}：${err instanceof Error ? err.message : String(err)}`);
      }
      done += 1;
      io.err(progressBar(done, jobs.length));
    }
    io.err("\n");
    io.out(`导出完成：成功 ${jobs.length - failures.length} 份，失败 ${failures.length} 份。输出文件夹：${outDir}\n`);
    for (const f of failures) io.err(`  失败 ${f}\n`);
    return failures.length > 0 ? 1 : 0;
  } finally {
    await services.close();
  }
}

/** The `export` command. */
export const exportCommand: CliCommand = {
  name: "export",
  summary: "导出答复函为 Word 文档（.docx）",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: "string", short: "o" },
      data: { type: "string" },
      formal: { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      sample: { type: "boolean", default: false },
      all: { type: "boolean", default: false },
      status: { type: "string" },
      user: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (values.out === undefined) throw new UsageError(`缺少 -o 输出路径。\n${USAGE}`);
    const out = path.resolve(io.cwd, values.out);
    const flags: Flags = { formal: values.formal, force: values.force };
    if (values.all) {
      if (positionals.length > 0 || values.sample) throw new UsageError(USAGE);
      const status = values.status === undefined ? null : DraftStatus.safeParse(values.status);
      if (status && !status.success) throw new UsageError(`未知的状态：${values.status}\n${USAGE}`);
      return exportAll(resolveDataDir(values.data, io.env, io.cwd), out, status?.data ?? null, flags, io, values.user);
    }
    if (values.sample) {
      if (positionals.length > 0) throw new UsageError(USAGE);
      if (flags.formal) throw new AppError("FORBIDDEN", NOT_FORMAL);
      const draft = Draft.parse(await readDraftFile(path.join(packageRoot(), "assets", "sample-letter.json")));
      return exportDraftCopy(draft, settingsFromDraft(draft), out, flags, io);
    }
    const [ref, ...rest] = positionals;
    if (ref === undefined || rest.length > 0) throw new UsageError(USAGE);
    if (ref.toLowerCase().endsWith(".json")) {
      if (flags.formal) throw new AppError("FORBIDDEN", NOT_FORMAL);
      const raw = await readDraftFile(path.resolve(io.cwd, ref));
      if (values.data !== undefined) {
        const services = await openServices({ dataDir: resolveDataDir(values.data, io.env, io.cwd) });
        try {
          return await exportDraftCopy(raw, services.settings.get(), out, flags, io);
        } finally {
          await services.close();
        }
      }
      const parsed = Draft.safeParse(raw);
      const settings = parsed.success ? settingsFromDraft(parsed.data) : DEFAULT_SETTINGS;
      return exportDraftCopy(raw, settings, out, flags, io);
    }
    const services = await openServices({ dataDir: resolveDataDir(values.data, io.env, io.cwd) });
    try {
      const actor = flags.formal ? await signInForCli(services, values.user, io) : null;
      return await exportStored(services, ref, out, flags, io, actor);
    } finally {
      await services.close();
    }
  },
};
