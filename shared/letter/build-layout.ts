// Draft + settings → LetterLayout: the ordered, typed blocks that the preview and the .docx both draw.
// Every block carries the dotted path of its source: into Draft.letter, or "record.<field>" / "settings.<field>".
import type { Draft, Measure } from "../model/draft";
import type { Settings } from "../model/settings";
import { formatChineseDate } from "./dates";
import type { FontRole, LayoutBlock, LayoutRun, LetterLayout, ParagraphRole } from "./layout-types";
import { deeperLevel, headingLabel, siblingLabels, type HeadingLevel } from "./numbering";
import { GB_PAGE } from "./page";
import { defaultSalutation } from "./salutation";
import { breakTitleLines, generateTitle, titleBureauOf } from "./title";
import { resolvePieces, resolveText, type TextPiece, type VariableContext } from "./variables";

/** How the letter is being produced: with a seal or not, and whether it is still a draft. */
export interface LayoutOptions {
  readonly sealed: boolean;
  readonly isDraft: boolean;
}

/** The 敬礼 of a letter-style closing (此致 / 敬礼！) is set 顶格. */
const SALUTE = /^敬礼[！!]?$/u;

/** An attachment name as 附件说明 prints it: without the 书名号 a clerk might have typed around it. */
export function attachmentName(name: string): string {
  const t = name.trim();
  return /^《[^《》]*》$/u.test(t) ? t.slice(1, -1) : t;
}

const ROLE_OF_LEVEL: Readonly<Record<HeadingLevel, ParagraphRole>> = { 1: "h1", 2: "h2", 3: "h3", 4: "h4" };
const HEADING_FONT: Readonly<Record<HeadingLevel, FontRole>> = { 1: "heiti", 2: "kaiti", 3: "fangsong", 4: "fangsong" };

function runsOf(pieces: readonly TextPiece[], font: FontRole): LayoutRun[] {
  return pieces
    .filter((p) => p.text !== "")
    .map((p) => (p.figureId === undefined ? { text: p.text, font } : { text: p.text, font, figureId: p.figureId }));
}

/** Joins neighbouring runs that share font, weight and (no) figure, so renderers get fewer, longer runs. */
function mergeRuns(runs: readonly LayoutRun[]): LayoutRun[] {
  const out: LayoutRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && !last.figureId && !r.figureId && last.font === r.font && Boolean(last.bold) === Boolean(r.bold)) {
      out[out.length - 1] = { ...last, text: last.text + r.text };
    } else out.push(r);
  }
  return out;
}

// A heading printed before its text ends with 。 (“（一）加大帮扶力度。制定…”); a bare heading line has no 。.
function headingText(label: string, heading: string, hasText: boolean): string {
  const h = heading.trim();
  if (h === "") return label;
  return hasText && !/[。！？；：]$/.test(h) ? `${label}${h}。` : `${label}${h}`;
}

class LayoutBuilder {
  readonly blocks: LayoutBlock[] = [];
  constructor(
    private readonly ctx: VariableContext,
    private readonly level3Bold: boolean,
  ) {}

  body(text: string, path: string): void {
    if (text.trim() === "") return;
    this.blocks.push({
      kind: "paragraph",
      role: "body",
      runs: mergeRuns(runsOf(resolvePieces(text, this.ctx), "fangsong")),
      ...(SALUTE.test(text.trim()) ? { flushLeft: true } : {}),
      source: { path },
    });
  }

  measures(list: readonly Measure[], level: HeadingLevel, base: string): void {
    const labels = siblingLabels(list, level);
    let group: LayoutRun[] = [];
    let groupPath = "";
    const flush = (): void => {
      if (group.length > 0)
        this.blocks.push({ kind: "paragraph", role: "body", runs: mergeRuns(group), source: { path: groupPath } });
      group = [];
    };
    list.forEach((m, i) => {
      const path = `${base}.${i}`;
      const label = labels[i] ?? "";
      if (m.style === "run") {
        if (group.length === 0) groupPath = path;
        group.push({ text: label, font: "fangsong" }, ...runsOf(resolvePieces(m.text, this.ctx), "fangsong"));
        if (m.children.length > 0) {
          flush();
          this.measures(m.children, deeperLevel(level), `${path}.children`);
        }
        return;
      }
      flush();
      const pieces = resolvePieces(m.text, this.ctx);
      const hasText = pieces.some((p) => p.text.trim() !== "");
      const head: LayoutRun = {
        text: headingText(label, resolveText(m.heading, this.ctx), hasText),
        font: HEADING_FONT[level],
        ...(level === 3 && this.level3Bold ? { bold: true } : {}),
      };
      this.blocks.push({
        kind: "paragraph",
        role: ROLE_OF_LEVEL[level],
        runs: mergeRuns([head, ...runsOf(pieces, "fangsong")]),
        source: { path },
      });
      this.measures(m.children, deeperLevel(level), `${path}.children`);
    });
    flush();
  }
}

