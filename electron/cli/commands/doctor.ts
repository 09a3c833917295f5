// `replydesk doctor [--data DIR] [--repair] [--json]`: checks a data folder; repairs only with --repair.
import { AppError } from "../../../shared/api/errors";
import { resolveDataDir } from "../../main/services/data-dir";
import { checkDataFolder, type DoctorReport, type Finding } from "../../main/services/doctor";
import { describeRepair, plannedRepairs, repairDataFolder } from "../../main/services/doctor-repair";
import type { CliCommand } from "../command";
import { parseCommandArgs, UsageError } from "../options";

const USAGE = `用法：replydesk doctor [--data 文件夹] [--repair] [--json]
  检查数据文件夹：逐个读取文稿文件、核对索引与文件、查找残留临时文件和已隔离的损坏文件、
  校验审计记录链条和版本文件。
  不加 --repair 时只检查，并列出将要执行的修复（不做任何改动）。
  --repair   执行修复：重建索引、删除残留临时文件、隔离无法读取的文稿（从不删除文稿内容）
  --json     以 JSON 输出检查结果
  退出码：0 完好，1 发现问题。`;

const LEVEL: Readonly<Record<Finding["level"], string>> = { error: "错误", warning: "警告", info: "提示" };

function printReport(report: DoctorReport, out: (t: string) => void): void {
  out(`数据文件夹：${report.dataDir}\n`);
  out(
    `检查了 ${report.drafts} 份文稿、回收站 ${report.trashed} 份、${report.auditChains} 条审计记录链、${report.versions} 个版本；` +
      `每日备份 ${report.backups.length} 份${report.backups.length ? `（最新 ${report.backups.at(-1)}）` : ""}。\n`,
  );
  for (const f of report.findings) out(`[${LEVEL[f.level]}] ${f.message}\n`);
}

/** The `doctor` command. */
export const doctorCommand: CliCommand = {
  name: "doctor",
  summary: "检查（并可修复）数据文件夹",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      data: { type: "string" },
      repair: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(USAGE);
    const dataDir = resolveDataDir(values.data, io.env, io.cwd);
    const before = await checkDataFolder(dataDir);
    const planned = plannedRepairs(before).map((a) => describeRepair(before.dataDir, a));

    if (!values.repair) {
      if (values.json) {
        io.out(`${JSON.stringify({ ...before, planned, repaired: [] }, null, 2)}\n`);
        return before.healthy ? 0 : 1;
      }
      printReport(before, io.out);
      if (planned.length > 0) {
        io.out(`\n加 --repair 将执行以下修复（本次未做任何改动）：\n${planned.map((p) => `  - ${p}`).join("\n")}\n`);
      }
      io.out(before.healthy ? "\n结论：数据文件夹完好。\n" : `\n结论：发现 ${countProblems(before)} 个问题。\n`);
      return before.healthy ? 0 : 1;
    }

    if (before.lockedBy !== null) {
      throw new AppError(
        "IO",
        `数据文件夹正被运行中的答复函工作台（进程 ${before.lockedBy}）使用，不能修复。请先关闭它再运行 replydesk doctor --repair（不加 --repair 可随时只读检查）。`,
      );
    }
    const repaired = await repairDataFolder(before);
    const after = await checkDataFolder(dataDir);
    if (values.json) {
      io.out(`${JSON.stringify({ ...after, planned, repaired, before: before.findings }, null, 2)}\n`);
      return after.healthy ? 0 : 1;
    }
    if (repaired.length > 0)
      io.out(`已执行的修复：\n${repaired.map((p) => `  - ${p}`).join("\n")}\n\n修复后重新检查：\n`);
    printReport(after, io.out);
    io.out(
      after.healthy
        ? "\n结论：数据文件夹完好。\n"
        : `\n结论：仍有 ${countProblems(after)} 个问题需要人工处理（见上面的说明）。\n`,
    );
    return after.healthy ? 0 : 1;
  },
};

function countProblems(r: DoctorReport): number {
  return r.findings.filter((f) => f.level !== "info").length;
}
