// What still blocks a step, as a short to-do list: template blanks to fill first, then other errors, each with its
// place in the letter (rule numbers only in the tooltip).
import { describePath } from "../../../../shared/letter/text-fields";
import type { Finding } from "../../../../shared/lint";
import type { Draft } from "../../../../shared/model/draft";
import { useState } from "react";
import { blankOf } from "../lint/blanks";

/** Where a finding is, in words (登记信息 / 数据表 / 第一部分第1段 …). */
export function findingPlace(draft: Draft, finding: Finding): string {
  const path = finding.location?.path;
  if (!path) return "";
  if (path.startsWith("record.")) return "登记信息";
  if (path.startsWith("figures")) return "数据表";
  // A measure's fields end in .text/.heading; the place is the measure they belong to.
  return describePath(draft.letter, path.replace(/(measures|children)\.(\d+)\.(text|heading)$/, "$1.$2"));
}

// Items shown before 全部显示: the list stays short enough to leave the letter in view.
const SHORT = 4;

/** Props: the draft (for place names), the findings and a heading for the list. */
export interface FindingListProps {
  readonly draft: Draft;
  readonly findings: readonly Finding[];
  readonly title: string;
}

/** The heading, then one line per blank to fill and per other problem. */
export function FindingList({ draft, findings, title }: FindingListProps) {
  const [all, setAll] = useState(false);
  const sorted = [...findings.filter((f) => blankOf(f) === null), ...findings.filter((f) => blankOf(f) !== null)];
  const visible = all ? sorted : sorted.slice(0, SHORT);
  const blanks = visible.filter((f) => blankOf(f) !== null);
  const others = visible.filter((f) => blankOf(f) === null);
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
      {sorted.length > SHORT && (
        <button type="button" className="btn btn-small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? "收起" : `还有 ${sorted.length - SHORT} 项，全部显示`}
        </button>
      )}
    </div>
  );
}
