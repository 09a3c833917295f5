// 年度办理工作总结: one click drafts the year-end summary as a normal Draft whose numbers are figures
// ({{fig:ID}}), each traced to the ids of the items it counts.
import { blankDraft } from "../model/factory";
import type { Draft, Figure, Measure, Section } from "../model/draft";
import type { Settings } from "../model/settings";
import { resolveText } from "../letter/variables";
import { itemIndex, type Counted, type HandlingStats, type Rate, type StatDraft } from "./stats";
import { ContactWay } from "./schemas";

/** A measure from a reply, offered as an example of what the handling achieved. */
export interface SummaryExample {
  readonly itemId: string;
  readonly proposalTitle: string;
  readonly text: string;
}

/** What the 总结 is drafted from. */
export interface SummaryInput {
  readonly stats: HandlingStats;
  /** Contacts of the items in scope by way (面商, 电话…), each with the ids of the items. */
  readonly contactWays: Readonly<Record<ContactWay, Counted>>;
  /** Number of 退回 in the review chain of the items in scope. */
  readonly returns: Counted;
  readonly examples: readonly SummaryExample[];
  /** Label of the period, e.g. 2026年度 or the session name. */
  readonly periodLabel: string;
}

/** The drafted summary and where each of its numbers comes from. */
export interface DraftedSummary {
  readonly draft: Draft;
  /** figure id → ids of the drafts counted. */
  readonly trace: Readonly<Record<string, readonly string[]>>;
}

const MAX_EXAMPLES = 5;
const EXAMPLE_CHARS = 160;

/** The drafts of the items in scope (first replies and their 重办 drafts). */
export function chainDrafts(all: readonly StatDraft[], stats: HandlingStats): StatDraft[] {
  const items = new Set(stats.items.ids);
  const itemOf = itemIndex(all);
  return all.filter((d) => items.has(itemOf.get(d.id) ?? d.id));
}

/** Items by way of contact and the 退回 count (one id per return), over the drafts of the items in scope. */
export function summaryFacts(
  all: readonly StatDraft[],
  stats: HandlingStats,
): { contactWays: Record<ContactWay, Counted>; returns: Counted } {
  const itemOf = itemIndex(all);
  const ways = new Map<ContactWay, Set<string>>(ContactWay.options.map((w) => [w, new Set<string>()]));
  const returns: string[] = [];
  for (const d of chainDrafts(all, stats)) {
    const item = itemOf.get(d.id) ?? d.id;
    for (const c of d.contacts) ways.get(c.way)?.add(item);
    for (let i = 0; i < d.returns.length; i++) returns.push(d.id);
  }
  const counted = (w: ContactWay): Counted => {
    const ids = [...(ways.get(w) ?? [])];
    return { count: ids.length, ids };
  };
  const contactWays = {
    面商: counted("面商"),
    电话: counted("电话"),
    座谈: counted("座谈"),
    实地调研: counted("实地调研"),
    书面: counted("书面"),
  };
  return { contactWays, returns: { count: returns.length, ids: returns } };
}

/** Picks example measures from replied drafts (A first, then B): the first measure text that holds a figure or number. */
export function pickExamples(drafts: readonly Draft[], settings: Settings): SummaryExample[] {
  const rank = (d: Draft): number => ["A", "B", "C", "D"].indexOf(d.record.category ?? "D");
  const out: SummaryExample[] = [];
  const sorted = [...drafts].filter((d) => d.status === "已答复").sort((a, b) => rank(a) - rank(b));
  for (const d of sorted) {
    const ctx = { record: d.record, bureau: settings.bureau, figures: d.figures };
    const texts: string[] = [];
    const walk = (ms: readonly Measure[]): void => {
      for (const m of ms) {
        texts.push(resolveText(m.text, ctx));
        walk(m.children);
      }
    };
    for (const s of d.letter.sections) if (s.role === "measures") walk(s.measures);
    const withFigure = texts.find((t) => /\d/.test(t));
    if (!withFigure) continue;
    const text = withFigure.length > EXAMPLE_CHARS ? `${withFigure.slice(0, EXAMPLE_CHARS)}……` : withFigure;
    out.push({ itemId: d.id, proposalTitle: d.record.proposalTitle || d.letter.title || d.id, text });
    if (out.length >= MAX_EXAMPLES) break;
  }
  return out;
}

class FigureBook {
  readonly figures: Figure[] = [];
  readonly trace: Record<string, readonly string[]> = {};
  constructor(private readonly asOf: string) {}

  count(id: string, label: string, c: Counted): string {
    this.add(id, label, String(c.count), "件", c.ids);
    return `{{fig:${id}}}`;
  }

  rate(id: string, label: string, r: Rate): string {
    if (r.pct === null) return "—";
    // The ids behind a rate are its numerator; the denominator is traced by the count beside it.
    this.add(id, label, r.pct.toFixed(1), "%", r.num.ids);
    return `{{fig:${id}}}`;
  }

  private add(id: string, label: string, value: string, unit: string, ids: readonly string[]): void {
    this.figures.push({
      id,
      label,
      value,
      unit,
      prefix: "",
      suffix: "",
      asOf: this.asOf,
      source: `办理统计：${label}（${ids.length} 份文稿，明细见“办理”面板的数字来源）`,
    });
    this.trace[id] = ids;
  }
}

function section(id: string, heading: string, paragraphs: string[], role: Section["role"] = "measures"): Section {
  return { id, heading, role, paragraphs, measures: [] };
}

