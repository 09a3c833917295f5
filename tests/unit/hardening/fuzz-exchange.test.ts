// Fuzz: the .replydesk exchange-file reader with mutated real files (fixed seed). Byte damage, JSON-level
// mutations re-signed with a valid integrity hash (so they reach the schema, version and audit checks), and
// hostile JSON — through importExchange on a real data folder: an envelope with a Chinese message, never a
// crash or a hang, and nothing written when the file is refused.
import { cp, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatch } from "../../../electron/main/dispatch";
import { buildHandlers } from "../../../electron/main/handlers";
import type { HandlerContext } from "../../../electron/main/handlers/context";
import { folderPorts } from "../../../electron/main/handlers/host-ports";
import { workflowFor } from "../../../electron/main/handlers/workflow";
import { openHandlerContext } from "../../../electron/main/host";
import {
  buildExchange,
  exchangeBytes,
  payloadIntegrity,
  verifyExchangeBytes,
} from "../../../electron/main/services/workflow/exchange-file";
import { contentHash } from "../../../electron/main/services/workflow/content-hash";
import type { Handlers } from "../../../shared/api/contract";
import { ERROR_CODES } from "../../../shared/api/errors";
import { signingMessage } from "../../../shared/people/roster";
import { makeDraft, tempDir } from "../foundation/helpers";
import { OFFICER, SUPERVISOR, seedRoster, signInAs } from "../workflow/helpers";
import {
  deepNest,
  fingerprintDiff,
  folderFingerprint,
  hugeString,
  mutate,
  randomValue,
  runSize,
  within,
} from "./fuzz-kit";
import { mulberry32, type Prng } from "./prng";

const SEED = Number(process.env["REPLYDESK_FUZZ_SEED"] ?? 88);
const CASES = runSize("REPLYDESK_FUZZ_EXCHANGE_CASES", 800, 5000);
const HAN = /\p{Script=Han}/u;

let dir: string;
let cleanup: () => Promise<void>;
let source: HandlerContext;
let target: HandlerContext;
let handlers: Handlers;
/** A real exchange file: a draft submitted for review, with a version, a comment and its audit chain. */
let valid: Uint8Array;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-fuzz-exchange-"));
  const out = path.join(dir, "out");
  await mkdir(out);
  const ports = folderPorts(out, async (file, bytes) => {
    await writeFile(file, bytes);
    return file;
  });
  source = await openHandlerContext({ dataDir: path.join(dir, "a"), ports });
  await seedRoster(source);
  const wf = workflowFor(source);
  const d = await source.store.create(makeDraft("关于加强黄河生态保护的提案"));
  await wf.submit(d.id, await signInAs(source, OFFICER));
  await wf.addComment(d.id, "opening", "请核实数据出处", await signInAs(source, SUPERVISOR));
  valid = exchangeBytes(await buildExchange(wf, d.id, await signInAs(source, OFFICER)));
  await cp(path.join(dir, "a", "keys"), path.join(dir, "b", "keys"), { recursive: true });
  target = await openHandlerContext({ dataDir: path.join(dir, "b"), ports });
  await target.people.importRoster(source.people.exportRoster());
  await signInAs(target, SUPERVISOR);
  handlers = buildHandlers(target);
});
afterAll(async () => {
  await source?.close();
  await target?.close();
  await cleanup();
});

const encode = (v: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(v));

/**
 * Re-hashes and re-signs a payload with the sender's own key (an insider forging a file), so the mutation reaches
 * the checks behind the file signature: the people's signatures on the entries and the roster.
 */
function resign(file: unknown): Uint8Array {
  if (typeof file !== "object" || file === null || Array.isArray(file)) return encode(file);
  const { integrity: _drop, signature: _sig, ...payload } = file as Record<string, unknown>;
  let integrity = "0".repeat(64);
  try {
    integrity = payloadIntegrity(payload);
  } catch {
    // Too deep to hash here as well: the reader must refuse it without hashing.
  }
  const signer = source.people.signer();
  const signature = signer ? signer.sign(signingMessage("exchange", integrity)) : "";
  return encode({ ...payload, integrity, signature });
}

/** Re-hashes versions after their drafts were changed, so the audit chain is what gets tested. */
function rehashVersions(file: Record<string, unknown>): Record<string, unknown> {
  const versions = Array.isArray(file["versions"]) ? file["versions"] : [];
  return {
    ...file,
    versions: versions.map((v: unknown) => {
      const o = v as Record<string, unknown>;
      try {
        return { ...o, hash: contentHash(o["draft"] as never) };
      } catch {
        return o;
      }
    }),
  };
}

/** Deeply nested JSON as text (JSON.stringify itself overflows the stack on it). */
function deepJson(depth: number): Uint8Array {
  const nest = `${'{"children":['.repeat(depth)}{}${"]}".repeat(depth)}`;
  const text = `{"format":"replydesk-exchange","formatVersion":2,"draft":${nest},"integrity":"${"0".repeat(64)}"}`;
  return new TextEncoder().encode(text);
}

