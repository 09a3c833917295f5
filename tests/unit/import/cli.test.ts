// `replydesk inspect --json` and `replydesk import` against a temporary data folder.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCommand } from "../../../electron/cli/commands/import";
import { inspectCommand } from "../../../electron/cli/commands/inspect";
import { DraftStore } from "../../../electron/main/services/draft-store";
import { LETTERS_DIR, SEEDS } from "./helpers";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "replydesk-cli-import-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(cmd: typeof inspectCommand, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await cmd.run(argv, {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: {},
    cwd: LETTERS_DIR,
  });
  return { code, out, err };
}

describe("replydesk inspect", () => {
  it("prints one JSON object with the documented keys and values for seed 004", async () => {
    const r = await run(inspectCommand, [SEEDS["004"], "--json"]);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.out) as Record<string, unknown>;
    expect(v).toMatchObject({
      kind: "reply",
      channel: "提案",
      proposers: ["张华"],
      role: null,
      proposalNumber: 69,
      session: "政协重庆市梁平区政协第十五届委员会第一次会议",
      categoryMark: null,
      docNumber: null,
      signer: null,
      salutation: "张华",
      signOff: { unit: "重庆市梁平区科学技术局", date: "2022-07-20", dateText: "2022720" },
      contact: null,
      cc: [],
    });
    expect(v.sections).toEqual([
      { level: 1, heading: "创新工作机制，抓实企业服务" },
      { level: 1, heading: "加大政策支持强化资源统筹" },
      { level: 1, heading: "积极引资引智集聚发展动能" },
    ]);
    expect(v.figures).toContainEqual({ text: "1.45亿元", value: 1.45, unit: "亿元" });
  });
  it("prints a readable Chinese summary without --json", async () => {
    const r = await run(inspectCommand, [SEEDS["003"]]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("署名：惠济区科技和工业信息化局");
    expect(r.out).toContain("1级 下步工作计划");
  });
});

describe("replydesk import", () => {
  it("saves each letter as a draft, prints the ids, lists refusals and exits 1", async () => {
    const data = path.join(dir, "data");
    const files = Object.values(SEEDS);
    const r = await run(importCommand, [...files, "--data", data]);
    expect(r.code).toBe(1);
    const ids = r.out.trim().split("\n");
    expect(ids).toHaveLength(4);
    expect(r.err).toContain(SEEDS["001"]);
    expect(r.err).toMatch(/不是答复函/u);
    const store = await DraftStore.open(data);
    try {
      expect(
        store
          .list()
          .map((d) => d.id)
          .sort(),
      ).toEqual([...ids].sort());
      const d = await store.get(ids[3] ?? "");
      expect(d.letter.signOff.date).toBe("2022-07-20");
      expect(d.revision).toBe(1);
    } finally {
      await store.close();
    }
  });
  it("importing the same file twice makes two drafts and exits 0", async () => {
    const data = path.join(dir, "data2");
    const p = path.join(dir, "one.txt");
    await writeFile(
      p,
      "王五代表：\n你提出的第12号建议收悉，现答复如下：\n一、加强管理\n继续做好工作。\n某某市交通运输局\n2024年3月1日",
    );
    const a = await run(importCommand, [p, p, "--data", data]);
    expect(a.code).toBe(0);
    const ids = a.out.trim().split("\n");
    expect(new Set(ids).size).toBe(2);
  });
});
