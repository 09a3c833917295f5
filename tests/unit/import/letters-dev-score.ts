// Scores `replydesk inspect --json` and `lint --json` on the labelled development corpus (tests/fixtures/letters-dev),
// with the same rules as the team's scorer (score_letters.py): fields, headings, figures, lint recall, false
// positives and crashes. The commands run through runCli, the code path of bin/replydesk.js.
import { promises as fs } from "node:fs";
import path from "node:path";
import { runCli } from "../../../electron/cli/index";

const SCALAR_FIELDS = [
  "kind",
  "channel",
  "proposers",
  "role",
  "proposalNumber",
  "session",
  "title",
  "categoryMark",
  "docNumber",
  "signer",
  "salutation",
  "contact",
  "cc",
] as const;
const SIGNOFF_FIELDS = ["unit", "date", "dateText"] as const;

const PINYIN = /\([a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüńňǹḿ]+\)/gu;
const EDGE_PUNCT = " \t\r\n:;,.!?、。，：；！？·";
const ORDINAL =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）]|\d+[.．、]|[（(]\d+[)）])\s*/u;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function strip(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_PUNCT.includes(s[a] ?? "")) a++;
  while (b > a && EDGE_PUNCT.includes(s[b - 1] ?? "")) b--;
  return s.slice(a, b);
}

/** NFKC, no pinyin artefacts, no whitespace, no edge punctuation (score_letters.py norm_str). */
export function normStr(s: Json | undefined): string {
  return strip(
    String(s ?? "")
      .normalize("NFKC")
      .replace(PINYIN, "")
      .replace(/\s+/gu, ""),
  );
}

function normHeading(s: Json | undefined): string {
  return strip(
    String(s ?? "")
      .normalize("NFKC")
      .replace(PINYIN, "")
      .replace(/\s+/gu, "")
      .replace(ORDINAL, ""),
  );
}

const isEmpty = (v: Json | undefined): boolean =>
  v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

function alternatives(expected: Json): Json[] {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected) && "anyOf" in expected) {
    const alts = expected["anyOf"];
    return Array.isArray(alts) ? alts : [];
  }
  return [expected];
}

function phones(s: string): Set<string> {
  const out = new Set<string>();
  for (const m of s.normalize("NFKC").match(/\d[\d\-－ ]{4,}\d/gu) ?? []) {
    const digits = m.replace(/\D/gu, "");
    if (digits.length >= 6) out.add(digits);
  }
  return out;
}

function sortedNorm(list: readonly Json[]): string {
  return JSON.stringify(
    list
      .filter((x) => !isEmpty(x))
      .map((x) => normStr(x))
      .sort(),
  );
}

function matchOne(field: string, exp: Json, act: Json | undefined): boolean {
  if (exp === null || (Array.isArray(exp) && exp.length === 0)) return isEmpty(act);
  if (isEmpty(act) || act === undefined) return false;
  if (field === "proposalNumber") return typeof act === "number" && act === exp;
  if (field === "date") return typeof act === "string" && act.trim() === exp;
  if (field === "proposers" || field === "cc") {
    return Array.isArray(act) && Array.isArray(exp) && sortedNorm(exp) === sortedNorm(act);
  }
  if (field === "contact") {
    if (typeof act !== "string") return false;
    const want = phones(String(exp));
    if (want.size > 0) {
      const got = phones(act);
      return [...want].every((p) => got.has(p));
    }
    return normStr(exp) === normStr(act);
  }
  if (typeof act !== "string" && typeof act !== "number") return false;
  return normStr(exp) === normStr(act);
}

function matchField(field: string, expected: Json, actual: Json | undefined): boolean {
  return alternatives(expected).some((alt) => matchOne(field, alt, actual));
}

const MULT: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8, 萬: 1e4, 億: 1e8 };
const APPROX = /[余多近约約逾超]/gu;

function canonUnit(unit: Json | undefined): [number, string] {
  let u = String(unit ?? "")
    .normalize("NFKC")
    .replace(/\s+/gu, "")
    .replace(APPROX, "");
  let mult = 1;
  while (u !== "" && MULT[u[0] ?? ""] !== undefined) {
    mult *= MULT[u[0] ?? ""] ?? 1;
    u = u.slice(1).replace(APPROX, "");
  }
  return [mult, u];
}

function canonFigure(value: Json | undefined, unit: Json | undefined): [number, string] | null {
  const v = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
  if (!Number.isFinite(v)) return null;
  const [mult, base] = canonUnit(unit);
  return [v * mult, base];
}

