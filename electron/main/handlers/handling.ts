// Handlers for 办理: the current user acts through the one HandlingService of the data folder.
import { AppError } from "../../../shared/api/errors";
import type { Handlers } from "../../../shared/api/contract";
import type { handlingMethods } from "../../../shared/api/handling";
import { publicationHtml } from "../../../shared/handling/publication-html";
import { publicationRefusal, redactForPublication } from "../../../shared/handling/redact";
import type { StatScope } from "../../../shared/handling/stats";
import { buildLayout } from "../../../shared/letter/build-layout";
import { renderDraftDocx } from "../services/export/export-draft";
import { HandlingService } from "../services/handling/handling-service";
import { statsWorkbook } from "../services/handling/stats-xlsx";
import type { Services } from "../services";
import type { HandlerContext } from "./context";
import { letterFileName } from "./letter-file-name";
import { workflowFor } from "./workflow";

type HandlingHandlers = Pick<Handlers, keyof typeof handlingMethods>;

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const instances = new WeakMap<Services["store"], HandlingService>();

/** The HandlingService of a data folder (one per store; it shares the workflow's queue and audit log). */
export function handlingFor(
  ctx: Pick<HandlerContext, "store" | "settings" | "dataDir" | "now" | "newId" | "people">,
): HandlingService {
  let h = instances.get(ctx.store);
  if (!h) {
    const workflow = workflowFor(ctx);
    h = new HandlingService({ workflow, settings: ctx.settings, dataDir: ctx.dataDir, now: ctx.now, newId: ctx.newId });
    instances.set(ctx.store, h);
  }
  return h;
}

/** The scope of a statistics request: this year unless a year or session is given. */
export function scopeOf(input: { year?: number | undefined; session?: string | undefined }, now: Date): StatScope {
  if (input.session)
    return input.year !== undefined ? { year: input.year, session: input.session } : { session: input.session };
  return { year: input.year ?? now.getFullYear() };
}

/** A file name stem without characters file systems refuse. */
function safeStem(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, "").slice(0, 60) || "答复函";
}

/** The 办理 handlers. */
export function handlingHandlers(ctx: HandlerContext): HandlingHandlers {
  const h = handlingFor(ctx);
  const me = () => workflowFor(ctx).currentActor();

  async function publicationCopy(id: string) {
    const draft = await h.guardPublication(id, me());
    const refusal = publicationRefusal(draft);
    if (refusal) throw new AppError("INVALID_STATE", refusal);
    return redactForPublication(draft);
  }

  return {
    handlingView: ({ id }) => h.view(id, me()),
    addContact: ({ id, contact }) => h.addContact(id, contact, me()),
    removeContact: ({ id, contactId }) => h.removeContact(id, contactId, me()),
    recordSatisfaction: ({ id, satisfaction }) => h.recordSatisfaction(id, satisfaction, me()),
    reopenDraft: ({ id }) => h.reopen(id, me()),
    markPublished: ({ id, date }) => h.markPublished(id, date, me()),
    setItemFacts: ({ id, important, unitRole }) => h.setItemFacts(id, { important, unitRole }, me()),
    exportPublicationDocx: async ({ id }) => {
      const { draft, removed } = await publicationCopy(id);
      // The existing export entry point, given the redacted draft: formal layout (no 草稿 mark), never sealed.
      const out = await renderDraftDocx({
        draft,
        settings: ctx.settings.get(),
        formal: true,
        sealPng: null,
        sealAllowed: false,
      });
      const fileName = letterFileName(`${out.title}（公开版）`, ctx.settings.get().bureau);
      const delivery = await ctx.ports.deliverFile(fileName, out.bytes, DOCX);
      return { delivery, fileName, removed: [...removed] };
    },
    exportPublicationHtml: async ({ id }) => {
      const { draft, removed } = await publicationCopy(id);
      const layout = buildLayout(draft, ctx.settings.get(), { sealed: false, isDraft: false });
      const fileName = `${safeStem(layout.meta.title)}（公开版）.html`;
      const bytes = new TextEncoder().encode(publicationHtml(layout));
      const delivery = await ctx.ports.deliverFile(fileName, bytes, "text/html; charset=utf-8");
      return { delivery, fileName, removed: [...removed] };
    },
    handlingConfig: () => h.config(),
    updateHandlingConfig: (patch) => h.updateConfig(patch, me()),
    handlingStats: async (input) => h.stats(scopeOf(input, ctx.now()), input.today),
    exportStatsXlsx: async (input) => {
      const scope = scopeOf(input, ctx.now());
      const stats = await h.stats(scope, input.today);
      const label = scope.session ?? `${scope.year ?? ""}年度`;
      const bytes = await statsWorkbook(stats, `${label}建议提案办理统计`);
      const fileName = `${safeStem(label)}办理统计.xlsx`;
      return { delivery: await ctx.ports.deliverFile(fileName, bytes, XLSX), fileName };
    },
    draftAnnualSummary: async (input) => ({ draftId: (await h.draftSummary(scopeOf(input, ctx.now()), me())).draftId }),
  };
}
