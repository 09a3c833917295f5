// Fuzz: every contract method, through the one dispatcher, with random and mutated inputs (fixed seed).
// Always an envelope with a known code and a Chinese message, never a throw or a hang; rejected input writes nothing.
import { appendFileSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatch } from "../../../electron/main/dispatch";
import { buildHandlers } from "../../../electron/main/handlers";
import type { HandlerContext } from "../../../electron/main/handlers/context";
import { folderPorts } from "../../../electron/main/handlers/host-ports";
import { workflowFor } from "../../../electron/main/handlers/workflow";
import { openHandlerContext } from "../../../electron/main/host";
import { ensureDailyBackup, localDay } from "../../../electron/main/services/backup";
import { buildExchange, exchangeBytes } from "../../../electron/main/services/workflow/exchange-file";
import { METHOD_NAMES, type Handlers } from "../../../shared/api/contract";
import { ERROR_CODES } from "../../../shared/api/errors";
import { CLERK, OFFICER, SIGNER, SUPERVISOR, seedRoster, signInAs } from "../workflow/helpers";
import { makeDraft, tempDir } from "../foundation/helpers";
import { seedText } from "../import/helpers";
import { letterDocx } from "../import/letter-docx";
import { folderFingerprint, fingerprintDiff, mutate, randomValue, within, runSize } from "./fuzz-kit";
import { mulberry32 } from "./prng";

/** A 1×1 PNG, the smallest valid seal image. */
const PNG_1X1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
/** A file to log each case to before it runs (finds the case a crash or hang is stuck in). */
const TRACE = process.env["REPLYDESK_FUZZ_TRACE"] ?? "";
const SEED = Number(process.env["REPLYDESK_FUZZ_SEED"] ?? 88);
const PER_METHOD = runSize("REPLYDESK_FUZZ_CASES", 40, 300);

let dir: string;
let cleanup: () => Promise<void>;
let ctx: HandlerContext;
let handlers: Handlers;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-fuzz-"));
  const data = path.join(dir, "data");
  const out = path.join(dir, "out");
  await mkdir(out);
  ctx = await openHandlerContext({
    dataDir: data,
    ports: folderPorts(out, async (target, bytes) => {
      await writeFile(target, bytes);
      return target;
    }),
  });
  handlers = buildHandlers(ctx);
  await seedRoster(ctx);
});
afterAll(async () => {
  await ctx.close();
  await cleanup();
});

/** Valid inputs to mutate, per method (methods added later fall back to `{ id }`-shaped seeds). */
async function validSeeds(): Promise<Record<string, unknown[]>> {
  while (ctx.store.list({}).length < 3) await ctx.store.create(makeDraft("关于加强黄河生态保护的提案"));
  const [a, b] = ctx.store.list({});
  const draft = await ctx.store.get(a!.id);
  const id = a!.id;
  const backup = localDay(new Date());
  const wf = workflowFor(ctx);
  const exchange = exchangeBytes(await buildExchange(wf, id, await signInAs(ctx, OFFICER)));
  return {
    listDrafts: [{ text: "提案", status: "草稿", trashed: false }, {}],
    getDraft: [{ id }],
    createDraft: [
      { channel: "建议", templateId: null },
      { channel: "提案", templateId: "proposal-main" },
    ],
    saveDraft: [{ draft, baseRevision: draft.revision }],
    trashDraft: [{ id: b!.id }],
    restoreDraft: [{ id: b!.id }],
    dismissNotice: [{ id: "abc" }],
    updateSettings: [{ user: { name: "王伟", role: "拟稿人" } }, { bureau: { fullName: "惠济区科技和工业信息化局" } }],
    saveAsTemplate: [{ draftId: id, name: "我的模板" }],
    deleteTemplate: [{ id: "t1" }],
    submitDraft: [{ id, baseRevision: draft.revision }],
    returnDraft: [{ id, reasons: ["数据无出处"], text: "请补充出处" }],
    approveDraft: [{ id, versionHash: "a".repeat(64) }],
    cancelDocNumber: [{ number: "惠科工函〔2024〕1号", reason: "作废" }],
    signDraft: [{ id, docNumber: "惠科工函〔2024〕1号", signer: "张明", signDate: "2024-05-01" }],
    markReplied: [{ id, replyDate: "2024-05-02" }],
    diffVersions: [{ id, fromVersion: 1 }],
    addComment: [{ id, anchor: "sections.0.measures.0", text: "数据请核实" }],
    resolveComment: [{ id, commentId: "c1" }],
    importExchange: [
      { fileName: "a.replydesk", base64: Buffer.from('{"format":"replydesk-exchange"}').toString("base64") },
      { fileName: "b.replydesk", base64: Buffer.from(exchange).toString("base64") },
    ],
    exportExchange: [{ id }],
    exportDocx: [{ id, formal: false }],
    startBatchExport: [{ status: null }, { ids: [id, b!.id] }],
    batchExportStatus: [{ jobId: "job1" }],
    cancelBatchExport: [{ jobId: "job1" }],
    setSealImage: [{ base64: PNG_1X1 }],
    allocateDocNumber: [{ id }],
    heldDocNumber: [{ id }],
    acknowledgeFinding: [{ id, rule: "R05", message: "标题过长", reason: "按来文原样" }],
    previewImport: [
      { text: seedText("001") },
      { fileName: "来函.txt", base64: Buffer.from(seedText("002")).toString("base64") },
      { fileName: "来函.docx", base64: Buffer.from(letterDocx(seedText("003"))).toString("base64") },
    ],
    saveImportedDraft: [{ draft: { ...draft, id: "imported1" } }],
    deadlines: [{ today: "2024-05-01" }, {}],
    listBackupDrafts: [{ backup, text: "提案" }, { backup }],
    listBackupVersionsOfDraft: [{ id }],
    restoreDraftFromBackup: [{ id, backup }],
    restoreDraftFromVersion: [{ id, n: 1 }],
  };
}

