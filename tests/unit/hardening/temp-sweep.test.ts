// Start-up removes the orphan temp files a killed writer leaves (ours and the settings library's), nothing else.
import { existsSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../../electron/cli/index";
import { openServices } from "../../../electron/main/services";
import { tempDir } from "../foundation/helpers";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-sweep-"));
});
afterEach(async () => {
  await cleanup();
});

const ORPHANS = [
  "audit/.d1.jsonl.4242.a1b2c3d4e5f6.tmp",
  "audit/.d1.head.json.4242.a1b2c3d4e5f6.tmp",
  "comments/.d1.json.4242.0123456789ab.tmp",
  "versions/d1/.3.json.4242.0123456789ab.tmp",
  "drafts/.d1.json.4242.abcdefabcdef.tmp",
  "trash/.d2.json.4242.abcdefabcdef.tmp",
  ".numbering.json.4242.abcdefabcdef.tmp",
  ".notices.json.4242.abcdefabcdef.tmp",
  "settings.json.tmp-1764790000a1b2c3",
];
// Look alike but are not ours: never touched.
const KEPT = ["comments/notes.tmp", "audit/.hidden.tmp", "settings.json.tmp-old", "drafts/.d1.json.corrupt-2026"];

describe("start-up temp sweep", () => {
  it("removes orphan temp files in every written folder and keeps everything else", async () => {
    for (const sub of ["audit", "comments", "versions/d1", "drafts", "trash"]) {
      await mkdir(path.join(dir, sub), { recursive: true });
    }
    for (const f of [...ORPHANS, ...KEPT]) await writeFile(path.join(dir, f), "half a write");
    let out = "";
    await runCli(["doctor", "--data", dir], { out: (t) => (out += t), err: () => undefined, env: {}, cwd: dir });
    for (const f of ORPHANS) expect(out).toContain(`残留的临时文件 ${path.normalize(f)}`);

    const services = await openServices({ dataDir: dir });
    await services.close();
    for (const f of ORPHANS) expect({ f, exists: existsSync(path.join(dir, f)) }).toEqual({ f, exists: false });
    for (const f of KEPT) expect({ f, exists: existsSync(path.join(dir, f)) }).toEqual({ f, exists: true });
    expect(await readdir(path.join(dir, "versions", "d1"))).toEqual([]);
  });
});
