// Builds a realistic data folder for the scale benchmark: N drafts varied from the sample letter, plus versions and comments.
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Draft, type DraftStatus, type Measure, type Section } from "../shared/model/draft";
import type { CommentRecord, VersionRecord } from "../shared/workflow/schemas";
import { contentHash } from "../electron/main/services/workflow/content-hash";
import { mulberry32, type Prng } from "../tests/unit/hardening/prng";

/** The repository root (bench/ lives one level below it). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The shipped sample letter, parsed and validated. */
export function loadSampleLetter(): Draft {
  const raw: unknown = JSON.parse(readFileSync(path.join(REPO_ROOT, "assets", "sample-letter.json"), "utf8"));
  return Draft.parse(raw);
}

const TOPICS = [
  "产业强区推动高质量发展",
  "加快中小企业发展",
  "优化营商环境",
  "加强老旧小区改造",
  "推进乡村振兴",
  "完善养老服务体系",
  "提升义务教育质量",
  "加强黄河生态保护",
  "发展数字经济",
  "改善城区交通拥堵",
  "加强食品安全监管",
  "支持专精特新企业",
];
const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "何", "郭", "马", "孙"];
const GIVEN = [
  "昕",
  "伟",
  "芳",
  "敏",
  "静",
  "磊",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀英",
  "建国",
  "海燕",
];
const STATUSES: readonly DraftStatus[] = [
  "草稿",
  "草稿",
  "待审核",
  "退回修改",
  "已审核",
  "已签发",
  "已答复",
  "已答复",
  "已答复",
];
const CONNECTORS = ["同时，", "此外，", "下一步，", "今年以来，", "截至目前，", ""];

/** Roughly how many characters of body text fill one A4 page of a 答复函 (22 lines × 28 characters). */
export const CHARS_PER_PAGE = 616;

