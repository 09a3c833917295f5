// What still blocks a step, as a short to-do list: template blanks to fill first, then other errors, each with its
// place in the letter (rule numbers only in the tooltip).
import { describePath } from "../../../../shared/letter/text-fields";
import type { Finding } from "../../../../shared/lint";
import type { Draft } from "../../../../shared/model/draft";

/** Where a finding is, in words (登记信息 / 数据表 / 第一部分第1段 …). */
export function findingPlace(draft: Draft, finding: Finding): string {
  const path = finding.location?.path;
  if (!path) return "";
  if (path.startsWith("record.")) return "登记信息";
  if (path.startsWith("figures")) return "数据表";
  // A measure's fields end in .text/.heading; the place is the measure they belong to.
  return describePath(draft.letter, path.replace(/(measures|children)\.(\d+)\.(text|heading)$/, "$1.$2"));
}

const BLANK = /^“(【[^】]+】)”/u;

/** The template blank (【请填写…】) a finding asks to fill, or null when it is another kind of problem. */
export function blankOf(finding: Finding): string | null {
  if (finding.rule !== "R27" || finding.location === null) return null;
  return BLANK.exec(finding.message)?.[1] ?? /模板占位内容“(【[^】]+】)”/u.exec(finding.message)?.[1] ?? null;
}

/** Props: the draft (for place names), the findings and a heading for the list. */
export interface FindingListProps {
  readonly draft: Draft;
  readonly findings: readonly Finding[];
  readonly title: string;
}

/** The heading, then one line per blank to fill and per other problem. */
export function FindingList({ draft, findings, title }: FindingListProps) {
  const blanks = findings.filter((f) => blankOf(f) !== null);
  const others = findings.filter((f) => blankOf(f) === null);
  return (
    <div className="wf-blockers">
      <p className="wf-blockers-title">{title}</p>
      <ul aria-label={title}>
        {blanks.map((f, i) => {
          const place = findingPlace(draft, f);
          return (
            <li key={`blank-${i}`} className="wf-todo" title={f.message}>
              填写{place ? `${place}的` : ""}“{blankOf(f)}”
            </li>
          );
        })}
        {others.map((f, i) => {
          const place = findingPlace(draft, f);
          return (
            <li key={`${f.rule}-${i}`} title={`规则 ${f.rule}`}>
              {place ? `${place}：` : ""}
              {f.message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
