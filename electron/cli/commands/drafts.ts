// `replydesk drafts list [--data DIR] [--json] [--status S] [--trash] [--search TEXT]`.
import { DraftStatus } from "../../../shared/model/draft";
import { DraftStore } from "../../main/services/draft-store";
import { resolveDataDir } from "../../main/services/data-dir";
import type { CliCommand } from "../command";
import { parseCommandArgs, UsageError } from "../options";

const USAGE = `用法：replydesk drafts list [--data 文件夹] [--json] [--status 状态] [--search 文字] [--trash]
  列出数据文件夹中的答复函文稿（按更新时间倒序）。
  --status   草稿 | 待审核 | 退回修改 | 已审核 | 已签发 | 已答复
  --trash    列出回收站中的文稿`;

/** The `drafts` command. */
export const draftsCommand: CliCommand = {
  name: "drafts",
  summary: "列出文稿（drafts list）",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      data: { type: "string" },
      json: { type: "boolean", default: false },
      status: { type: "string" },
      search: { type: "string" },
      trash: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals[0] !== "list" || positionals.length > 1) throw new UsageError(USAGE);
    const status = values.status === undefined ? null : DraftStatus.safeParse(values.status);
    if (status && !status.success) throw new UsageError(`未知的状态：${values.status}\n${USAGE}`);
    const store = await DraftStore.open(resolveDataDir(values.data, io.env, io.cwd));
    try {
      const rows = store.list({ text: values.search ?? "", status: status?.data ?? null, trashed: values.trash });
      if (values.json) {
        io.out(`${JSON.stringify(rows, null, 2)}\n`);
      } else if (rows.length === 0) {
        io.out(`（没有文稿）数据文件夹：${store.dataDir}\n`);
      } else {
        for (const r of rows) {
          const num = r.proposalNumber === null ? "—" : `第${r.proposalNumber}号${r.channel}`;
          io.out(`${r.id}  ${r.status}  ${num}  ${r.title}  ${r.updatedAt}\n`);
        }
        io.out(`共 ${rows.length} 份。数据文件夹：${store.dataDir}\n`);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