function parseFigureText(text: Json | undefined): [number, string] | null {
  const t = String(text ?? "")
    .normalize("NFKC")
    .replace(/,/gu, "");
  const m = /(\d+(?:\.\d+)?)\s*(.*)$/u.exec(t);
  return m ? canonFigure(m[1] ?? "", m[2] ?? "") : null;
}

const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

function figureHits(expected: readonly JsonObject[], actual: Json | undefined): number {
  const cands = (Array.isArray(actual) ? actual : []).flatMap((f) => {
    if (f === null || typeof f !== "object" || Array.isArray(f)) return [];
    const forms = [canonFigure(f["value"], f["unit"]), parseFigureText(f["text"])].filter(
      (x): x is [number, string] => x !== null,
    );
    return [forms];
  });
  const used = new Set<number>();
  let hits = 0;
  for (const e of expected) {
    const ev = Number(e["value"]);
    const eu = String(e["unit"] ?? "");
    const i = cands.findIndex(
      (forms, k) => !used.has(k) && forms.some(([v, u]) => sameNumber(v, ev) && (eu === "" || u === eu)),
    );
    if (i >= 0) {
      used.add(i);
      hits++;
    }
  }
  return hits;
}

function headingHits(expected: readonly JsonObject[], actual: Json | undefined): number {
  const acts = (Array.isArray(actual) ? actual : []).flatMap((s) =>
    s !== null && typeof s === "object" && !Array.isArray(s) ? [[s["level"], normHeading(s["heading"])] as const] : [],
  );
  const used = new Set<number>();
  let hits = 0;
  for (const e of expected) {
    const raw = e["heading"];
    const alts = (Array.isArray(raw) ? raw : [raw]).map((a) => normHeading(a));
    const i = acts.findIndex(
      ([lvl, h], k) => !used.has(k) && lvl === e["level"] && h !== "" && alts.some((a) => h === a || h.startsWith(a)),
    );
    if (i >= 0) {
      used.add(i);
      hits++;
    }
  }
  return hits;
}

function ruleId(r: Json | undefined): string {
  const m = /^\s*R?0*(\d{1,2})\s*$/iu.exec(String(r ?? ""));
  return m ? `R${String(Number(m[1])).padStart(2, "0")}` : String(r);
}

/** The result of one CLI run: the JSON object it printed, or why the run counts as a crash. */
interface Run {
  readonly obj: JsonObject | null;
  readonly error: string | null;
}

async function runJson(sub: "inspect" | "lint", file: string): Promise<Run> {
  let out = "";
  let err = "";
  const code = await runCli([sub, file, "--json"], {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: {},
    cwd: path.dirname(file),
  });
  let obj: Json = null;
  try {
    obj = JSON.parse(out) as Json;
  } catch {
    obj = null;
  }
  if ((code !== 0 && code !== 1) || obj === null || typeof obj !== "object" || Array.isArray(obj)) {
    return { obj: null, error: `${sub} exit ${code} ${err.trim().split("\n").pop() ?? ""}` };
  }
  return { obj, error: null };
}

/** Per-file scores and what went wrong, for a readable failure message. */
export interface FileScore {
  readonly key: string;
  fieldsOk: number;
  fieldsTotal: number;
  headHit: number;
  headTotal: number;
  figHit: number;
  figTotal: number;
  lintHit: number;
  lintTotal: number;
  fp: number;
  crashes: number;
  readonly notes: string[];
}

function show(v: Json | undefined): string {
  const s = JSON.stringify(v ?? null);
  return s.length <= 90 ? s : `${s.slice(0, 87)}...`;
}