function name(rng: Prng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

function isoDay(year: number, rng: Prng): string {
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Collects the sample's measure texts, the material the variations are cut from. */
function measureTexts(sample: Draft): string[] {
  const out: string[] = [];
  const walk = (ms: readonly Measure[]): void => {
    for (const m of ms) {
      out.push(m.text);
      walk(m.children);
    }
  };
  for (const s of sample.letter.sections) walk(s.measures);
  return out;
}

/** Varies a sentence: a connector in front and the numbers changed. */
function vary(text: string, rng: Prng): string {
  return rng.pick(CONNECTORS) + text.replace(/\d+(?=[家次个项余万])/g, () => String(rng.int(2, 300)));
}

/** Builds sections whose body text fills about `pages` pages. */
function sectionsFor(sample: Draft, pages: number, rng: Prng): Section[] {
  const texts = measureTexts(sample);
  const headings = sample.letter.sections.map((s) => s.heading);
  const budget = pages * CHARS_PER_PAGE;
  const sections: Section[] = [];
  let used = 0;
  let m = 0;
  while (used < budget) {
    const measures: Measure[] = [];
    const count = rng.int(2, 5);
    for (let i = 0; i < count && used < budget; i += 1) {
      m += 1;
      const text = vary(rng.pick(texts), rng);
      used += text.length;
      const sub = rng.chance(0.5);
      measures.push({
        id: `m${m}`,
        style: sub ? "sub" : "run",
        heading: sub ? "加强统筹协调" : "",
        text,
        children: [],
      });
    }
    sections.push({
      id: `s${sections.length + 1}`,
      heading: rng.pick(headings),
      role: "measures",
      paragraphs: [],
      measures,
    });
  }
  sections.push({
    id: `s${sections.length + 1}`,
    heading: "下一步工作打算",
    role: "nextSteps",
    paragraphs: [vary(rng.pick(texts), rng)],
    measures: [],
  });
  return sections;
}

/** One realistic draft: number `i` of the bench folder, 1–10 pages, varied status, proposers, dates. */
export function makeBenchDraft(sample: Draft, i: number, rng: Prng): Draft {
  const year = 2015 + (i % 10);
  const channel = rng.chance(0.5) ? "提案" : "建议";
  const topic = rng.pick(TOPICS);
  const proposers = Array.from({ length: rng.int(1, 3) }, () => name(rng));
  const status = rng.pick(STATUSES);
  const assigned = isoDay(year, rng);
  const updated = new Date(
    Date.UTC(year, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23), rng.int(0, 59)),
  ).toISOString();
  const signed = status === "已签发" || status === "已答复";
  const draft: Draft = {
    ...sample,
    id: `bench${String(i).padStart(6, "0")}`,
    revision: rng.int(1, 40),
    createdAt: updated,
    updatedAt: updated,
    status,
    record: {
      ...sample.record,
      channel,
      proposalNumber: (i % 900) + 1,
      proposers,
      proposalTitle: `关于${topic}的${channel}`,
      assignedDate: assigned,
      docNumber: signed ? `惠科工函〔${year}〕${rng.int(1, 300)}号` : null,
      signer: signed ? "张明" : null,
      signDate: signed ? assigned : null,
    },
    letter: { ...sample.letter, sections: sectionsFor(sample, rng.int(1, 10), rng) },
  };
  return Draft.parse(draft);
}

function versionOf(draft: Draft, n: number, kind: VersionRecord["kind"]): VersionRecord {
  return {
    n,
    draftId: draft.id,
    kind,
    hash: contentHash(draft),
    createdAt: draft.updatedAt,
    actor: { name: draft.record.proposers[0] ?? "王伟", role: kind === "sign" ? "文书" : "拟稿人" },
    note: "",
    draft,
  };
}

function commentsOf(draft: Draft, rng: Prng): CommentRecord[] {
  return Array.from({ length: rng.int(1, 4) }, (_, k) => ({
    id: `${draft.id}-c${k}`,
    anchor: `sections.0.measures.${k}`,
    author: { name: "李审核", role: "审核人" as const },
    time: draft.updatedAt,
    text: rng.pick(["数据请核实。", "表述请再斟酌。", "请补充下一步措施。", "此处与去年答复重复。"]),
    version: 1,
    resolved: rng.chance(0.6),
    resolvedBy: null,
    resolvedAt: null,
  }));
}

/** What the generator wrote. */
export interface GeneratedFolder {
  readonly drafts: number;
  readonly versions: number;
  readonly comments: number;
  readonly bytes: number;
}

/**
 * Writes `count` drafts straight into `<dataDir>/drafts/` (plus versions/ and comments/ for the drafts
 * that went through review), bypassing the store: setting up is not what the benchmark measures.
 */
export async function generateDataFolder(dataDir: string, count: number, seed = 20240501): Promise<GeneratedFolder> {
  const rng = mulberry32(seed);
  const sample = loadSampleLetter();
  await mkdir(path.join(dataDir, "drafts"), { recursive: true });
  let versions = 0;
  let comments = 0;
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const draft = makeBenchDraft(sample, i, rng);
    const text = JSON.stringify(draft, null, 1);
    bytes += Buffer.byteLength(text);
    await writeFile(path.join(dataDir, "drafts", `${draft.id}.json`), text);
    if (draft.status !== "草稿") {
      const dir = path.join(dataDir, "versions", draft.id);
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, "1.json"), JSON.stringify(versionOf(draft, 1, "submit"), null, 1));
      versions += 1;
      if (draft.record.docNumber) {
        await writeFile(path.join(dir, "2.json"), JSON.stringify(versionOf(draft, 2, "sign"), null, 1));
        versions += 1;
      }
      const list = commentsOf(draft, rng);
      await mkdir(path.join(dataDir, "comments"), { recursive: true });
      await writeFile(path.join(dataDir, "comments", `${draft.id}.json`), JSON.stringify({ comments: list }));
      comments += list.length;
    }
  }
  return { drafts: count, versions, comments, bytes };
}
