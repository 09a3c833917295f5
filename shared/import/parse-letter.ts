// Plain text → Draft: cleaning, then record, head, salutation, opening, body, closing and sign-off.
import { Draft, type Channel } from "../model/draft";
import { blankDraft } from "../model/factory";
import { readBody, type BodyFacts } from "./body";
import { cleanText } from "./clean";
import { FigureCollector } from "./figures";
import { readHead, type HeadFacts } from "./head";
import { letterFindings } from "./letter-findings";
import { lookAlikeReason, readHandling, readOpinionProposer, type Handling } from "./letter-kind";
import { L1, OPENING_ANCHOR, REPLY_ANCHOR } from "./patterns";
import { readTableRow, type RecordFacts } from "./record-block";
import { readBareSalutation, readSalutation, type SalutationFacts } from "./salutation";
import { readTail, type TailFacts } from "./sign-off";
import { channelOfText, readOpening, readTitle, type TitleFacts } from "./title-facts";
import type { CleaningStep, ImportFinding, ImportResult } from "./types";

/** Options of parseLetterText: a fixed clock and id (tests, batch import). */
export interface ParseOptions {
  readonly now?: string;
  readonly id?: string;
}

/** Where the salutation was found in the paragraph list. */
interface Located {
  readonly index: number;
  readonly facts: SalutationFacts;
}

const SCAN_LIMIT = 60;

// FNV-1a over the text: a stable id for the same input.
function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `imp-${h.toString(16).padStart(8, "0")}`;
}

// Table rows are read into the record; the 答复内容 cell becomes paragraphs (its spaces were line breaks).
function toParagraphs(text: string, facts: RecordFacts): string[] {
  const paras: string[] = [];
  for (const line of text.split("\n")) {
    if (line === "") continue;
    if (!line.includes("|")) {
      paras.push(line);
      continue;
    }
    const had = facts.replyText;
    readTableRow(line, facts);
    if (facts.replyText !== undefined && facts.replyText !== had) {
      paras.push(...facts.replyText.split(/\s+/u).filter((p) => p !== ""));
    }
  }
  return paras;
}

function locateSalutation(paras: readonly string[]): Located | null {
  for (let i = 0; i < Math.min(paras.length, SCAN_LIMIT); i++) {
    const p = paras[i] ?? "";
    if (L1.test(p)) break;
    const facts = readSalutation(p);
    if (facts) return { index: i, facts };
  }
  const anchor = paras.findIndex((p, i) => i < SCAN_LIMIT && OPENING_ANCHOR.test(p));
  if (anchor > 0) {
    const facts = readBareSalutation(paras[anchor - 1] ?? "");
    if (facts) return { index: anchor - 1, facts };
  }
  return null;
}

function refused(
  reason: string,
  source: string,
  cleaning: readonly CleaningStep[],
  findings: ImportFinding[],
): ImportResult {
  return {
    kind: "not-a-letter",
    reason,
    draft: null,
    cleaning,
    lowConfidence: [],
    findings: [...findings, { rule: "R27", severity: "error", message: reason }],
    source,
    extras: [],
    meta: { channel: null, role: null, dateText: null, handling: null },
  };
}

function cleaningFindings(steps: readonly CleaningStep[]): ImportFinding[] {
  return steps.map((s) => ({
    rule: s.id === "punctuation" ? "R12" : s.id === "traditional" || s.id === "pinyin" ? "R28" : "import",
    severity: "info",
    message: `已清理：${s.label} ${s.count} 处${s.examples[0] ? `（如 ${s.examples[0]}）` : ""}。`,
  }));
}

function decideChannel(t: TitleFacts, o: TitleFacts, rec: RecordFacts, sal: SalutationFacts | null): Channel | null {
  if (t.channel) return t.channel;
  if (o.channel) return o.channel;
  if (rec.channelHint) return rec.channelHint;
  if (sal?.role === "委员") return "提案";
  if (sal?.role === "代表") return "建议";
  return null;
}

/** Everything the parser read, before it becomes a Draft. */
export interface LetterFacts {
  readonly record: RecordFacts;
  readonly head: HeadFacts;
  readonly salutation: SalutationFacts | null;
  readonly opening: string;
  readonly title: TitleFacts;
  readonly openingFacts: TitleFacts;
  readonly body: BodyFacts;
  readonly tail: TailFacts;
  readonly channel: Channel | null;
  readonly handling: Handling;
  /** Proposers an opinion names in its opening (it is addressed to the lead unit, not to them). */
  readonly opinionProposers: readonly string[] | null;
}

