// `replydesk inspect FILE [--json]`: what the importer recognises in one file, without saving anything.
import { inspectSummary, inspectView } from "../../../shared/import/inspect-view";
import { todayIso } from "../../../shared/letter/dates";
import { lintImport } from "../../../shared/lint/imported";
import { DEFAULT_SETTINGS } from "../../../shared/model/settings";
import { inspectFile } from "../../main/services/import/import-file";
import path from "node:path";
import type { CliCommand } from "../command";
import { parseCommandArgs, UsageError } from "../options";

const USAGE = `用法：replydesk inspect 文件 [--json]
  读取一份答复函（.docx、.txt 或 .html），显示识别出的结构，不保存。
  --json   输出一个 JSON 对象（kind（reply 答复、opinion 会办/协办意见、not-a-letter 不是答复函）、handling、channel、proposers、role、proposalNumber、session、title、
           categoryMark、docNumber、signer、salutation、sections、figures、signOff、contact、cc、findings）
           findings 含导入时的清理说明和格式审查（R01–R28）的结果：rule、severity、message`;

/** The `inspect` command. */
export const inspectCommand: CliCommand = {
  name: "inspect",
  summary: "识别一份答复函的结构（不保存）",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(USAGE);
    const result = await inspectFile(path.resolve(io.cwd, positionals[0] ?? ""));
    // 格式审查 findings too (the letter against its own 署名, as `lint FILE` does without a data folder).
    const lint = lintImport(result, DEFAULT_SETTINGS, todayIso(new Date()));
    io.out(values.json ? `${JSON.stringify(inspectView(result, lint), null, 2)}\n` : inspectSummary(result, lint));
    return result.kind === "reply" ? 0 : 1;
  },
};