/** Lays out a draft as the blocks of GB/T 9704 letter, resolving variables, figures, numbering and defaults. */
export function buildLayout(draft: Draft, settings: Settings, opts: LayoutOptions): LetterLayout {
  const { record, letter } = draft;
  const bureau = settings.bureau;
  const ctx: VariableContext = { record, bureau, figures: draft.figures };
  const b = new LayoutBuilder(ctx, bureau.level3Bold);
  const blocks = b.blocks;
  const isMain = record.handling === "主办";

  if (isMain && record.category !== null)
    blocks.push({ kind: "categoryMark", text: record.category, source: { path: "record.category" } });
  if (bureau.letterhead)
    blocks.push({ kind: "letterhead", unitName: bureau.fullName, source: { path: "settings.bureau.letterhead" } });
  // 签发人 is an element of 上行文 in 文件格式 (GB/T 9704 §7.2.6), printed beside the 发文字号 and only when the
  // bureau shows it; 信函格式 has no 签发人 (its 发文字号 stands flush right under the red double rule, §10.1).
  const signer = bureau.showSigner && !bureau.letterhead && record.signer ? record.signer : null;
  if (record.docNumber) {
    blocks.push({ kind: "docNumber", docNumber: record.docNumber, signer, source: { path: "record.docNumber" } });
  }
  const title =
    letter.title !== null ? resolveText(letter.title, ctx) : generateTitle(record, titleBureauOf(draft, bureau));
  blocks.push({ kind: "title", lines: breakTitleLines(title), source: { path: "title" } });
  const salutation = letter.salutation !== null ? resolveText(letter.salutation, ctx) : defaultSalutation(record);
  blocks.push({ kind: "salutation", text: salutation, source: { path: "salutation" } });
  b.body(letter.opening, "opening");
  letter.background.forEach((t, i) => b.body(t, `background.${i}`));
  letter.sections.forEach((s, si) => {
    blocks.push({
      kind: "paragraph",
      role: "h1",
      runs: [{ text: `${headingLabel(1, si)}${resolveText(s.heading, ctx).trim()}`, font: "heiti" }],
      source: { path: `sections.${si}.heading` },
    });
    s.paragraphs.forEach((t, pi) => b.body(t, `sections.${si}.paragraphs.${pi}`));
    b.measures(s.measures, 2, `sections.${si}.measures`);
  });
  letter.closing.forEach((t, i) => b.body(t, `closing.${i}`));
  const so = letter.signOff;
  const attachments = so.attachments.map((a) => attachmentName(resolveText(a, ctx))).filter((a) => a !== "");
  if (attachments.length > 0)
    blocks.push({ kind: "attachmentNote", items: attachments, source: { path: "signOff.attachments" } });
  const unit = so.unit !== null && so.unit.trim() !== "" ? resolveText(so.unit, ctx) : bureau.fullName;
  blocks.push({
    kind: "signOff",
    unit,
    dateText: formatChineseDate(so.date),
    sealed: opts.sealed,
    source: { path: "signOff" },
  });
  const contact = contactNote(so.contactName, so.contactPhone);
  if (contact !== "") blocks.push({ kind: "note", text: contact, source: { path: "signOff.contactName" } });
  so.notes.forEach((n, i) => {
    const text = resolveText(n, ctx).trim();
    if (text !== "") blocks.push({ kind: "note", text, source: { path: `signOff.notes.${i}` } });
  });
  const organs = so.cc.map((c) => resolveText(c, ctx).trim()).filter((c) => c !== "");
  if (organs.length > 0) blocks.push({ kind: "cc", organs, source: { path: "signOff.cc" } });

  return {
    page: GB_PAGE,
    meta: {
      title,
      author: bureau.fullName,
      proposalNumber: record.proposalNumber,
      category: isMain ? record.category : null,
      docNumber: record.docNumber,
      channel: record.channel,
      isDraft: opts.isDraft,
    },
    blocks,
    level3Bold: bureau.level3Bold,
    fontSet: bureau.fontSet,
  };
}

/** The contact 附注: 联系人：X，联系电话：Y (either part alone when the other is empty). */
export function contactNote(name: string, phone: string): string {
  const parts = [name.trim() ? `联系人：${name.trim()}` : "", phone.trim() ? `联系电话：${phone.trim()}` : ""];
  return parts.filter((p) => p !== "").join("，");
}
