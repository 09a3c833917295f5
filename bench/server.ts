// 单位服务器 benchmark: the PostgreSQL adapter measured side by side with the local-file store in the same run.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Draft } from "../shared/model/draft";
import { openFileRepositories } from "../electron/main/storage/file-repositories";
import type { Repositories } from "../electron/main/storage/ports";
import { AccountService } from "../electron/server/accounts/accounts";
import { migrate, openPool } from "../electron/server/storage/database";
import { pgRepositories } from "../electron/server/storage/pg-repositories";
import { createTestDatabase } from "../tests/support/pg";
import { mulberry32 } from "../tests/unit/hardening/prng";
import type { BenchResult, BenchRow } from "./run";
import { loadSampleLetter, makeBenchDraft } from "./store-data";

const CLIENTS = 50;
const SAVES_PER_CLIENT = 20;
const LIST_DRAFTS = 10_000;
const ALLOCATIONS = 100;

/** Targets of issue 12. */
export const SERVER_TARGETS = { autosaveP95Ms: 50, listMs: 100, allocateAllMs: 1000 } as const;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

function drafts(count: number, seed: number, prefix: string): Draft[] {
  const rng = mulberry32(seed);
  const sample = loadSampleLetter();
  return Array.from({ length: count }, (_, i) => ({ ...makeBenchDraft(sample, i, rng), id: `${prefix}${i}` }));
}

async function createAll(repos: Repositories, list: readonly Draft[], parallel: number): Promise<void> {
  for (let i = 0; i < list.length; i += parallel) {
    await Promise.all(list.slice(i, i + parallel).map((d) => repos.drafts.create(d)));
  }
}

/** 50 clients, each saving its own draft 20 times (each save based on the last); `before` runs per request. */
async function autosaves(repos: Repositories, before: (client: number) => Promise<void>): Promise<number[]> {
  const own = drafts(CLIENTS, 7, "autosave");
  await createAll(repos, own, CLIENTS);
  const times: number[] = [];
  await Promise.all(
    own.map(async (d, client) => {
      let revision = 1;
      for (let i = 0; i < SAVES_PER_CLIENT; i += 1) {
        const next = { ...d, revision, record: { ...d.record, proposalTitle: `${d.record.proposalTitle}（${i}）` } };
        const t = performance.now();
        await before(client);
        revision = (await repos.drafts.save(next, revision)).revision;
        times.push(performance.now() - t);
      }
    }),
  );
  return times.sort((a, b) => a - b);
}

async function listTimes(repos: Repositories): Promise<{ all: number; search: number }> {
  const all: number[] = [];
  const search: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    let t = performance.now();
    const rows = await repos.drafts.list();
    all.push(performance.now() - t);
    if (rows.length < LIST_DRAFTS) throw new Error(`列表只有 ${rows.length} 份文稿`);
    t = performance.now();
    await repos.drafts.list({ text: "中小企业" });
    search.push(performance.now() - t);
  }
  return { all: median(all), search: median(search) };
}

async function allocations(repos: Repositories): Promise<{ ms: number; duplicates: number }> {
  const t = performance.now();
  const got = await Promise.all(
    Array.from({ length: ALLOCATIONS }, (_, i) =>
      repos.register.allocate(`bench${i}`, "测函", { name: "王文书", role: "文书" }),
    ),
  );
  const ms = performance.now() - t;
  return { ms, duplicates: ALLOCATIONS - new Set(got.map((g) => g.allocation.number)).size };
}

interface Measured {
  readonly p50: number;
  readonly p95: number;
  readonly list: { all: number; search: number };
  readonly alloc: { ms: number; duplicates: number };
}

async function measure(repos: Repositories, before: (client: number) => Promise<void>): Promise<Measured> {
  const times = await autosaves(repos, before);
  const alloc = await allocations(repos);
  await createAll(repos, drafts(LIST_DRAFTS, 11, "listed"), 25);
  return { p50: percentile(times, 50), p95: percentile(times, 95), alloc, list: await listTimes(repos) };
}