/** Parses the text of one letter (as read from a file, a web page or a paste) into a draft or a refusal. */
export function parseLetterText(raw: string, opts: ParseOptions = {}): ImportResult {
  const cleaned = cleanText(raw);
  const source = cleaned.text;
  const cleanNotes = cleaningFindings(cleaned.steps);
  const han = (source.match(/\p{Script=Han}/gu) ?? []).length;
  if (han < 10) {
    return refused(
      "内容为空或几乎没有中文文字，无法识别为答复函。请检查所选文件是否正确。",
      source,
      cleaned.steps,
      cleanNotes,
    );
  }
  const record: RecordFacts = { extras: [] };
  const paras = toParagraphs(source, record);
  const sal = locateSalutation(paras);
  let start = sal ? sal.index : paras.findIndex((p) => OPENING_ANCHOR.test(p));
  if (start < 0)
    start = Math.min(
      10,
      Math.max(
        0,
        paras.findIndex((p) => p.length > 60 || L1.test(p)),
      ),
    );
  const head = readHead(paras.slice(0, start), record);
  const body = paras.slice(sal ? start + 1 : start);
  if (sal && sal.facts.rest !== "") body.unshift(sal.facts.rest);

  let opening = "";
  if (body[0] !== undefined && OPENING_ANCHOR.test(body[0])) opening = body.shift() ?? "";
  else if (body[1] !== undefined && (body[0] ?? "").length <= 8 && OPENING_ANCHOR.test(body[1])) {
    opening = `${body.shift() ?? ""}${body.shift() ?? ""}`;
  }
  const tail = readTail(body);
  const bodyFacts = readBody(body.slice(0, body.length - tail.consumed));
  // The page's record title (标题/信息名称) stands in for a letter that shows none: session, number, channel.
  const title = readTitle(head.title ?? record.recordTitle ?? null);
  const openingFacts = readOpening(opening);
  const proposalNumber = title.number ?? openingFacts.number ?? record.proposalNumber ?? null;

  const letterText = [head.title ?? "", opening, ...body].join("\n");
  const lookAlike = lookAlikeReason([...paras].join("\n"), sal !== null);
  if (lookAlike !== null) return refused(lookAlike, source, cleaned.steps, cleanNotes);
  if (!sal && !REPLY_ANCHOR.test(letterText) && proposalNumber === null) {
    const doc = head.docNumber ?? /[\p{Script=Han}]{1,12}〔\d{4}〕\d+号/u.exec(source)?.[0];
    return refused(
      `这不是答复函：没有称呼（如“某某委员：”）、没有“收悉”“现答复如下”等答复用语，也没有提案或建议编号${
        doc ? `；看起来是一份公文（${doc}）` : ""
      }。请导入答复函的正文。`,
      source,
      cleaned.steps,
      cleanNotes,
    );
  }
  const handling = readHandling(head.title ?? record.recordTitle ?? null, opening);
  // An opinion is addressed to the lead unit: the proposer and role are named in its opening.
  const proposer = handling === "主办" ? null : readOpinionProposer(opening);
  const role = handling === "主办" ? (sal?.facts.role ?? null) : (proposer?.role ?? null);
  const channel =
    decideChannel(title, openingFacts, record, sal?.facts ?? null) ??
    (role === "委员" ? "提案" : role === "代表" ? "建议" : channelOfText(opening));
  const facts: LetterFacts = {
    record,
    head,
    salutation: sal?.facts ?? null,
    opening,
    title,
    openingFacts,
    body: bodyFacts,
    tail,
    channel,
    handling,
    opinionProposers: proposer?.names ?? null,
  };
  const draft = buildDraft(facts, proposalNumber, opts, source);
  const checked = Draft.safeParse(draft);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return refused(
      `内容无法保存为文稿（${issue?.path.join(".") ?? ""}：${issue?.message ?? "格式不符"}），可能文字过长或不是答复函。`,
      source,
      cleaned.steps,
      cleanNotes,
    );
  }
  const { findings, lowConfidence } = letterFindings(facts, checked.data);
  return {
    kind: "reply",
    reason: null,
    draft: checked.data,
    cleaning: cleaned.steps,
    lowConfidence,
    findings: [...cleanNotes, ...findings],
    source,
    extras: [...record.extras, ...head.unknown.map((value) => ({ label: "未识别", value }))],
    meta: { channel, role, dateText: tail.dateText, handling },
  };
}

function buildDraft(f: LetterFacts, proposalNumber: number | null, opts: ParseOptions, source: string): Draft {
  const now = opts.now ?? new Date().toISOString();
  const base = blankDraft(opts.id ?? hashId(source), now, f.channel ?? "建议");
  const figs = new FigureCollector();
  const opening = figs.lift(f.opening);
  const background = f.body.background.map((t) => figs.lift(t));
  const sections = f.body.sections.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => figs.lift(p)),
    measures: s.measures.map(function liftMeasure(m): (typeof s.measures)[number] {
      return { ...m, text: figs.lift(m.text), children: m.children.map(liftMeasure) };
    }),
  }));
  const closing = f.tail.closing.map((t) => figs.lift(t));
  const sal = f.salutation;
  const proposers = f.record.proposers ?? [...(f.opinionProposers ?? sal?.names ?? [])];
  const t = f.title;
  const o = f.openingFacts;
  return {
    ...base,
    record: {
      ...base.record,
      handling: f.handling === "主办" ? "主办" : "会办",
      session: t.session ?? o.session ?? f.record.session ?? "",
      proposalNumber: proposalNumber !== null && proposalNumber > 0 ? proposalNumber : null,
      proposers,
      proposerOrg: f.handling === "主办" ? (sal?.org ?? null) : null,
      proposalTitle: f.record.proposalTitle ?? o.proposalTitle ?? "",
      leadUnit: f.record.leadUnit ?? f.tail.unit ?? "",
      coUnits: f.record.coUnits ?? [...o.coUnits],
      category: f.head.category ?? f.record.category ?? f.tail.category ?? null,
      disclosure: f.record.disclosure ?? null,
      docNumber: f.head.docNumber ?? f.record.docNumber ?? null,
      signer: f.head.signer ?? f.record.signer ?? null,
    },
    letter: {
      title: f.head.title,
      salutation: sal ? sal.text : null,
      opening,
      background,
      sections,
      closing,
      signOff: {
        unit: f.tail.unit,
        date: f.tail.date?.iso ?? null,
        contactName: f.tail.contactName,
        contactPhone: f.tail.contactPhone,
        notes: f.tail.notes,
        cc: f.tail.cc,
        attachments: f.tail.attachments,
      },
    },
    figures: figs.figures,
    // A reference copy with its own title, salutation and 署名 until a person takes it over.
    origin: { kind: "imported", importedAt: now, takenOverAt: null },
  };
}
