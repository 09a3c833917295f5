// An exchange file whose version draft was changed and whose integrity hash was recomputed (anyone can do that)
// is refused by the per-version content hash. Kills the "drop the version-hash check" mutant.
import path from "node:path";
import { promises as fs } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import {
  exportExchange,
  payloadIntegrity,
  verifyExchangeBytes,
} from "../../../electron/main/services/workflow/exchange-file";
import { importExchange } from "../../../electron/main/services/workflow/exchange-import";
import {
  OFFICER,
  SUPERVISOR,
  joinMachine,
  openWorkspace,
  signInAs,
  sampleDraft,
  scratchDir,
  snapshotDir,
  type Workspace,
} from "./helpers";

const open: Workspace[] = [];
afterEach(async () => {
  for (const w of open.splice(0)) await w.close();
});

describe("exchange version hashes", () => {
  it("refuses a file whose stored version was altered, even with a recomputed integrity hash; nothing is written", async () => {
    const a = await openWorkspace();
    const b = await joinMachine(a);
    open.push(a, b);
    const d = await a.services.store.create(sampleDraft("vh1"));
    await a.wf.submit(d.id, OFFICER);
    const target = path.join(await scratchDir("vh"), "letter.replydesk");
    await exportExchange(a.wf, d.id, target, await signInAs(a.services, OFFICER));
    const file = JSON.parse(await fs.readFile(target, "utf8")) as Record<string, unknown> & {
      versions: { n: number; draft: { letter: { opening: string } } }[];
    };
    const version = file.versions[0];
    if (!version) throw new Error("the exported file has no version");
    version.draft.letter.opening = "您提出的提案收悉。（此版本在导出后被改动）";
    const { integrity: _drop, ...payload } = file;
    const forged = new TextEncoder().encode(JSON.stringify({ ...payload, integrity: payloadIntegrity(payload) }));

    const v = verifyExchangeBytes(forged, b.services.people.current());
    expect(v.ok).toBe(false);
    // Since main signs exchange files, a recomputed integrity value is itself refused; either check must stop it.
    expect(!v.ok && v.message).toMatch(new RegExp(`第 ${version.n} 版|完整性校验失败`, "u"));
    await b.services.store.flush();
    const before = await snapshotDir(b.dir);
    await expect(importExchange(b.wf, forged, await signInAs(b.services, SUPERVISOR))).rejects.toThrow(
      /第 \d+ 版|完整性校验失败/u,
    );
    await b.services.store.flush();
    expect(await snapshotDir(b.dir)).toEqual(before);
  });
});
