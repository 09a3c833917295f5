// Test helpers for the workflow area: a scratch data folder with real services, and a small letter.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { vi } from "vitest";
import type { Draft } from "../../../shared/model/draft";
import { blankDraft } from "../../../shared/model/factory";
import type { Actor } from "../../../shared/workflow/status-machine";
import { openServices, type Services } from "../../../electron/main/services";
import { WorkflowService } from "../../../electron/main/services/workflow/workflow-service";

// Every sign-in opens a key sealed with scrypt (memory-hard by design, ~0.1 s quiet, several times that on a busy
// machine), and a workspace seeds five people: these tests get time for that rather than a weaker KDF.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/** The people of the review chain (each signs in with PASSWORD; the workspace's roster holds them). */
export const OFFICER: Actor = { name: "张拟稿", role: "拟稿人" };
export const SUPERVISOR: Actor = { name: "李审核", role: "审核人" };
export const SIGNER: Actor = { name: "陈局长", role: "签发人" };
export const CLERK: Actor = { name: "王文书", role: "文书" };
/** The 管理员 who created the roster. */
export const ADMIN: Actor = { name: "周管理", role: "管理员" };
/** Every test person's password. */
export const PASSWORD = "correct-horse-9";

/** Creates the bureau roster on a data folder's people service: the admin plus the four people above. */
export async function seedRoster(services: Services): Promise<void> {
  if (services.people.current()) return;
  await services.people.createRoster({ name: ADMIN.name, password: PASSWORD, bureau: "某区科学技术局" });
  for (const a of [OFFICER, SUPERVISOR, SIGNER, CLERK]) {
    await services.people.addPerson({ name: a.name, roles: [a.role], password: PASSWORD });
  }
  services.people.signOut();
}

/** Signs `who` in (by name) and returns them as the rulebook's actor, acting in `who.role`. */
export async function signInAs(services: Services, who: Actor): Promise<Actor> {
  const me = services.people.whoIsIn();
  if (me?.name !== who.name) {
    const person = [...(services.people.current()?.people.values() ?? [])].find((p) => p.name === who.name);
    if (!person) return who; // not in the roster: acts as nobody signed in
    await services.people.signIn(person.id, PASSWORD);
  }
  const actor = services.people.actor();
  return actor ? { ...actor, role: who.role } : who;
}

function isTestActor(v: unknown): v is Actor {
  return typeof v === "object" && v !== null && "name" in v && "role" in v && !("personId" in v) && !("draft" in v);
}

/**
 * The workflow service as the tests drive it: a method called with one of the people above signs that person in
 * first (as a person at a shared PC would), so every action is really signed with their key.
 */
function signingWorkflow(wf: WorkflowService, services: Services): WorkflowService {
  return new Proxy(wf, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== "function") return value;
      const fn = value as (...a: unknown[]) => unknown;
      return (...args: unknown[]) => {
        if (!args.some(isTestActor)) return fn.apply(target, args);
        return (async () => {
          const mapped: unknown[] = [];
          for (const a of args) mapped.push(isTestActor(a) ? await signInAs(services, a) : a);
          return fn.apply(target, mapped);
        })();
      };
    },
  });
}

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

/** Opens services and the workflow service on `dir` (a new scratch folder by default), with the test roster. */
export async function openWorkspace(
  dir?: string,
  now?: () => Date,
  opts: { roster?: boolean } = {},
): Promise<Workspace> {
  const d = dir ?? (await scratchDir("ws"));
  const services = await openServices({ dataDir: d, ...(now ? { now } : {}) });
  services.settings.update({ bureau: { docCode: "惠科工函", deadlineMonths: 3, extensionMonths: 3 } });
  if (opts.roster !== false) await seedRoster(services);
  const wf = new WorkflowService({
    store: services.store,
    settings: services.settings,
    people: services.people,
    dataDir: services.dataDir,
    ...(now ? { now } : {}),
  });
  return { dir: services.dataDir, services, wf: signingWorkflow(wf, services), close: () => services.close() };
}

/**
 * Another PC of the same bureau: a fresh data folder that imported `from`'s roster, holding the sealed keys of the
 * people who work there (as if each had joined on that PC).
 */
export async function joinMachine(from: Workspace, now?: () => Date): Promise<Workspace> {
  const dir = await scratchDir("pc2");
  await fs.cp(path.join(from.dir, "keys"), path.join(dir, "keys"), { recursive: true });
  const w = await openWorkspace(dir, now, { roster: false });
  await w.services.people.importRoster(from.services.people.exportRoster());
  return w;
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

/**
 * Takes a stored draft through the real chain — submitted, approved, numbered and signed, each step signed by its
 * person — and leaves the 文书 signed in (ready for 正式导出). Returns the 发文字号.
 */
export async function signThrough(services: Services, wf: WorkflowService, id: string): Promise<string> {
  await seedRoster(services);
  services.settings.update({ bureau: { docCode: services.settings.get().bureau.docCode || "惠科工函" } });
  const draft = await services.store.get(id);
  // Dated today: the 发文字号 is this year's, and the 成文日期 must be of the same year (R07).
  const t = new Date();
  const signDate = `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
  const dated = { ...draft, letter: { ...draft.letter, signOff: { ...draft.letter.signOff, date: signDate } } };
  await services.store.save(dated, draft.revision);
  const v = await wf.submit(id, await signInAs(services, OFFICER));
  await wf.approve(id, await signInAs(services, SUPERVISOR), v.hash);
  const { number } = await wf.allocateDocNumber(id, await signInAs(services, CLERK));
  await wf.sign(id, await signInAs(services, SIGNER), { docNumber: number, signDate });
  await signInAs(services, CLERK);
  return number;
}
