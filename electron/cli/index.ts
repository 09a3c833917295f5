// The replydesk CLI: a table of sub-commands sharing main's services.
import { AppError } from "../../shared/api/errors";
import type { CliCommand, CliIo } from "./command";
import { backupCommand } from "./commands/backup";
import { doctorCommand } from "./commands/doctor";
import { draftsCommand } from "./commands/drafts";
import { exchangeCommand } from "./commands/exchange";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { inspectCommand } from "./commands/inspect";
import { lintCommand } from "./commands/lint";
import { serverCommand } from "./commands/server";
import { statsCommand } from "./commands/stats";
import { UsageError } from "./options";

/** Every sub-command, in help order. */
export const COMMANDS: readonly CliCommand[] = [
  draftsCommand,
  exportCommand,
  importCommand,
  inspectCommand,
  lintCommand,
  exchangeCommand,
  doctorCommand,
  backupCommand,
  serverCommand,
  statsCommand,
];

function help(): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
  return `答复函工作台 replydesk — 命令行工具

用法：replydesk <命令> [参数]

命令：
${lines.join("\n")}

通用参数：
  --data 文件夹   指定数据文件夹（也可用环境变量 REPLYDESK_DATA_DIR）
  -h, --help      显示帮助（replydesk <命令> --help 显示该命令的帮助）
`;
}

/** Runs the CLI with the given arguments; resolves to the exit code (0 ok, 1 failure, 2 usage). */
export async function runCli(argv: readonly string[], io?: Partial<CliIo>): Promise<number> {
  const full: CliIo = {
    out: io?.out ?? ((t) => process.stdout.write(t)),
    err: io?.err ?? ((t) => process.stderr.write(t)),
    env: io?.env ?? process.env,
    cwd: io?.cwd ?? process.cwd(),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    full.out(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    full.err(`未知命令：${name}\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest, full);
  } catch (err) {
    if (err instanceof UsageError) {
      full.err(`${err.message}\n`);
      return 2;
    }
    if (err instanceof AppError) {
      full.err(`错误：${err.message}\n`);
      return 1;
    }
    full.err(`内部错误：${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
