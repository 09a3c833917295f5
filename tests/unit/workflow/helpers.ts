// Test helpers for the workflow area: a scratch data folder with real services, and a small letter.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Draft } from "../../../shared/model/draft";
import { blankDraft } from "../../../shared/model/factory";
import type { Actor } from "../../../shared/workflow/status-machine";
import { openServices, type Services } from "../../../electron/main/services";
import { WorkflowService } from "../../../electron/main/services/workflow/workflow-service";

/** The three people of the review chain. */
export const OFFICER: Actor = { name: "张拟稿", role: "拟稿人" };
export const SUPERVISOR: Actor = { name: "李审核", role: "审核人" };
export const CLERK: Actor = { name: "王文书", role: "文书" };

/** A scratch folder under the OS temp dir. */
export async function scratchDir(label: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `replydesk-wf-${label}-`));
}

/** Real services + workflow on a fresh data folder. */
export interface Workspace {
  readonly dir: string;
  readonly services: Services;
  readonly wf: WorkflowService;
  readonly close: () => Promise<void>;
}

/** Opens services and the workflow service on `dir` (a new scratch folder by default). */
export async function openWorkspace(dir?: string, now?: () => Date): Promise<Workspace> {
  const d = dir ?? (await scratchDir("ws"));
  const services = await openServices({ dataDir: d, ...(now ? { now } : {}) });
  services.settings.update({ bureau: { docCode: "惠科工函", deadlineMonths: 3, extensionMonths: 3 } });
  const wf = new WorkflowService({
    store: services.store,
    settings: services.settings,
    dataDir: services.dataDir,
    ...(now ? { now } : {}),
  });
  return { dir: services.dataDir, services, wf, close: () => services.close() };
}

/** A short reply letter with two sections, a measure and a 成文日期. */
export function sampleDraft(id: string): Draft {
  const d = blankDraft(id, "2026-03-01T08:00:00.000+08:00", "提案");
  return {
    ...d,
    record: {
      ...d.record,
      proposalTitle: "关于加强科技创新平台建设的提案",
      proposers: ["刘委员"],
      assignedDate: "2026-02-10",
    },
    letter: {
      ...d.letter,
      title: "关于政协第十五届二次会议第12号提案的答复",
      opening: "您提出的关于加强科技创新平台建设的提案收悉，现答复如下：",
      sections: [
        {
          id: "s1",
          heading: "工作开展情况",
          role: "measures",
          paragraphs: ["区科技局高度重视科技创新平台建设。"],
          measures: [{ id: "m1", style: "sub", heading: "强化政策支持。", text: "出台扶持办法。", children: [] }],
        },
        { id: "s2", heading: "下一步工作", role: "nextSteps", paragraphs: ["继续推进平台建设。"], measures: [] },
      ],
      closing: ["感谢您对科技工作的关心和支持。"],
      signOff: { ...d.letter.signOff, date: "2026-04-20", contactName: "赵联系", contactPhone: "0371-12345678" },
    },
  };
}

/** Every file under a folder with its SHA-256 (to prove nothing was written). */
export async function snapshotDir(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(d: string): Promise<void> {
    for (const ent of await fs.readdir(d, { withFileTypes: true })) {
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) await walk(p);
      else
        out[path.relative(dir, p)] = createHash("sha256")
          .update(await fs.readFile(p))
          .digest("hex");
    }
  }
  await walk(dir);
  return out;
}