/** One hostile exchange file derived from the real one. */
function hostile(rng: Prng): Uint8Array {
  try {
    return hostileUnsafe(rng);
  } catch (err) {
    // A mutation nested too deep to serialise: send the same shape as text.
    if (err instanceof RangeError) return deepJson(rng.pick([5_000, 50_000]));
    throw err;
  }
}

function hostileUnsafe(rng: Prng): Uint8Array {
  const parsed = JSON.parse(new TextDecoder().decode(valid)) as Record<string, unknown>;
  switch (rng.int(0, 11)) {
    case 0: {
      const b = valid.slice();
      for (let i = rng.int(1, 10); i > 0; i -= 1) {
        const k = rng.int(0, b.length - 1);
        b[k] = (b[k] ?? 0) ^ (1 << rng.int(0, 7));
      }
      return b;
    }
    case 1:
      return valid.slice(0, rng.int(0, valid.length - 1));
    case 2: {
      const a = rng.int(0, valid.length);
      return Uint8Array.from([...valid.slice(0, a), ...valid.slice(a + rng.int(1, 400))]);
    }
    case 3:
    case 4:
    case 5:
      return resign(mutate(parsed, rng));
    case 6:
      return resign(rehashVersions(mutate(parsed, rng) as Record<string, unknown>));
    case 7: {
      // Reordered, dropped or duplicated audit entries, re-signed.
      const audit = [...(parsed["audit"] as unknown[])];
      const op = rng.int(0, 2);
      if (op === 0 && audit.length > 1) audit.reverse();
      else if (op === 1) audit.splice(rng.int(0, audit.length - 1), 1);
      else audit.push(rng.pick(audit));
      return resign({ ...parsed, audit });
    }
    case 8:
      return resign({
        ...parsed,
        draft: { ...(parsed["draft"] as object), id: rng.pick(["../../x", "a/b", "", "x".repeat(65), "CON"]) },
      });
    case 9:
      return resign({
        format: "replydesk-exchange",
        formatVersion: 1,
        draft: randomValue(rng),
        nest: deepNest(rng.pick([100, 5_000, 50_000])),
      });
    case 10:
      return rng.pick([
        () => encode({ ...parsed, formatVersion: 99 }),
        () => new TextEncoder().encode(`${"[".repeat(200_000)}${"]".repeat(200_000)}`),
        () => encode({ format: "replydesk-exchange", integrity: "x", big: hugeString(2_000_000) }),
        () => Uint8Array.from([0xef, 0xbb, 0xbf, ...valid]),
        () => Uint8Array.from([0xff, 0xfe, 0x7b, 0x00]),
        () => new TextEncoder().encode("null"),
        () => new Uint8Array(0),
      ])();
    default:
      return valid;
  }
}

function summary(bytes: Uint8Array): string {
  const s = new TextDecoder().decode(bytes.slice(0, 120));
  return `${bytes.length} B ${JSON.stringify(s)}`;
}

describe("exchange-file fuzz", () => {
  it(`imports ${CASES} hostile exchange files: envelope, Chinese message, nothing written on refusal (seed ${SEED})`, async () => {
    const rng = mulberry32(SEED);
    const failures: string[] = [];
    let refused = 0;
    let accepted = 0;
    for (let i = 0; i < CASES; i += 1) {
      const bytes = hostile(rng);
      await target.store.flush();
      const before = await folderFingerprint(target.dataDir);
      let verdict;
      try {
        verdict = verifyExchangeBytes(bytes, target.people.current());
      } catch (err) {
        failures.push(`#${i} ${summary(bytes)}: 校验抛出 ${(err as Error).message}`);
        continue;
      }
      const input = { fileName: "来文.replydesk", base64: Buffer.from(bytes).toString("base64") };
      let env;
      try {
        env = await within(dispatch(handlers, "importExchange", input), 15_000, `#${i}`);
      } catch (err) {
        failures.push(`#${i} ${summary(bytes)}: ${(err as Error).message}`);
        continue;
      }
      if (env.ok) {
        accepted += 1;
        if (!verdict.ok) failures.push(`#${i} ${summary(bytes)}: 校验拒绝却导入了`);
        continue;
      }
      refused += 1;
      const { code, message } = env.error;
      if (!Object.hasOwn(ERROR_CODES, code) || code === "INTERNAL" || !HAN.test(message))
        failures.push(`#${i} ${summary(bytes)}: ${code} ${message}`);
      const diff = fingerprintDiff(before, await folderFingerprint(target.dataDir));
      if (diff.length > 0) failures.push(`#${i} ${summary(bytes)}: 拒绝后仍写了文件 ${diff.join(", ")}（${message}）`);
    }
    console.info(`exchange fuzz: ${CASES} files, ${accepted} imported, ${refused} refused`);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(CASES * 0.5);
  }, 600_000);
});
