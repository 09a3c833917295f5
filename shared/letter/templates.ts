// Built-in templates and drafts created from them (issue 3 item 6).
import type { Channel, Draft, Measure, Section } from "../model/draft";
import { blankDraft } from "../model/factory";
import type { Settings } from "../model/settings";
import { idCounter } from "./ids";
import { CO_OPINION_WORDING, MAIN_REPLY_WORDING, type MeasureSpec, type TemplateWording } from "./template-wording";

/** Ids of the built-in templates. */
export type BuiltinTemplateId = "proposal-main" | "suggestion-main" | "co-opinion";

/** What the template picker shows about a built-in template. */
export interface BuiltinTemplate {
  readonly id: BuiltinTemplateId;
  readonly name: string;
  readonly description: string;
  /** The channel a new draft gets; null means the caller chooses (会办 works for both). */
  readonly channel: Channel | null;
}

/** The built-in templates, in the order the picker lists them. */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  {
    id: "proposal-main",
    name: "提案答复（主办）",
    description: "答复政协委员提案，致提案委员，含分类标识",
    channel: "提案",
  },
  {
    id: "suggestion-main",
    name: "建议答复（主办）",
    description: "答复人大代表建议，致代表本人，含分类标识",
    channel: "建议",
  },
  { id: "co-opinion", name: "会办意见", description: "会办单位致主办单位的会办意见，不含分类标识", channel: null },
];

const WORDING: Readonly<Record<BuiltinTemplateId, TemplateWording>> = {
  "proposal-main": MAIN_REPLY_WORDING,
  "suggestion-main": MAIN_REPLY_WORDING,
  "co-opinion": CO_OPINION_WORDING,
};

/** Whether a string names a built-in template. */
export function isBuiltinTemplateId(id: string): id is BuiltinTemplateId {
  return BUILTIN_TEMPLATES.some((t) => t.id === id);
}

/** Options for creating a draft: its id and creation time, an optional channel and the current settings. */
export interface CreateDraftOptions {
  readonly id: string;
  /** ISO time with offset, e.g. 2024-05-28T09:00:00+08:00. */
  readonly now: string;
  readonly channel?: Channel;
  readonly settings: Settings;
}

function buildMeasures(specs: readonly MeasureSpec[], nextMeasureId: () => string): Measure[] {
  return specs.map((m) => ({
    id: nextMeasureId(),
    style: m.style,
    heading: m.heading,
    text: m.text,
    children: buildMeasures(m.children, nextMeasureId),
  }));
}

/** Fills a blank draft with template wording; section and measure ids are s1…, m1… */
export function draftFromWording(
  wording: TemplateWording,
  templateId: string,
  channel: Channel,
  opts: Pick<CreateDraftOptions, "id" | "now" | "settings">,
): Draft {
  const base = blankDraft(opts.id, opts.now, channel);
  const nextSection = idCounter("s");
  const nextMeasure = idCounter("m");
  const sections: Section[] = wording.sections.map((s) => ({
    id: nextSection(),
    heading: s.heading,
    role: s.role,
    paragraphs: [...s.paragraphs],
    measures: buildMeasures(s.measures, nextMeasure),
  }));
  return {
    ...base,
    templateId,
    record: { ...base.record, handling: wording.handling },
    letter: {
      ...base.letter,
      opening: wording.opening,
      background: [...wording.background],
      sections,
      closing: [...wording.closing],
      signOff: { ...base.letter.signOff, contactName: opts.settings.user.name, cc: [...wording.cc] },
    },
  };
}

/** A new draft from a built-in template; throws RangeError for an unknown template id. */
export function createDraftFromTemplate(templateId: string, opts: CreateDraftOptions): Draft {
  if (!isBuiltinTemplateId(templateId)) throw new RangeError(`没有名为“${templateId}”的内置模板，请重新选择模板`);
  const info = BUILTIN_TEMPLATES.find((t) => t.id === templateId);
  const channel = opts.channel ?? info?.channel ?? "提案";
  return draftFromWording(WORDING[templateId], templateId, channel, opts);
}