/** Runs the server benchmark (a real PostgreSQL: REPLYDESK_TEST_PG or a throwaway cluster). */
export async function benchServer(): Promise<BenchResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "replydesk-bench-server-"));
  const files = await openFileRepositories({ dataDir: dir });
  let local: Measured;
  try {
    local = await measure(files, async () => undefined);
  } finally {
    await files.close();
    await rm(dir, { recursive: true, force: true });
  }

  const db = await createTestDatabase();
  const pool = openPool(db.url, 20);
  let server: Measured;
  let fsync = "?";
  try {
    await migrate(pool);
    fsync = (await pool.query<{ fsync: string }>("SHOW fsync")).rows[0]?.fsync ?? "?";
    const accounts = new AccountService(pool);
    const tokens: string[] = [];
    for (let i = 0; i < CLIENTS; i += 1) {
      const { firstPassword } = await accounts.createPerson({
        login: `client${i}`,
        name: `客户${i}`,
        roles: ["拟稿人"],
      });
      tokens.push((await accounts.signIn(`client${i}`, firstPassword)).token);
    }
    // Every request of a signed-in client first resolves its session, as the server does.
    server = await measure(pgRepositories(pool), async (client) => {
      if (!(await accounts.session(tokens[client] ?? ""))) throw new Error("会话失效");
    });
  } finally {
    await pool.end();
    await db.drop();
  }

  const rows: BenchRow[] = [];
  const pair = (
    name: string,
    unit: string,
    pgValue: number,
    fileValue: number,
    target?: string,
    ok?: boolean,
  ): void => {
    rows.push({
      name: `${name}：PostgreSQL`,
      value: Math.round(pgValue * 100) / 100,
      unit,
      ...(target ? { target } : {}),
      ...(ok === undefined ? {} : { ok }),
    });
    rows.push({ name: `${name}：本地文件`, value: Math.round(fileValue * 100) / 100, unit });
  };
  pair(`${CLIENTS} 个客户端同时自动保存 p50`, "ms", server.p50, local.p50);
  pair(
    `${CLIENTS} 个客户端同时自动保存 p95`,
    "ms",
    server.p95,
    local.p95,
    `< ${SERVER_TARGETS.autosaveP95Ms} ms`,
    server.p95 < SERVER_TARGETS.autosaveP95Ms,
  );
  pair(
    `列出 ${LIST_DRAFTS.toLocaleString("en")} 份文稿（中位数）`,
    "ms",
    server.list.all,
    local.list.all,
    `< ${SERVER_TARGETS.listMs} ms`,
    server.list.all < SERVER_TARGETS.listMs,
  );
  pair(`在 ${LIST_DRAFTS.toLocaleString("en")} 份中搜索（中位数）`, "ms", server.list.search, local.list.search);
  pair(
    `${ALLOCATIONS} 个发文字号同时分配（总耗时）`,
    "ms",
    server.alloc.ms,
    local.alloc.ms,
    `< ${SERVER_TARGETS.allocateAllMs} ms`,
    server.alloc.ms < SERVER_TARGETS.allocateAllMs,
  );
  pair(
    `${ALLOCATIONS} 个发文字号中的重号`,
    "个",
    server.alloc.duplicates,
    local.alloc.duplicates,
    "0",
    server.alloc.duplicates === 0,
  );
  return {
    area: "server",
    title: "单位服务器（PostgreSQL）与本地文件存储并列",
    rows,
    notes: [
      `存储接口层面的测量（同一进程内调用两个适配器）：${CLIENTS} 个客户端各对自己的文稿连续保存 ${SAVES_PER_CLIENT} 次，全部并发；PostgreSQL 一侧每次保存前先校验会话（与服务器处理每个请求相同），本地文件一侧没有会话。`,
      "未经过 HTTP：服务器的处理表目前仍走数据文件夹，改走 PostgreSQL 存储接口后再加 HTTP 层的测量。",
      `PostgreSQL 为本机集群（fsync=${fsync}${fsync === "on" ? "，与本地文件存储一样每次保存都落盘" : "，未落盘：正式部署开启 fsync，保存耗时会更高"}）。`,
    ],
  };
}
