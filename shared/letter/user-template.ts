// User templates: a draft's wording saved for reuse, without the values that belong to one proposal.
import { z } from "zod";
import { Channel, HandlingKind, type Draft, type Measure } from "../model/draft";
import { draftFromWording, type CreateDraftOptions } from "./templates";
import type { MeasureSpec, SectionSpec, TemplateWording } from "./template-wording";
import { varToken } from "./variables";

const Text = z.string().max(20_000);

/** A measure inside a user template (no id: ids are assigned when a draft is created). */
export const TemplateMeasure: z.ZodType<MeasureSpec> = z.lazy(() =>
  z.object({
    style: z.enum(["sub", "run"]),
    heading: z.string().max(500),
    text: Text,
    children: z.array(TemplateMeasure).max(200),
  }),
);

/** A section inside a user template. */
export const TemplateSection = z.object({
  heading: z.string().max(500),
  role: z.enum(["measures", "nextSteps"]),
  paragraphs: z.array(Text).max(200),
  measures: z.array(TemplateMeasure).max(500),
}) satisfies z.ZodType<SectionSpec>;

/** A template saved by a user from one of their drafts. */
export const UserTemplate = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  name: z.string().min(1, "模板名称不能为空").max(50, "模板名称不能超过50个字"),
  createdAt: z.string().datetime({ offset: true }),
  /** Channel of the draft it came from; drafts made from it may switch channel freely. */
  channel: Channel,
  handling: HandlingKind,
  opening: Text,
  background: z.array(Text).max(200),
  sections: z.array(TemplateSection).max(100),
  closing: z.array(Text).max(20),
  cc: z.array(z.string().max(500)).max(50),
});
/** A user template. */
export type UserTemplate = z.infer<typeof UserTemplate>;

/** Placeholder left where a figure of the original draft was referenced. */
export const TEMPLATE_FIGURE_PLACEHOLDER = "【数据】";

function generalise(text: string, draft: Draft): string {
  let out = text.replace(/\{\{\s*fig\s*:[^{}]*\}\}/g, TEMPLATE_FIGURE_PLACEHOLDER);
  const literals: readonly [string, string][] = [
    [draft.record.proposalTitle.trim(), varToken("标题")],
    [draft.record.session.trim(), varToken("届次")],
  ];
  // Longer literals first so a session inside a title is not replaced twice.
  for (const [literal, token] of [...literals].sort((a, b) => b[0].length - a[0].length)) {
    if (literal.length >= 4) out = out.split(literal).join(token);
  }
  return out;
}

function measureSpec(m: Measure, draft: Draft): MeasureSpec {
  return {
    style: m.style,
    heading: generalise(m.heading, draft),
    text: generalise(m.text, draft),
    children: m.children.map((c) => measureSpec(c, draft)),
  };
}

/**
 * Saves a draft's wording as a template. Record values, figures, title/salutation overrides and the sign-off
 * (unit, date, contact, notes, attachments) are dropped; figure references become 【数据】; the proposal title and
 * session written out literally become {{var:标题}} / {{var:届次}}.
 */
export function templateFromDraft(
  draft: Draft,
  name: string,
  opts: { readonly id: string; readonly now: string },
): UserTemplate {
  const g = (t: string): string => generalise(t, draft);
  return UserTemplate.parse({
    id: opts.id,
    name: name.trim(),
    createdAt: opts.now,
    channel: draft.record.channel,
    handling: draft.record.handling,
    opening: g(draft.letter.opening),
    background: draft.letter.background.map(g),
    sections: draft.letter.sections.map((s) => ({
      heading: g(s.heading),
      role: s.role,
      paragraphs: s.paragraphs.map(g),
      measures: s.measures.map((m) => measureSpec(m, draft)),
    })),
    closing: draft.letter.closing.map(g),
    cc: draft.letter.signOff.cc.map(g),
  } satisfies UserTemplate);
}

/** A new draft from a user template (channel defaults to the template's). */
export function createDraftFromUserTemplate(template: UserTemplate, opts: CreateDraftOptions): Draft {
  const wording: TemplateWording = {
    handling: template.handling,
    opening: template.opening,
    background: template.background,
    sections: template.sections,
    closing: template.closing,
    cc: template.cc,
  };
  return draftFromWording(wording, template.id, opts.channel ?? template.channel, opts);
}
