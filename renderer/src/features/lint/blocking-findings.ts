// What blocks 提交审核 and 正式导出: the lint errors of a draft at that step (for the workflow and export UIs).
import { todayIso } from "../../../../shared/letter/dates";
import { blocking, lintDraft, type Finding } from "../../../../shared/lint";
import type { Draft } from "../../../../shared/model/draft";
import type { Settings } from "../../../../shared/model/settings";

/** The findings that block a step ("submit" = 提交审核, "export" = 正式导出), linted with today's local date. */
export function blockingFindingsFor(draft: Draft, settings: Settings, purpose: "submit" | "export"): Finding[] {
  return blocking(lintDraft({ draft, settings, today: todayIso(new Date()), purpose }));
}
