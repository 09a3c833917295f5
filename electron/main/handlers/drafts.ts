// Handlers for the drafts domain of the contract.
import { promises as fs } from "node:fs";
import path from "node:path";
import type { draftMethods } from "../../../shared/api/drafts";
import type { Handlers } from "../../../shared/api/contract";
import { AppError } from "../../../shared/api/errors";
import { Draft } from "../../../shared/model/draft";
import { createDraftFromTemplate, createDraftFromUserTemplate, isBuiltinTemplateId } from "../../../shared/letter";
import type { Channel } from "../../../shared/model/draft";
import type { HandlerContext } from "./context";
import { workflowFor } from "./workflow";

type DraftHandlers = Pick<Handlers, keyof typeof draftMethods>;

/** Reads the shipped sample letter and gives it a fresh id. */
export async function loadSampleDraft(ctx: HandlerContext): Promise<Draft> {
  const file = path.join(ctx.assetsDir, "sample-letter.json");
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (err) {
    throw new AppError("IO", `示例答复函无法读取：${(err as Error).message}`);
  }
  const parsed = Draft.safeParse({ ...(raw as object), id: ctx.newId() });
  if (!parsed.success) throw new AppError("CORRUPT", "示例答复函格式不正确（安装不完整？）");
  return parsed.data;
}

/** A new draft from a built-in or user template (default: the main reply template of the channel). */
export function newDraftFromTemplate(ctx: HandlerContext, channel: Channel, templateId: string | null): Draft {
  const opts = { id: ctx.newId(), now: ctx.now().toISOString(), channel, settings: ctx.settings.get() };
  const id = templateId ?? (channel === "建议" ? "suggestion-main" : "proposal-main");
  if (isBuiltinTemplateId(id)) return createDraftFromTemplate(id, opts);
  return createDraftFromUserTemplate(ctx.templates.get(id), opts);
}

/** The drafts handlers over the store. */
export function draftHandlers(ctx: HandlerContext): DraftHandlers {
  const { store } = ctx;
  return {
    listDrafts: async (q) => store.list(q),
    listDraftPage: async (q) => store.page(q),
    // The status shown is the one the audit chain proves, never the file's own field.
    getDraft: async ({ id }) => workflowFor(ctx).verifiedDraft(id),
    createDraft: async ({ channel, templateId }) => store.create(newDraftFromTemplate(ctx, channel, templateId)),
    // The sample shows the form of a letter, not a live case: no 交办日期, so no deadline (and no red 已超期).
    createSampleDraft: async () => {
      const sample = await loadSampleDraft(ctx);
      return store.create({ ...sample, record: { ...sample.record, assignedDate: null, dueDate: null } });
    },
    // Through the workflow: editing an approved or submitted draft drops it back to 草稿 (and is audited).
    saveDraft: async ({ draft, baseRevision }) => {
      const wf = workflowFor(ctx);
      const saved = await wf.saveEdited(draft, baseRevision, wf.currentActor());
      return { revision: saved.revision, updatedAt: saved.updatedAt, status: saved.status };
    },
    trashDraft: async ({ id }) => {
      await store.trash(id);
      return { ok: true as const };
    },
    restoreDraft: async ({ id }) => {
      await store.restore(id);
      return { ok: true as const };
    },
    emptyTrash: async () => ({ removed: await store.emptyTrash() }),
    storeInfo: async () => ({ dataDir: store.dataDir, notices: store.notices() }),
    dismissNotice: async ({ id }) => {
      await store.dismissNotice(id);
      return { ok: true as const };
    },
  };
}
