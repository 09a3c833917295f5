// The correctable part of the check screen: the record (类别, 届次, 编号, 提案人…) and the letter's head and 落款.
import { CategoryMark, type Draft, type DraftRecord, type SignOff } from "../../../../shared/model/draft";
import { ChoiceGroup } from "../../lib/choice-group";
import { ProposalNumberField } from "../drafts/proposal-number-field";
import { parseProposers } from "../drafts/record-parse";
import { CheckField } from "./check-field";
import { DateField } from "../../lib/date-field";

/** Props: the draft being checked, the guessed fields, and the edit function. */
export interface RecordCheckProps {
  readonly draft: Draft;
  readonly low: ReadonlySet<string>;
  readonly update: (fn: (draft: Draft) => Draft) => void;
  /** Set when the 成文日期 is confirmed in its own box (collapsed dates); then it is not edited here. */
  readonly dateElsewhere: boolean;
}

const orNull = (t: string): string | null => (t.trim() === "" ? null : t.trim());

/** Record and head fields, each writable; guessed ones carry 待核对. */
export function RecordCheck({ draft, low, update, dateElsewhere }: RecordCheckProps) {
  const r = draft.record;
  const so = draft.letter.signOff;
  const setRecord = <K extends keyof DraftRecord>(key: K, value: DraftRecord[K]): void =>
    update((d) => (d.record[key] === value ? d : { ...d, record: { ...d.record, [key]: value } }));
  const setSignOff = <K extends keyof SignOff>(key: K, value: SignOff[K]): void =>
    update((d) => ({ ...d, letter: { ...d.letter, signOff: { ...d.letter.signOff, [key]: value } } }));
  const person = r.channel === "提案" ? "提案人" : "代表";

  return (
    <section className="imp-record" aria-labelledby="imp-record-title">
      <h4 id="imp-record-title" className="imp-subhead">
        基本信息（可修改）
      </h4>
      <div className="form-grid imp-grid">
        <div className={low.has("record.channel") ? "imp-low" : undefined}>
          <ChoiceGroup
            legend={low.has("record.channel") ? "类别（待核对）" : "类别"}
            name="imp-channel"
            options={["提案", "建议"] as const}
            value={r.channel}
            onChange={(v) => setRecord("channel", v)}
            labelOf={(v) => (v === "提案" ? "提案（政协委员）" : "建议（人大代表）")}
          />
        </div>
        <CheckField id="imp-category" label="分类标识">
          <select
            id="imp-category"
            value={r.category ?? ""}
            onChange={(e) => {
              const parsed = CategoryMark.safeParse(e.currentTarget.value);
              setRecord("category", parsed.success ? parsed.data : null);
            }}
          >
            <option value="">（无）</option>
            {CategoryMark.options.map((c) => (
              <option key={c} value={c}>
                {c} 类
              </option>
            ))}
          </select>
        </CheckField>
        <CheckField
          id="imp-session"
          label="届次会议"
          wide
          low={low.has("record.session")}
          value={r.session}
          onCommit={(t) => setRecord("session", t.trim())}
        />
        <ProposalNumberField value={r.proposalNumber} onChange={(v) => setRecord("proposalNumber", v)} />
        <CheckField
          id="imp-proposers"
          label={person}
          low={low.has("record.proposers")}
          value={r.proposers.join("、")}
          placeholder="多人用顿号“、”分隔，第一位为领衔人"
          onCommit={(t) => {
            const names = parseProposers(t);
            if (names.join("、") !== r.proposers.join("、")) setRecord("proposers", names);
          }}
        />
        <CheckField
          id="imp-proposal-title"
          label={`${r.channel}标题`}
          wide
          value={r.proposalTitle}
          onCommit={(t) => setRecord("proposalTitle", t.trim())}
        />
        <CheckField
          id="imp-doc-number"
          label="发文字号"
          value={r.docNumber ?? ""}
          onCommit={(t) => setRecord("docNumber", orNull(t))}
        />
        <CheckField
          id="imp-signer"
          label="签发人"
          value={r.signer ?? ""}
          onCommit={(t) => setRecord("signer", orNull(t))}
        />
        <CheckField
          id="imp-letter-title"
          label="答复函标题"
          wide
          low={low.has("letter.title")}
          value={draft.letter.title ?? ""}
          placeholder="原文没有标题：保存后按基本信息自动生成"
          onCommit={(t) => update((d) => ({ ...d, letter: { ...d.letter, title: orNull(t) } }))}
        />
        <CheckField
          id="imp-salutation"
          label="称呼"
          wide
          low={low.has("letter.salutation")}
          value={draft.letter.salutation ?? ""}
          placeholder="如 何昕委员："
          onCommit={(t) => update((d) => ({ ...d, letter: { ...d.letter, salutation: orNull(t) } }))}
        />
        <CheckField
          id="imp-unit"
          label="署名"
          wide
          low={low.has("letter.signOff.unit")}
          value={so.unit ?? ""}
          placeholder="留空则使用“设置”中的单位全称"
          onCommit={(t) => setSignOff("unit", orNull(t))}
        />
        {!dateElsewhere && (
          <CheckField id="imp-date" label="成文日期" low={low.has("letter.signOff.date")}>
            <DateField id="imp-date" value={so.date} onChange={(v) => setSignOff("date", v)} />
          </CheckField>
        )}
      </div>
    </section>
  );
}
