// `replydesk exchange export|import|verify` — .replydesk files between offline machines.
import path from "node:path";
import { openServices } from "../../main/services";
import { resolveDataDir } from "../../main/services/data-dir";
import { readFileWithin } from "../../main/services/read-within";
import { EXCHANGE_MAX_BYTES } from "../../../shared/workflow/schemas";
import { exportExchange, verifyExchangeFile } from "../../main/services/workflow/exchange-file";
import { importExchange } from "../../main/services/workflow/exchange-import";
import { workflowFor } from "../../main/handlers/workflow";
import { signInForCli } from "../sign-in";
import type { CliCommand } from "../command";
import { parseCommandArgs, UsageError } from "../options";

const USAGE = `用法：
  replydesk exchange export <文稿编号> -o 文件.replydesk --user 姓名 [--data 文件夹]   导出交换文件（本人签名）
  replydesk exchange import 文件.replydesk --user 姓名 [--data 文件夹]                 导入并合并交换文件
  replydesk exchange verify 文件.replydesk [--data 文件夹]                             按本机名册校验交换文件（完好时退出码为 0）
  密码放在环境变量 REPLYDESK_PASSWORD 中。`;

/** The `exchange` command. */
export const exchangeCommand: CliCommand = {
  name: "exchange",
  summary: "交换文件：导出、导入、校验（.replydesk）",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      data: { type: "string" },
      output: { type: "string", short: "o" },
      user: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const [sub, arg, ...extra] = positionals;
    if (!arg || extra.length > 0) throw new UsageError(USAGE);
    const abs = (p: string): string => path.resolve(io.cwd, p);

    if (sub === "verify") {
      const local = await openServices({ dataDir: resolveDataDir(values.data, io.env, io.cwd) });
      const roster = local.people.current();
      await local.close();
      const v = await verifyExchangeFile(abs(arg), roster);
      if (!v.ok) {
        io.err(`校验失败：${v.message}\n`);
        return 1;
      }
      const f = v.file;
      io.out(
        `校验通过：文稿 ${f.draft.id}（${f.draft.status}），${f.versions.length} 个版本，${f.comments.length} 条批注，` +
          `${f.audit.length} 条审计记录；由 ${f.exportedBy.name}（${f.exportedBy.role}）于 ${f.exportedAt} 导出。\n`,
      );
      return 0;
    }
    if (sub !== "export" && sub !== "import") throw new UsageError(USAGE);
    if (sub === "export" && !values.output) throw new UsageError(`导出需要用 -o 指定目标文件。\n${USAGE}`);

    const services = await openServices({ dataDir: resolveDataDir(values.data, io.env, io.cwd) });
    try {
      const wf = workflowFor({ ...services, now: () => new Date() });
      // An oversized or unreadable file is refused before anyone is asked for a password.
      const bytes = sub === "import" ? await readFileWithin(abs(arg), EXCHANGE_MAX_BYTES, "交换文件") : null;
      const actor = await signInForCli(services, values.user, io);
      if (sub === "export") {
        const target = abs(values.output ?? "");
        const r = await exportExchange(wf, arg, target, actor);
        io.out(`已导出 ${r.path}（${r.size} 字节，SHA-256 ${r.sha256}）\n`);
        return 0;
      }
      const r = await importExchange(wf, bytes ?? new Uint8Array(), actor);
      io.out(`${r.message}\n`);
      if (r.conflict) io.out(`注意：对方的正文另存为第 ${r.conflict.version} 版，请在审阅页对照两版后合并。\n`);
      return 0;
    } finally {
      await services.close();
    }
  },
};
