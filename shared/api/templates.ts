// Contract methods for templates: the built-in ones and those users save from their drafts.
import { z } from "zod";
import { Channel } from "../model/draft";
import { method } from "./define";

/** One entry of the template picker. */
export const TemplateInfo = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** Channel a new draft gets; null means the user chooses. */
  channel: Channel.nullable(),
  builtin: z.boolean(),
});
export type TemplateInfo = z.infer<typeof TemplateInfo>;

/** Templates domain of the contract. */
export const templateMethods = {
  listTemplates: method("列出模板（内置与自存）", z.object({}), z.array(TemplateInfo)),
  saveAsTemplate: method(
    "把一份文稿的结构存为新模板",
    z.object({ draftId: z.string().min(1).max(64), name: z.string().trim().min(1, "模板名称不能为空").max(50) }),
    TemplateInfo,
  ),
  deleteTemplate: method(
    "删除自存模板",
    z.object({ id: z.string().min(1).max(64) }),
    z.object({ ok: z.literal(true) }),
  ),
} as const;
