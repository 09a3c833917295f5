// A list of lint findings that block a step, each with its rule and place in the letter.
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

/** Props: the draft (for place names), the findings and a heading for the list. */
export interface FindingListProps {
  readonly draft: Draft;
  readonly findings: readonly Finding[];
  readonly title: string;
}

/** "以下问题须先改正" with one item per finding. */
export function FindingList({ draft, findings, title }: FindingListProps) {
  return (
    <div className="wf-blockers">
      <p className="wf-blockers-title">{title}</p>
      <ul aria-label={title}>
        {findings.map((f, i) => {
          const place = findingPlace(draft, f);
          return (
            <li key={`${f.rule}-${i}`}>
              <span className="wf-rule">{f.rule}</span> {place ? `${place}：` : ""}
              {f.message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
