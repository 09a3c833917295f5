// A handler context on a fresh temp data folder for each test, and a `call` that goes through dispatch as the
// renderer's calls do (input validated by the contract, errors as envelopes).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import { dispatch } from "../../../electron/main/dispatch";
import { buildHandlers } from "../../../electron/main/handlers";
import type { HandlerContext } from "../../../electron/main/handlers/context";
import { folderPorts, type HostPorts } from "../../../electron/main/handlers/host-ports";
import { openHandlerContext } from "../../../electron/main/host";
import { tempDir } from "./helpers";

/** How the harness is set up. */
export interface HarnessOptions {
  /** Deliver exported files into `<temp>/out` (refusing to overwrite) instead of having no delivery at all. */
  readonly deliverToFolder?: boolean;
}

/** The open context of the running test, and ways to call into it. */
export interface HandlerHarness {
  /** The test's temp folder (removed after the test). */
  readonly dir: string;
  /** The data folder the context is opened on (`<temp>/data`). */
  readonly dataDir: string;
  /** Where delivered files land (`<temp>/out`, created with deliverToFolder). */
  readonly out: string;
  readonly ctx: HandlerContext;
  /** Calls a contract method through dispatch; a refusal rejects with an Error carrying the envelope's code. */
  call<T>(name: string, input: unknown): Promise<T>;
  /** Closes the context, runs `whileClosed` (e.g. damage a file), and opens it again on the same data folder. */
  reopen(whileClosed?: () => Promise<void>): Promise<void>;
}

/** Registers beforeEach/afterEach that open and close a handler context; read its parts inside tests only. */
export function handlerHarness(options: HarnessOptions = {}): HandlerHarness {
  let open: { dir: string; cleanup: () => Promise<void>; ports: HostPorts | undefined; ctx: HandlerContext } | null =
    null;
  const live = () => {
    if (open === null) throw new Error("handlerHarness: the context is open only inside a test");
    return open;
  };
  const dataDirOf = (dir: string): string => path.join(dir, "data");
  const outOf = (dir: string): string => path.join(dir, "out");

  beforeEach(async () => {
    const { dir, cleanup } = await tempDir();
    let ports: HostPorts | undefined;
    if (options.deliverToFolder) {
      await mkdir(outOf(dir));
      ports = folderPorts(outOf(dir), async (target, bytes) => {
        await writeFile(target, bytes, { flag: "wx" });
        return target;
      });
    }
    open = { dir, cleanup, ports, ctx: await openHandlerContext({ dataDir: dataDirOf(dir), ports }) };
  });
  afterEach(async () => {
    const { ctx, cleanup } = live();
    open = null;
    await ctx.close();
    await cleanup();
  });

  return {
    get dir() {
      return live().dir;
    },
    get dataDir() {
      return dataDirOf(live().dir);
    },
    get out() {
      return outOf(live().dir);
    },
    get ctx() {
      return live().ctx;
    },
    async call<T>(name: string, input: unknown): Promise<T> {
      const env = await dispatch(buildHandlers(live().ctx), name, input);
      if (!env.ok) throw Object.assign(new Error(env.error.message), { code: env.error.code });
      return env.value as T;
    },
    async reopen(whileClosed) {
      const state = live();
      await state.ctx.close();
      await whileClosed?.();
      state.ctx = await openHandlerContext({ dataDir: dataDirOf(state.dir), ports: state.ports });
    },
  };
}
