// The statistics as an .xlsx workbook (exceljs: a maintained writer of real Excel files, not hand-zipped XML).
import ExcelJS from "exceljs";
import type { HandlingStats, Rate } from "../../../../shared/handling/stats";

function pct(r: Rate): string {
  return r.pct === null ? "—" : `${r.pct.toFixed(1)}%`;
}

/** Builds the workbook: 概况 (every number with its ids), 超期, 待公开, 退回原因. */
export async function statsWorkbook(s: HandlingStats, title: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "答复函工作台";
  const sum = wb.addWorksheet("概况");
  sum.columns = [
    { header: "指标", key: "name", width: 22 },
    { header: "数值", key: "value", width: 14 },
    { header: "计算", key: "formula", width: 18 },
    { header: "所统计的文稿编号", key: "ids", width: 80 },
  ];
  sum.addRow({ name: title, value: "", formula: `统计日 ${s.today}`, ids: "" });
  const count = (name: string, c: { count: number; ids: readonly string[] }): void => {
    sum.addRow({ name, value: c.count, formula: "", ids: c.ids.join("、") });
  };
  const rate = (name: string, r: Rate): void => {
    sum.addRow({ name, value: pct(r), formula: `${r.num.count} / ${r.den.count}`, ids: r.num.ids.join("、") });
  };
  count("承办件数", s.items);
  count("主办", s.byRole.主办);
  count("协办", s.byRole.协办);
  count("会办", s.byRole.会办);
  count("建议", s.byChannel.建议);
  count("提案", s.byChannel.提案);
  count("重点件", s.important);
  count("已办复", s.replied);
  rate("办复率", s.rates.replyRate);
  count("按期办复", s.onTime);
  rate("按期办复率", s.rates.onTimeRate);
  count("逾期答复", s.late);
  count("答复前沟通（面商）", s.contacted);
  rate("面商率", s.rates.contactRate);
  count("满意", s.satisfaction.满意);
  count("基本满意", s.satisfaction.基本满意);
  count("不满意", s.satisfaction.不满意);
  rate("满意率", s.rates.satisfactionRate);
  count("重办", s.reopened);
  for (const c of ["A", "B", "C", "D"] as const) {
    count(`${c}类`, s.categories[c]);
    rate(`${c}类占比`, s.categoryShare[c]);
  }
  sum.getRow(1).font = { bold: true };

  const overdue = wb.addWorksheet("超期未复");
  overdue.columns = [
    { header: "文稿编号", key: "id", width: 24 },
    { header: "标题", key: "title", width: 50 },
    { header: "到期日", key: "dueDate", width: 12 },
    { header: "超期天数", key: "daysOver", width: 10 },
    { header: "重办", key: "reopen", width: 8 },
  ];
  for (const r of s.overdue) overdue.addRow({ ...r, reopen: r.reopen ? "是" : "" });

  const pub = wb.addWorksheet("待公开");
  pub.columns = [
    { header: "文稿编号", key: "id", width: 24 },
    { header: "标题", key: "title", width: 50 },
    { header: "答复日期", key: "replyDate", width: 12 },
    { header: "公开期限", key: "deadline", width: 12 },
    { header: "已过工作日", key: "elapsed", width: 12 },
    { header: "状态", key: "state", width: 8 },
  ];
  for (const r of s.publication) pub.addRow(r);

  const reasons = wb.addWorksheet("退回原因");
  reasons.columns = [
    { header: "退回原因", key: "reason", width: 20 },
    { header: "次数", key: "count", width: 8 },
    { header: "文稿编号", key: "ids", width: 80 },
  ];
  for (const r of s.returnReasons) reasons.addRow({ ...r, ids: r.ids.join("、") });

  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