function summary(v: unknown): string {
  try {
    const s = JSON.stringify(v) ?? String(v);
    return s.length > 160 ? `${s.slice(0, 160)}…(${s.length})` : s;
  } catch {
    return "(不可序列化：嵌套过深)";
  }
}

describe("contract fuzz", () => {
  it(`answers ${PER_METHOD} hostile inputs per method with an envelope and writes nothing on refusal (seed ${SEED})`, async () => {
    const rng = mulberry32(SEED);
    await ctx.store.create(makeDraft());
    await ensureDailyBackup(ctx.dataDir);
    const failures: string[] = [];
    let refused = 0;
    let accepted = 0;
    const timing: string[] = [];
    for (const name of METHOD_NAMES) {
      const started = performance.now();
      const seeds = await validSeeds();
      const id = ctx.store.list({})[0]?.id ?? "x";
      const own = seeds[name] ?? [{}, { id }, { id, ids: [id] }];
      await signInAs(ctx, rng.pick([OFFICER, SUPERVISOR, SIGNER, CLERK]));
      await ctx.store.flush();
      for (let i = 0; i < PER_METHOD; i += 1) {
        const input = i % 6 === 0 ? randomValue(rng) : mutate(rng.pick(own), rng);
        const before = await folderFingerprint(ctx.dataDir);
        if (TRACE) {
          appendFileSync(TRACE, `${name} #${i} ${summary(input)}\n`);
          try {
            writeFileSync(`${TRACE}.input.json`, JSON.stringify(input) ?? "");
          } catch {
            writeFileSync(`${TRACE}.input.json`, "(嵌套过深)");
          }
        }
        let env;
        try {
          env = await within(dispatch(handlers, name, input), 15_000, name);
        } catch (err) {
          failures.push(`${name} ${summary(input)}: ${(err as Error).message}`);
          continue;
        }
        if (typeof env !== "object" || env === null || typeof env.ok !== "boolean") {
          failures.push(`${name} ${summary(input)}: 不是信封 ${summary(env)}`);
          continue;
        }
        if (env.ok) {
          accepted += 1;
          await ctx.store.flush();
          continue;
        }
        refused += 1;
        const { code, message } = env.error;
        if (!Object.hasOwn(ERROR_CODES, code) || code === "INTERNAL" || typeof message !== "string" || message === "") {
          failures.push(`${name} ${summary(input)}: ${code} ${message}`);
        }
        const diff = fingerprintDiff(before, await folderFingerprint(ctx.dataDir));
        if (diff.length > 0)
          failures.push(`${name} ${summary(input)}: 拒绝后仍写了文件 ${diff.join(", ")}（${code} ${message}）`);
      }
      timing.push(`${name} ${Math.round(performance.now() - started)}`);
    }
    if (process.env["REPLYDESK_FUZZ_TIMING"]) console.info(timing.join("\n"));
    expect(failures).toEqual([]);
    expect(refused).toBeGreaterThan(METHOD_NAMES.length * PER_METHOD * 0.5);
    expect(accepted).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  }, 120_000);

  it("refuses unknown and prototype method names", async () => {
    const rng = mulberry32(SEED + 1);
    const names = [
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
      "",
      "listDrafts ",
      "LISTDRAFTS",
      "x".repeat(10_000),
    ];
    for (let i = 0; i < 200; i += 1) {
      const v = randomValue(rng);
      names.push(typeof v === "string" ? v : summary(v));
    }
    for (const name of names) {
      const env = await dispatch(handlers, name, {});
      expect(env.ok).toBe(false);
      if (!env.ok) {
        expect(env.error.code).toBe("UNKNOWN_METHOD");
        expect(env.error.message.length).toBeLessThan(100);
      }
    }
  });
});
