// `replydesk doctor`: a dry run changes nothing and lists the repairs; --repair fixes what it can, never losing content.
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../../electron/cli/index";
import { DraftStore } from "../../../electron/main/services/draft-store";
import { openServices } from "../../../electron/main/services";
import { WorkflowService } from "../../../electron/main/services/workflow/workflow-service";
import { makeDraft, tempDir } from "../foundation/helpers";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-doctor-"));
});
afterEach(async () => {
  await cleanup();
});

async function doctor(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(["doctor", "--data", dir, ...args], {
    out: (t) => (out += t),
    err: (t) => (err += t),
    env: {},
    cwd: dir,
  });
  return { code, out, err };
}

/** Every file under the folder with its bytes, to prove a dry run writes nothing. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile())
      out[path.relative(dir, path.join(e.parentPath, e.name))] = await readFile(
        path.join(e.parentPath, e.name),
        "utf8",
      );
  }
  return out;
}

async function seed(count: number): Promise<string[]> {
  const store = await DraftStore.open(dir);
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) ids.push((await store.create(makeDraft(`关于第${i}件事的提案`))).id);
  await store.close();
  return ids;
}

describe("replydesk doctor", () => {
  it("reports a sound folder as 完好 with exit code 0", async () => {
    await seed(3);
    const r = await doctor();
    expect(r.out).toContain("检查了 3 份文稿");
    expect(r.out).toContain("结论：数据文件夹完好");
    expect(r.code).toBe(0);
  });

  it("finds damage, changes nothing without --repair, and lists what --repair would do", async () => {
    const [a, b] = await seed(3);
    await writeFile(path.join(dir, "drafts", `${a}.json`), '{"schemaVersion":1,"id":"被截断');
    await writeFile(path.join(dir, "drafts", `.${b}.json.123.abcdef.tmp`), "{");
    await writeFile(path.join(dir, "drafts", `old.json.corrupt-2024-01-01T00-00-00-000Z`), "旧的损坏文件");
    const before = await snapshot();
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.out).toContain(`drafts/${a}.json 无法读取`);
    expect(r.out).toContain("残留的临时文件");
    expect(r.out).toContain("已隔离的损坏文件");
    expect(r.out).toContain("索引与文稿文件不一致");
    expect(r.out).toContain("加 --repair 将执行以下修复（本次未做任何改动）");
    expect(await snapshot()).toEqual(before);
  });

  it("--repair removes temp files, moves the unreadable draft aside with its bytes, and rebuilds the index", async () => {
    const [a, b, c] = await seed(3);
    const garbage = '{"schemaVersion":1,"id":"被截断';
    await writeFile(path.join(dir, "drafts", `${a}.json`), garbage);
    await writeFile(path.join(dir, "drafts", `.${b}.json.123.abcdef.tmp`), "{");
    await writeFile(path.join(dir, "index.json"), "{不是 JSON");
    const r = await doctor("--repair");
    expect(r.out).toContain("已执行的修复");
    expect(existsSync(path.join(dir, "drafts", `.${b}.json.123.abcdef.tmp`))).toBe(false);
    const moved = (await readdir(path.join(dir, "drafts"))).find((n) => n.startsWith(`${a}.json.corrupt-`));
    expect(moved).toBeDefined();
    expect(await readFile(path.join(dir, "drafts", moved!), "utf8")).toBe(garbage);
    const index = JSON.parse(await readFile(path.join(dir, "index.json"), "utf8"));
    expect(Object.keys(index.entries).sort()).toEqual([b, c].sort());
    // The quarantined file still needs a person: exit 1, and the message says how to recover.
    expect(r.out).toContain("从备份恢复");
    expect(r.code).toBe(1);
  });

  it("ends healthy after --repair when only temp files and a stale index were wrong", async () => {
    const [a] = await seed(2);
    await mkdir(path.join(dir, "versions", a!), { recursive: true });
    await writeFile(path.join(dir, "versions", a!, ".1.json.9.ffffff.tmp"), "");
    const file = path.join(dir, "drafts", `${a}.json`);
    const d = JSON.parse(await readFile(file, "utf8"));
    await writeFile(file, JSON.stringify({ ...d, revision: 7 }));
    expect((await doctor()).code).toBe(1);
    const r = await doctor("--repair");
    expect(r.code).toBe(0);
    expect(r.out).toContain("结论：数据文件夹完好");
    const json = JSON.parse((await doctor("--json")).out);
    expect(json.healthy).toBe(true);
    expect(JSON.parse(await readFile(path.join(dir, "index.json"), "utf8")).entries[a!].revision).toBe(7);
  });

  it("verifies audit chains and reports a tampered entry", async () => {
    const services = await openServices({ dataDir: dir });
    await services.people.createRoster({ name: "王伟", password: "correct-horse-9", bureau: "", roles: ["拟稿人"] });
    const d = await services.store.create(makeDraft());
    const wf = new WorkflowService({
      store: services.store,
      settings: services.settings,
      people: services.people,
      dataDir: dir,
    });
    await wf.submit(d.id, wf.currentActor());
    await services.close();
    expect((await doctor()).code).toBe(0);
    const auditFile = path.join(dir, "audit", `${d.id}.jsonl`);
    const lines = (await readFile(auditFile, "utf8")).trim().split("\n");
    await writeFile(auditFile, `${lines[0]!.replace("王伟", "李四")}\n`);
    const r = await doctor();
    expect(r.code).toBe(1);
    expect(r.out).toContain("审计记录有问题");
  });

  it("refuses to repair while the folder is open for writing", async () => {
    await seed(1);
    await writeFile(path.join(dir, "drafts", ".x.json.1.aaaaaa.tmp"), "");
    const store = await DraftStore.open(dir);
    try {
      await writeFile(path.join(dir, "drafts", ".y.json.1.bbbbbb.tmp"), "");
      const r = await doctor("--repair");
      expect(r.code).toBe(1);
      expect(r.err).toContain("修复需要独占数据文件夹");
      expect(existsSync(path.join(dir, "drafts", ".y.json.1.bbbbbb.tmp"))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it("says in Chinese when the folder does not exist", async () => {
    let err = "";
    const code = await runCli(["doctor", "--data", path.join(dir, "没有这个文件夹")], {
      out: () => undefined,
      err: (t) => (err += t),
      env: {},
      cwd: dir,
    });
    expect(code).toBe(1);
    expect(err).toContain("不存在");
  });
});
