// `replydesk import FILE... [--data DIR]`: import reply letters as drafts and print their ids.
import path from "node:path";
import { DraftStore } from "../../main/services/draft-store";
import { resolveDataDir } from "../../main/services/data-dir";
import { importFiles } from "../../main/services/import/import-file";
import type { CliCommand } from "../command";
import { parseCommandArgs, UsageError } from "../options";

const USAGE = `用法：replydesk import 文件... [--data 文件夹] [--json]
  导入答复函（.docx、.txt 或 .html）为文稿，逐行输出新文稿的编号。
  不是答复函或无法读取的文件会列出原因；有任何文件失败时退出码为 1。`;

/** The `import` command. */
export const importCommand: CliCommand = {
  name: "import",
  summary: "导入答复函为文稿",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      data: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError(USAGE);
    const files = positionals.map((f) => path.resolve(io.cwd, f));
    const store = await DraftStore.open(resolveDataDir(values.data, io.env, io.cwd));
    try {
      const outcomes = await importFiles(files, store);
      if (values.json) {
        const rows = outcomes.map((o) =>
          o.ok ? { file: o.file, ok: true, id: o.id } : { file: o.file, ok: false, reason: o.reason },
        );
        io.out(`${JSON.stringify(rows, null, 2)}\n`);
      } else {
        for (const o of outcomes) {
          if (o.ok) io.out(`${o.id}\n`);
          else io.err(`未导入 ${o.file}：${o.reason}\n`);
        }
        const ok = outcomes.filter((o) => o.ok).length;
        io.err(`导入 ${ok} 份，失败 ${outcomes.length - ok} 份。数据文件夹：${store.dataDir}\n`);
      }
      return outcomes.every((o) => o.ok) ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