/** Drafts the summary as a 草稿 the officer edits like any letter. */
export function draftAnnualSummary(input: SummaryInput, settings: Settings, id: string, now: string): DraftedSummary {
  const { stats: s, periodLabel } = input;
  const today = now.slice(0, 10);
  const f = new FigureBook(today);
  const unit = settings.bureau.fullName || "我单位";

  const basic = [
    `${periodLabel}，${unit}共承办人大代表建议和政协委员提案${f.count("items", "承办件数", s.items)}，其中建议${f.count("jianyi", "建议件数", s.byChannel.建议)}、提案${f.count("tian", "提案件数", s.byChannel.提案)}；主办${f.count("zhuban", "主办件数", s.byRole.主办)}、协办${f.count("xieban", "协办件数", s.byRole.协办)}、会办${f.count("huiban", "会办件数", s.byRole.会办)}，重点件${f.count("zhongdian", "重点件数", s.important)}。`,
    `已办复${f.count("replied", "已办复件数", s.replied)}，办复率${f.rate("replyRate", "办复率", s.rates.replyRate)}；按期办复${f.count("ontime", "按期办复件数", s.onTime)}，按期办复率${f.rate("onTimeRate", "按期办复率", s.rates.onTimeRate)}。答复前与代表委员沟通${f.count("contacted", "答复前沟通件数", s.contacted)}，面商率${f.rate("contactRate", "面商率", s.rates.contactRate)}。`,
    `收回征询意见${f.count("rated", "收回征询意见件数", s.rates.satisfactionRate.den)}，其中满意${f.count("manyi", "满意件数", s.satisfaction.满意)}、基本满意${f.count("jbmy", "基本满意件数", s.satisfaction.基本满意)}、不满意${f.count("bmy", "不满意件数", s.satisfaction.不满意)}，满意率${f.rate("satRate", "满意率", s.rates.satisfactionRate)}。`,
    `按办理结果分类，A类${f.count("catA", "A类件数", s.categories.A)}（占${f.rate("shareA", "A类占比", s.categoryShare.A)}）、B类${f.count("catB", "B类件数", s.categories.B)}（占${f.rate("shareB", "B类占比", s.categoryShare.B)}）、C类${f.count("catC", "C类件数", s.categories.C)}（占${f.rate("shareC", "C类占比", s.categoryShare.C)}）、D类${f.count("catD", "D类件数", s.categories.D)}（占${f.rate("shareD", "D类占比", s.categoryShare.D)}）。`,
  ];

  const ways = (Object.entries(input.contactWays) as [ContactWay, Counted][]).filter(([, c]) => c.count > 0);
  const wayText = ways.map(([w, c], i) => `${w}${f.count(`way${i + 1}`, `${w}沟通件数`, c)}`).join("、");
  const practice = [
    ways.length > 0
      ? `坚持办前、办中、办后与代表委员沟通，通过${wayText}等方式听取意见，做到“见面办、面商答”。`
      : "坚持办前、办中、办后与代表委员沟通，听取意见。",
    `严格执行拟稿、核稿、签发程序，答复函经审核退回修改${f.count("returns", "审核退回次数", input.returns)}，逐件把好内容关和格式关。`,
    s.reopened.count > 0
      ? `对代表委员不满意的${f.count("reopened", "重办件数", s.reopened)}，及时重新研究办理并再次答复。`
      : "对代表委员不满意的答复，及时重新研究办理并再次答复。",
  ];

  const effects =
    input.examples.length > 0
      ? input.examples.map((e) => `在办理《${e.proposalTitle}》中，${e.text}`)
      : ["（请补充办理成效的典型事例。）"];

  const problems: string[] = [];
  if (s.late.count > 0 || s.overdue.length > 0) {
    const overdue: Counted = { count: s.overdue.length, ids: s.overdue.map((r) => r.id) };
    problems.push(
      `办理时效仍需提高，逾期答复${f.count("late", "逾期答复件数", s.late)}，目前超期未复${f.count("overdue", "超期未复件数", overdue)}。`,
    );
  }
  if (s.satisfaction.不满意.count > 0) {
    problems.push(`个别答复未能让代表委员满意，不满意${f.count("bmy2", "不满意件数", s.satisfaction.不满意)}。`);
  }
  const top = s.returnReasons[0];
  if (top) {
    const c: Counted = { count: top.count, ids: top.ids };
    problems.push(
      `审核中退回原因最多的是“${top.reason}”，共${f.count("topReason", `退回原因“${top.reason}”次数`, c)}。`,
    );
  }
  if (problems.length === 0) problems.push("（请补充存在的问题。）");

  const next = [
    "进一步健全办理工作机制，压实承办责任，确保按期办复。",
    "坚持答复前与代表委员见面沟通，提高办理质量和满意度。",
    "加强答复函审核，杜绝答非所问，按规定及时公开办理结果。",
  ];

  const base = blankDraft(id, now, "建议");
  const draft: Draft = {
    ...base,
    templateId: "annual-summary",
    record: { ...base.record, proposalTitle: `${periodLabel}建议提案办理工作总结`, leadUnit: unit },
    letter: {
      ...base.letter,
      title: `${unit}关于${periodLabel}建议提案办理工作的总结`,
      salutation: "",
      opening: `现将${unit}${periodLabel}人大代表建议和政协委员提案办理工作情况总结如下：`,
      sections: [
        section("s1", "基本情况", basic),
        section("s2", "主要做法", practice),
        section("s3", "办理成效", effects),
        section("s4", "存在问题", problems),
        section("s5", "下一步打算", next, "nextSteps"),
      ],
      signOff: { ...base.letter.signOff, date: today },
    },
    figures: f.figures,
  };
  return { draft, trace: f.trace };
}