async function scoreFile(
  key: string,
  entry: JsonObject,
  root: string,
  everywhere: readonly string[],
): Promise<FileScore> {
  const file = path.join(root, ...String(entry["file"]).split("/"));
  const exp = (entry["expected"] ?? {}) as JsonObject;
  const res: FileScore = {
    key,
    fieldsOk: 0,
    fieldsTotal: 0,
    headHit: 0,
    headTotal: 0,
    figHit: 0,
    figTotal: 0,
    lintHit: 0,
    lintTotal: 0,
    fp: 0,
    crashes: 0,
    notes: [],
  };
  const ins = await runJson("inspect", file);
  const lint = await runJson("lint", file);
  const findingsRaw = lint.obj?.["findings"];
  const lintOk = lint.obj !== null && Array.isArray(findingsRaw);
  for (const e of [ins.error, lintOk ? null : (lint.error ?? "lint output has no findings list")]) {
    if (e !== null) {
      res.crashes++;
      res.notes.push(`crash: ${e}`);
    }
  }
  const got = ins.obj ?? {};
  const check = (name: string, expected: Json, actual: Json | undefined): void => {
    res.fieldsTotal++;
    if (ins.obj !== null && matchField(name.replace(/^signOff\./u, ""), expected, actual)) res.fieldsOk++;
    else res.notes.push(`${name}: expected ${show(expected)} got ${show(actual)}`);
  };
  for (const f of SCALAR_FIELDS) if (f in exp) check(f, exp[f] ?? null, got[f]);
  const soExp = exp["signOff"];
  if (soExp && typeof soExp === "object" && !Array.isArray(soExp)) {
    const so = got["signOff"];
    const soGot = so && typeof so === "object" && !Array.isArray(so) ? so : {};
    for (const f of SIGNOFF_FIELDS) if (f in soExp) check(`signOff.${f}`, soExp[f] ?? null, soGot[f]);
  }
  const sections = exp["sections"];
  if (Array.isArray(sections)) {
    res.headTotal = sections.length;
    res.headHit = headingHits(sections as JsonObject[], got["sections"]);
  }
  const figures = exp["figures"];
  if (Array.isArray(figures)) {
    res.figTotal = figures.length;
    res.figHit = figureHits(figures as JsonObject[], got["figures"]);
  }
  const required = new Set<string>();
  const autofix = new Set<string>();
  for (const d of (entry["defects"] ?? []) as JsonObject[]) {
    const rid = ruleId(d["rule"]);
    if (d["autofix"] === true) autofix.add(rid);
    else required.add(rid);
  }
  const allowed = new Set([
    ...required,
    ...((entry["optional"] ?? []) as JsonObject[]).map((o) => ruleId(o["rule"])),
    ...everywhere,
  ]);
  const reported = new Set<string>();
  for (const f of lintOk ? (findingsRaw as Json[]) : []) {
    if (f === null || typeof f !== "object" || Array.isArray(f)) continue;
    const rid = ruleId(f["rule"]);
    reported.add(rid);
    const sev = String(f["severity"] ?? "").toLowerCase();
    if (sev === "hint" || sev === "info") continue;
    if (rid === "R12" && autofix.has("R12")) continue;
    if (allowed.has(rid)) continue;
    res.fp++;
    res.notes.push(`false positive ${rid} ${sev}: ${String(f["message"] ?? "").slice(0, 70)}`);
  }
  res.lintTotal = required.size;
  for (const rid of required) {
    if (lintOk && reported.has(rid)) res.lintHit++;
    else res.notes.push(`missed ${rid}`);
  }
  return res;
}

/** Totals over the corpus, as score_letters.py prints them. */
export interface CorpusScore {
  /** Percentages with one decimal, e.g. 81.3. */
  readonly fields: number;
  readonly headings: number;
  readonly figures: number;
  readonly lintRecall: number;
  readonly falsePositives: number;
  readonly falsePositivesPerLetter: number;
  readonly crashes: number;
  readonly letters: number;
  readonly files: readonly FileScore[];
}

const pct = (a: number, b: number): number => (b === 0 ? 100 : Math.round((1000 * a) / b) / 10);

/** Scores every labelled letter under `root` (labels.json beside the letters folder). */
export async function scoreCorpus(root: string): Promise<CorpusScore> {
  const labels = JSON.parse(await fs.readFile(path.join(root, "labels.json"), "utf8")) as JsonObject;
  const everywhere = Object.keys((labels["_optionalEverywhere"] ?? {}) as JsonObject).map(ruleId);
  const files: FileScore[] = [];
  for (const key of Object.keys(labels).sort()) {
    if (key.startsWith("_")) continue;
    files.push(await scoreFile(key, labels[key] as JsonObject, root, everywhere));
  }
  const sum = (k: keyof Omit<FileScore, "key" | "notes">): number => files.reduce((n, f) => n + f[k], 0);
  const fp = sum("fp");
  return {
    fields: pct(sum("fieldsOk"), sum("fieldsTotal")),
    headings: pct(sum("headHit"), sum("headTotal")),
    figures: pct(sum("figHit"), sum("figTotal")),
    lintRecall: pct(sum("lintHit"), sum("lintTotal")),
    falsePositives: fp,
    falsePositivesPerLetter: files.length === 0 ? 0 : Math.round((100 * fp) / files.length) / 100,
    crashes: sum("crashes"),
    letters: files.length,
    files,
  };
}
