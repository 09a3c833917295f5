// Handlers for the templates domain of the contract.
import type { Handlers } from "../../../shared/api/contract";
import type { TemplateInfo, templateMethods } from "../../../shared/api/templates";
import { BUILTIN_TEMPLATES, templateFromDraft, type UserTemplate } from "../../../shared/letter";
import type { HandlerContext } from "./context";

function userInfo(t: UserTemplate): TemplateInfo {
  return {
    id: t.id,
    name: t.name,
    description: `自存模板（${t.createdAt.slice(0, 10)}）`,
    channel: t.channel,
    builtin: false,
  };
}

/** The templates handlers. */
export function templateHandlers(ctx: HandlerContext): Pick<Handlers, keyof typeof templateMethods> {
  return {
    listTemplates: async () => [
      ...BUILTIN_TEMPLATES.map((t) => ({
        id: t.id,
        name: t.name,
        description: t.description,
        channel: t.channel,
        builtin: true,
      })),
      ...ctx.templates.list().map(userInfo),
    ],
    saveAsTemplate: async ({ draftId, name }) => {
      const draft = await ctx.store.get(draftId);
      const template = templateFromDraft(draft, name, { id: ctx.newId(), now: ctx.now().toISOString() });
      await ctx.templates.add(template);
      return userInfo(template);
    },
    deleteTemplate: async ({ id }) => {
      await ctx.templates.remove(id);
      return { ok: true as const };
    },
  };
}
