// Child process of the store benchmark: opens a prepared data folder cold and measures the services.
// Usage: node --import tsx bench/store-measure.ts <dataDir> [--open-only]   → one JSON line on stdout.
import { performance } from "node:perf_hooks";
import path from "node:path";
import type { Draft } from "../shared/model/draft";

/** Median and 95th percentile of a sample, in ms. */
export interface Stats {
  readonly median: number;
  readonly p95: number;
  readonly n: number;
}

/** Median / p95 of a list of durations. */
export function stats(samples: readonly number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))] ?? Number.NaN;
  const mid = s.length % 2 === 1 ? at(0.5) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
  return { median: round(mid), p95: round(at(0.95)), n: s.length };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

async function timeIt<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

/** What the child reports. */
export interface MeasureReport {
  readonly drafts: number;
  readonly moduleLoadMs: number;
  readonly servicesReadyMs: number;
  readonly list: Record<string, Stats>;
  readonly get: Stats;
  readonly autosave: Stats;
  readonly autosaveDispatch: Stats;
  readonly maxRssMb: number;
  /** Size of the draft file the autosave wrote. */
  readonly typicalDraftBytes: number;
  readonly typicalDraftId: string;
}

async function main(): Promise<void> {
  const dataDir = path.resolve(process.argv[2] ?? "");
  const openOnly = process.argv.includes("--open-only");
  const loaded = await timeIt(async () => ({
    host: await import("../electron/main/host"),
    handlers: await import("../electron/main/handlers/index"),
    dispatch: await import("../electron/main/dispatch"),
  }));
  const opened = await timeIt(() => loaded.value.host.openHandlerContext({ dataDir }));
  const services = opened.value;
  const { store } = services;
  if (openOnly) {
    await services.close();
    process.stdout.write(`${JSON.stringify({ servicesReadyMs: round(opened.ms), drafts: store.list({}).length })}\n`);
    return;
  }

  const list: Record<string, Stats> = {};
  const queries: Record<string, () => unknown> = {
    全部: () => store.list({}),
    "第一页 100 行（listDraftPage）": () => store.page({ offset: 0, limit: 100 }),
    "文字「产业」": () => store.list({ text: "产业" }),
    "文字「何昕」": () => store.list({ text: "何昕" }),
    "状态「待审核」": () => store.list({ status: "待审核" }),
    "文字+状态": () => store.list({ text: "营商环境", status: "已答复" }),
    "交办日期 2020 年": () =>
      store
        .list({})
        .filter((r) => r.assignedDate !== null && r.assignedDate >= "2020-01-01" && r.assignedDate <= "2020-12-31"),
    第45号: () => store.list({ text: "第45号" }),
  };
  for (const [name, q] of Object.entries(queries)) {
    const samples: number[] = [];
    for (let i = 0; i < 30; i += 1) samples.push((await timeIt(q)).ms);
    list[name] = stats(samples);
  }

  const rows = store.list({});
  const getSamples: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const row = rows[(i * 7919) % rows.length];
    if (row) getSamples.push((await timeIt(() => store.get(row.id))).ms);
  }

  // A typical draft, the same in every folder (the generator is seeded, so bench000000–bench000099 are
  // identical everywhere): the one of median size among those 100.
  const firstHundred = rows.filter((r) => /^bench0000\d\d$/.test(r.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const sized = await Promise.all(
    firstHundred.map(async (r) => ({ id: r.id, size: JSON.stringify(await store.get(r.id)).length })),
  );
  sized.sort((a, b) => a.size - b.size);
  const typical = sized[Math.floor(sized.length / 2)];
  if (!typical) throw new Error("the data folder lacks the drafts bench000000–bench000099");
  let draft: Draft = await store.get(typical.id);
  const saveSamples: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const edited: Draft = {
      ...draft,
      letter: { ...draft.letter, opening: `${draft.letter.opening.slice(0, 200)}${i}` },
    };
    const r = await timeIt(() => store.save(edited, draft.revision));
    saveSamples.push(r.ms);
    draft = { ...edited, revision: r.value.revision, updatedAt: r.value.updatedAt };
  }

  // The same autosave as the editor sends it: through the contract (zod parse of the whole draft) and the handler.
  const handlers = loaded.value.handlers.buildHandlers(services);
  const dispatchSamples: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const edited: Draft = {
      ...draft,
      letter: { ...draft.letter, opening: `${draft.letter.opening.slice(0, 200)}d${i}` },
    };
    const r = await timeIt(() =>
      loaded.value.dispatch.dispatch(handlers, "saveDraft", { draft: edited, baseRevision: draft.revision }),
    );
    if (!r.value.ok) throw new Error(`saveDraft failed: ${r.value.error.message}`);
    dispatchSamples.push(r.ms);
    const value = r.value.value as { revision: number; updatedAt: string };
    draft = { ...edited, revision: value.revision, updatedAt: value.updatedAt };
  }
  await services.close();

  const report: MeasureReport = {
    drafts: rows.length,
    moduleLoadMs: round(loaded.ms),
    servicesReadyMs: round(opened.ms),
    list,
    get: stats(getSamples),
    autosave: stats(saveSamples),
    autosaveDispatch: stats(dispatchSamples),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    typicalDraftId: draft.id,
    typicalDraftBytes: Buffer.byteLength(JSON.stringify(draft, null, 1)),
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
