// Findings and low-confidence fields of an import: what the officer must confirm on the check screen.
import type { Draft } from "../model/draft";
import type { LetterFacts } from "./parse-letter";
import type { ImportFinding } from "./types";

/** The notes and guessed fields of a parsed letter. */
export function letterFindings(f: LetterFacts, draft: Draft): { findings: ImportFinding[]; lowConfidence: string[] } {
  const findings: ImportFinding[] = [...f.body.findings, ...f.tail.findings];
  const low: string[] = [];
  const warn = (rule: string, message: string): void => void findings.push({ rule, severity: "warning", message });
  const info = (rule: string, message: string): void => void findings.push({ rule, severity: "info", message });

  // Elements read from somewhere weaker than the letter itself are 待核对 on the check screen.
  if (f.head.title === null && f.record.recordTitle !== undefined && draft.record.session !== "")
    low.push("record.session");
  if (f.handling !== "主办" && draft.record.proposers.length > 0) low.push("record.proposers");
  if (f.tail.unitGlued) low.push("letter.signOff.unit");
  if (f.channel === null) {
    low.push("record.channel");
    warn("R01", "无法判断是建议还是提案，暂按“建议”导入，请确认。");
  }
  const sal = f.salutation;
  if (sal === null) {
    warn("R03", "未找到称呼（如“某某委员：”），请补上。");
  } else {
    if (sal.loose) {
      low.push("letter.salutation");
      warn("R03", `称呼“${sal.text}”缺少${sal.role ? "" : "身份（委员/代表）和"}冒号，请补全。`);
    }
    const expected = f.channel === "提案" ? "委员" : f.channel === "建议" ? "代表" : null;
    if (sal.role !== null && expected !== null && sal.role !== expected) {
      warn("R01", `称呼用“${sal.role}”，但这是${f.channel}答复，应称“${expected}”。`);
    }
    if (sal.jointCount !== null && sal.jointCount > sal.names.length) {
      low.push("record.proposers");
      info("R02", `联名共 ${sal.jointCount} 人，称呼只写了领衔人，请在记录中补全其他提出人。`);
    }
  }
  if (f.opening === "") {
    warn("R04", "未找到开头语（“…收悉”“现答复如下：”），相应段落已作为正文保留。");
  } else if (!/答复如下|如下答复/u.test(f.opening)) {
    info("R04", "开头语中没有“现答复如下：”。");
  }
  const numbers = [f.title, f.openingFacts].filter((t) => t.numberText !== null);
  if (numbers.some((t) => /^0\d/u.test(t.numberText ?? ""))) {
    warn("R05", `编号“第${numbers[0]?.numberText}号”前面补了 0，应写作“第${Number(numbers[0]?.numberText)}号”。`);
  }
  const distinct = new Set([...numbers.map((t) => t.number), f.record.proposalNumber].filter((n) => n != null));
  if (distinct.size > 1) warn("R05", `标题、开头和记录中的编号不一致（${[...distinct].join("、")}），请核对。`);
  if (/政协.*政协/u.test(draft.record.session)) warn("R18", `届次“${draft.record.session}”中“政协”重复。`);
  if (draft.letter.title === null) info("R24", "原文没有答复函标题，导出时将按记录自动生成。");
  if (f.tail.unit === null) warn("R09", "未找到署名（发文机关名称），导出时将使用单位设置中的全称。");
  if (f.tail.dateText === null) warn("R08", "未找到成文日期，请填写。");
  else if (f.tail.date?.confidence === "guessed") low.push("letter.signOff.date");
  if (f.tail.ccWord === "抄报") info("R23", "原文使用“抄报”，已按抄送导入。");
  const ccLine = f.tail.ccLine;
  if (ccLine !== null && !/^抄送：[^，。、\s]+(?:，[^，。、\s]+)*。$/u.test(ccLine)) {
    warn(
      "R23",
      `原文抄送行“${ccLine}”不规范：机关之间用逗号分隔、末尾加句号，不写份数（如“抄送：甲单位，乙单位。”）。`,
    );
  }
  if (f.tail.contactAbove) {
    warn("R22", "原文把联系人附注写在了署名或成文日期上方；附注应在成文日期下一行、加圆括号。");
  }
  if (f.tail.unit !== null && f.tail.dateText === null) low.push("letter.signOff.unit");
  for (const line of f.head.unknown) info("import", `标题前的“${line.slice(0, 30)}”未能识别，已保留在导入记录中。`);
  if (f.head.titleLines > 1) info("import", `标题分 ${f.head.titleLines} 行书写，已合并为一行。`);
  const looseRuns =
    draft.letter.sections.length === 0 && draft.letter.background.some((p) => /^一是|[。；]一是/u.test(p));
  if (looseRuns) info("R15", "“一是…二是…”不在任何“一、”部分之下，已按原文保留为段落（序号不会自动重排）。");
  return { findings, lowConfidence: low };
}
