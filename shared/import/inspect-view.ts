// The `replydesk inspect --json` object: a fixed set of keys, for scripts and checks (issue 6).
import { figureText } from "../letter/variables";
import type { Measure } from "../model/draft";
import type { ImportFinding, ImportResult } from "./types";

/** A finding as inspect reports it: the importer's notes (info) and the linter's findings (error/warning/hint). */
export interface InspectFinding {
  readonly rule: string;
  readonly severity: ImportFinding["severity"] | "hint";
  readonly message: string;
}

/** One heading of the structure. */
export interface InspectSection {
  readonly level: 1 | 2 | 3 | 4;
  readonly heading: string;
}

/** The inspect object; strings are null where the letter lacks the element. */
export interface InspectView {
  /** reply: a 主办 reply to the proposer; opinion: a 会办/协办 opinion to the lead unit; not-a-letter: refused. */
  readonly kind: "reply" | "opinion" | "not-a-letter";
  /** 主办, 会办 or 协办 as the text says; null for a refused text. */
  readonly handling: "主办" | "会办" | "协办" | null;
  readonly channel: "提案" | "建议" | null;
  readonly proposers: readonly string[];
  readonly role: "委员" | "代表" | null;
  readonly proposalNumber: number | null;
  readonly session: string | null;
  readonly title: string | null;
  readonly categoryMark: "A" | "B" | "C" | "D" | null;
  readonly docNumber: string | null;
  readonly signer: string | null;
  readonly salutation: string | null;
  readonly sections: readonly InspectSection[];
  readonly figures: readonly { readonly text: string; readonly value: number; readonly unit: string }[];
  readonly signOff: { readonly unit: string | null; readonly date: string | null; readonly dateText: string | null };
  readonly contact: string | null;
  readonly cc: readonly string[];
  readonly findings: readonly InspectFinding[];
}

function headings(list: readonly Measure[], level: 2 | 3 | 4, out: InspectSection[]): void {
  for (const m of list) {
    if (m.style === "sub") out.push({ level, heading: m.heading });
    if (m.children.length > 0) headings(m.children, level === 2 ? 3 : 4, out);
  }
}

const orNull = (s: string | null | undefined): string | null =>
  s === undefined || s === null || s.trim() === "" ? null : s;

/** The importer's notes followed by the linter's findings, without repeating a note the linter passed on. */
function mergeFindings(r: ImportResult, lint: readonly InspectFinding[]): InspectFinding[] {
  const seen = new Set(r.findings.map((f) => `${f.rule}\u0000${f.message}`));
  const own = lint
    .filter((f) => !seen.has(`${f.rule}\u0000${f.message}`))
    .map((f) => ({ rule: f.rule, severity: f.severity, message: f.message }));
  return [...r.findings, ...own];
}

/**
 * Builds the inspect object from an import result (sub-measure headings included; 一是 runs have none).
 * `lint` is the linter's findings for the same result (lintImport), reported after the importer's notes.
 */
export function inspectView(r: ImportResult, lint: readonly InspectFinding[] = []): InspectView {
  const d = r.draft;
  const findings = mergeFindings(r, lint);
  if (d === null) {
    return {
      kind: r.kind,
      handling: null,
      channel: null,
      proposers: [],
      role: null,
      proposalNumber: null,
      session: null,
      title: null,
      categoryMark: null,
      docNumber: null,
      signer: null,
      salutation: null,
      sections: [],
      figures: [],
      signOff: { unit: null, date: null, dateText: null },
      contact: null,
      cc: [],
      findings,
    };
  }
  const sections: InspectSection[] = [];
  for (const s of d.letter.sections) {
    sections.push({ level: 1, heading: s.heading });
    headings(s.measures, 2, sections);
  }
  const so = d.letter.signOff;
  const contactParts = [
    so.contactName ? `联系人：${so.contactName}` : "",
    so.contactPhone ? `联系电话：${so.contactPhone}` : "",
  ];
  const handling = r.meta.handling;
  return {
    kind: handling === "会办" || handling === "协办" ? "opinion" : r.kind,
    handling,
    channel: r.meta.channel,
    proposers: d.record.proposers,
    role: r.meta.role,
    proposalNumber: d.record.proposalNumber,
    session: orNull(d.record.session),
    title: orNull(d.letter.title),
    categoryMark: d.record.category,
    docNumber: orNull(d.record.docNumber),
    signer: orNull(d.record.signer),
    salutation: orNull(d.letter.salutation),
    sections,
    figures: d.figures.map((f) => ({ text: figureText(f), value: Number(f.value), unit: f.unit })),
    signOff: { unit: orNull(so.unit), date: so.date, dateText: r.meta.dateText },
    contact: orNull(contactParts.filter((p) => p !== "").join("，")),
    cc: so.cc,
    findings,
  };
}

/** A readable Chinese summary of an import result (CLI without --json, logs), with the linter's findings if given. */
export function inspectSummary(r: ImportResult, lint: readonly InspectFinding[] = []): string {
  const v = inspectView(r, lint);
  if (v.kind === "not-a-letter") return `不是答复函：${r.reason ?? ""}\n`;
  const lines = [
    v.kind === "opinion"
      ? `类型：${v.channel ?? "未知"}${v.handling ?? "会办"}意见（致主办单位）`
      : `类型：${v.channel ?? "未知"}答复${v.categoryMark ? `（${v.categoryMark}类）` : ""}`,
    `标题：${v.title ?? "（无）"}`,
    `届次：${v.session ?? "（无）"}  编号：${v.proposalNumber ?? "（无）"}`,
    `提出人：${v.proposers.join("、") || "（无）"}${v.role ? `（${v.role}）` : ""}  称呼：${v.salutation ?? "（无）"}`,
    `发文字号：${v.docNumber ?? "（无）"}  签发人：${v.signer ?? "（无）"}`,
    `结构：${v.sections.length} 个标题`,
    ...v.sections.map((s) => `${"  ".repeat(s.level)}${s.level}级 ${s.heading}`),
    `数据：${v.figures.map((f) => f.text).join("、") || "（无）"}`,
    `署名：${v.signOff.unit ?? "（无）"}  成文日期：${v.signOff.dateText ?? "（无）"}${v.signOff.date ? `（${v.signOff.date}）` : ""}`,
    `附注：${v.contact ?? "（无）"}  抄送：${v.cc.join("，") || "（无）"}`,
    `清理：${r.cleaning.map((c) => `${c.label} ${c.count} 处`).join("；") || "无"}`,
    ...(r.lowConfidence.length > 0 ? [`待确认字段：${r.lowConfidence.join("、")}`] : []),
    ...v.findings.filter((f) => f.severity !== "info" && f.severity !== "hint").map((f) => `[${f.rule}] ${f.message}`),
  ];
  return `${lines.join("\n")}\n`;
}
