// `replydesk stats --year 2026 [--session S] [--json|--xlsx F] [--today D] [--data DIR]`: the year's 办理 numbers.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { IsoDate } from "../../../shared/model/draft";
import type { HandlingStats, Rate } from "../../../shared/handling/stats";
import { writeFileAtomic } from "../../main/services/atomic-file";
import { resolveDataDir } from "../../main/services/data-dir";
import { HandlingService } from "../../main/services/handling/handling-service";
import { statsWorkbook } from "../../main/services/handling/stats-xlsx";
import { openServices } from "../../main/services/index";
import { WorkflowService } from "../../main/services/workflow/workflow-service";
import type { CliCommand } from "../command";
import { parseCommandArgs, UsageError } from "../options";

const USAGE = `用法：replydesk stats [--year 年份] [--session 届次会议] [--json | --xlsx 文件] [--today YYYY-MM-DD] [--data 文件夹]
  统计一年（按交办日期）或一次会议的建议提案办理情况：件数（主办/协办/会办、建议/提案、重点）、
  办复率、按期办复率、面商率、满意率、A/B/C/D 分类、超期和待公开清单、退回原因。
  --year     年份（默认今年）
  --session  届次会议，与文稿记录中的写法一致
  --json     输出 JSON（每个数字附所统计的文稿编号）
  --xlsx     写入 Excel 文件
  --today    按指定日期计算超期和公开期限（默认今天）`;

function pct(r: Rate): string {
  return r.pct === null ? "—" : `${r.pct.toFixed(1)}%（${r.num.count}/${r.den.count}）`;
}

/** The statistics as lines for a terminal. */
export function statsText(s: HandlingStats, label: string): string {
  const lines = [
    `${label}建议提案办理统计（统计日 ${s.today}）`,
    `承办 ${s.items.count} 件：主办 ${s.byRole.主办.count}、协办 ${s.byRole.协办.count}、会办 ${s.byRole.会办.count}；建议 ${s.byChannel.建议.count}、提案 ${s.byChannel.提案.count}；重点 ${s.important.count}`,
    `办复率 ${pct(s.rates.replyRate)}`,
    `按期办复率 ${pct(s.rates.onTimeRate)}`,
    `面商率 ${pct(s.rates.contactRate)}`,
    `满意率 ${pct(s.rates.satisfactionRate)}：满意 ${s.satisfaction.满意.count}、基本满意 ${s.satisfaction.基本满意.count}、不满意 ${s.satisfaction.不满意.count}；重办 ${s.reopened.count}`,
    `分类：${(["A", "B", "C", "D"] as const).map((c) => `${c} ${s.categories[c].count}（${s.categoryShare[c].pct ?? "—"}%）`).join("、")}`,
    `超期未复 ${s.overdue.length} 件${s.overdue.map((r) => `\n  ${r.id}  ${r.title}  到期 ${r.dueDate}  超期 ${r.daysOver} 天${r.reopen ? "（重办）" : ""}`).join("")}`,
    `待公开 ${s.publication.length} 件${s.publication.map((r) => `\n  ${r.id}  ${r.title}  答复 ${r.replyDate}  期限 ${r.deadline}  ${r.state}`).join("")}`,
    `退回原因：${s.returnReasons.map((r) => `${r.reason} ${r.count} 次`).join("、") || "无"}`,
  ];
  return `${lines.join("\n")}\n`;
}

/** The `stats` command. */
export const statsCommand: CliCommand = {
  name: "stats",
  summary: "办理统计：办复率、按期办复率、面商率、满意率、分类（stats --year 2026）",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      data: { type: "string" },
      year: { type: "string" },
      session: { type: "string" },
      json: { type: "boolean", default: false },
      xlsx: { type: "string" },
      today: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    });
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(USAGE);
    if (values.json && values.xlsx !== undefined) throw new UsageError(`--json 和 --xlsx 只能选一个。\n${USAGE}`);
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && !(Number.isInteger(year) && year >= 2000 && year <= 2100)) {
      throw new UsageError(`年份应为 2000–2100 之间的整数：${values.year}`);
    }
    if (values.today !== undefined && !IsoDate.safeParse(values.today).success) {
      throw new UsageError(`--today 应为 YYYY-MM-DD 格式的有效日期：${values.today}`);
    }
    const services = await openServices({ dataDir: resolveDataDir(values.data, io.env, io.cwd) });
    try {
      const workflow = new WorkflowService({
        store: services.store,
        settings: services.settings,
        people: services.people,
        dataDir: services.dataDir,
      });
      const handling = new HandlingService({
        workflow,
        settings: services.settings,
        dataDir: services.dataDir,
        now: () => new Date(),
        newId: () => randomUUID(),
      });
      const session = values.session?.trim() || undefined;
      const scope = session
        ? { session, ...(year !== undefined ? { year } : {}) }
        : { year: year ?? new Date().getFullYear() };
      const stats = await handling.stats(scope, values.today);
      const label = session ?? `${scope.year}年度`;
      if (values.json) {
        io.out(`${JSON.stringify(stats, null, 2)}\n`);
      } else if (values.xlsx !== undefined) {
        const target = path.resolve(io.cwd, values.xlsx);
        await writeFileAtomic(target, await statsWorkbook(stats, `${label}建议提案办理统计`));
        io.out(`已写入 ${target}（承办 ${stats.items.count} 件）\n`);
      } else {
        io.out(statsText(stats, label));
      }
      return 0;
    } finally {
      await services.close();
    }
  },
};
