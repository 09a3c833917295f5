import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { METHOD_NAMES, contract } from "../../../shared/api/contract";
import { dispatch } from "../../../electron/main/dispatch";
import { buildHandlers } from "../../../electron/main/handlers";
import { handlerHarness } from "./handler-harness";

const h = handlerHarness();

/** Every file under the data folder with its content, to prove nothing was written. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const p = path.join(entry.parentPath, entry.name);
    out[path.relative(root, p)] = await readFile(p, "utf8");
  }
  return out;
}

const MALFORMED: readonly unknown[] = [
  null,
  42,
  "字符串",
  [],
  { id: 123 },
  { id: "../../etc/passwd" },
  { draft: { id: "x" }, baseRevision: -1 },
  { text: { $gt: "" } },
  { bureau: { fullName: 12 } },
  { channel: "议案" },
];

describe("contract dispatch", () => {
  it("has a handler for every contract method and nothing else", () => {
    const handlers = buildHandlers(h.ctx);
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it("rejects malformed input to every method with BAD_INPUT and a Chinese message; writes nothing", async () => {
    const handlers = buildHandlers(h.ctx);
    await h.ctx.store.flush();
    const before = await snapshot(h.dataDir);
    let rejected = 0;
    for (const name of METHOD_NAMES) {
      for (const input of MALFORMED) {
        if (contract[name].input.safeParse(input ?? {}).success) continue;
        const env = await dispatch(handlers, name, input);
        expect(env.ok, `${name} accepted ${JSON.stringify(input)}`).toBe(false);
        if (!env.ok) {
          expect(env.error.code).toBe("BAD_INPUT");
          expect(env.error.message).toMatch(/[\u4e00-\u9fff]/);
        }
        rejected += 1;
      }
    }
    expect(rejected).toBeGreaterThan(METHOD_NAMES.length * 3);
    await h.ctx.store.flush();
    expect(await snapshot(h.dataDir)).toEqual(before);
  });

  it("refuses unknown and prototype method names", async () => {
    const handlers = buildHandlers(h.ctx);
    for (const name of ["constructor", "__proto__", "toString", "deleteEverything"]) {
      const env = await dispatch(handlers, name, {});
      expect(env).toMatchObject({ ok: false, error: { code: "UNKNOWN_METHOD" } });
    }
  });

  it("maps service errors to codes: NOT_FOUND and CONFLICT", async () => {
    const handlers = buildHandlers(h.ctx);
    expect(await dispatch(handlers, "getDraft", { id: "nope" })).toMatchObject({
      ok: false,
      error: { code: "NOT_FOUND" },
    });
    const created = await dispatch(handlers, "createDraft", { channel: "建议" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const draft = created.value as { revision: number };
    const first = await dispatch(handlers, "saveDraft", { draft, baseRevision: 1 });
    expect(first.ok).toBe(true);
    const stale = await dispatch(handlers, "saveDraft", { draft, baseRevision: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
  });

  it("applies schema defaults (listDrafts with no input lists everything)", async () => {
    const handlers = buildHandlers(h.ctx);
    await dispatch(handlers, "createDraft", {});
    const env = await dispatch(handlers, "listDrafts", undefined);
    expect(env.ok && (env.value as unknown[]).length).toBe(1);
  });
});
