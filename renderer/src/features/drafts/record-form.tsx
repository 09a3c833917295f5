// The record form: the administrative facts of the proposal being answered (draft.record).
import type { Draft, DraftRecord } from "../../../../shared/model/draft";
import { ChoiceGroup } from "../../lib/choice-group";
import { TextInput } from "../../lib/text-input";
import type { BureauProfile } from "../../../../shared/model/settings";
import { NameListField } from "./name-list-field";
import { ProposalNumberField } from "./proposal-number-field";
import { RecordDetails } from "./record-details";
import { DateField } from "../../lib/date-field";

/** Props: the record and update() from useDraftDocument. */
export interface RecordFormProps {
  readonly record: DraftRecord;
  readonly update: (fn: (draft: Draft) => Draft) => void;
  /** The bureau profile (category scheme, deadline rule); null while settings load. */
  readonly bureau: BureauProfile | null;
}

/** 类别, 办理方式, 主办单位 (会办), 届次会议, 编号, 提案人/代表, 标题, 交办日期, then RecordDetails. */
export function RecordForm({ record, update, bureau }: RecordFormProps) {
  const set = <K extends keyof DraftRecord>(key: K, value: DraftRecord[K]): void =>
    update((d) => (d.record[key] === value ? d : { ...d, record: { ...d.record, [key]: value } }));
  const person = record.channel === "提案" ? "提案人" : "代表";

  return (
    <section className="record-form" aria-labelledby="record-title">
      <h2 id="record-title" className="section-title">
        基本信息
      </h2>
      <div className="form-grid">
        <ChoiceGroup
          legend="类别"
          name="record-channel"
          options={["提案", "建议"] as const}
          value={record.channel}
          onChange={(v) => set("channel", v)}
          labelOf={(v) => (v === "提案" ? "提案（政协委员）" : "建议（人大代表）")}
        />
        <ChoiceGroup
          legend="办理方式"
          name="record-handling"
          options={["主办", "会办"] as const}
          value={record.handling}
          onChange={(v) => set("handling", v)}
        />
        {record.handling === "会办" && (
          <div className="field">
            <label htmlFor="record-lead-unit">主办单位</label>
            <TextInput id="record-lead-unit" value={record.leadUnit} onCommit={(t) => set("leadUnit", t)} />
          </div>
        )}
        <div className="field field-wide">
          <label htmlFor="record-session">届次会议</label>
          <TextInput
            id="record-session"
            placeholder={
              record.channel === "提案"
                ? "如 政协惠济区第十五届委员会第二次会议"
                : "如 惠济区第十六届人民代表大会第三次会议"
            }
            value={record.session}
            onCommit={(t) => set("session", t)}
          />
        </div>
        <ProposalNumberField value={record.proposalNumber} onChange={(v) => set("proposalNumber", v)} />
        <NameListField
          id="record-proposers"
          label={person}
          names={record.proposers}
          placeholder="多人用顿号“、”分隔，第一位为领衔人"
          onChange={(names) => set("proposers", names)}
        />
        <div className="field field-wide">
          <label htmlFor="record-title-input">{record.channel}标题</label>
          <TextInput
            id="record-title-input"
            placeholder={`如 关于加强科技创新平台建设的${record.channel}`}
            value={record.proposalTitle}
            onCommit={(t) => set("proposalTitle", t)}
          />
        </div>
        <div className="field">
          <label htmlFor="record-assigned">交办日期</label>
          <DateField id="record-assigned" value={record.assignedDate} onChange={(v) => set("assignedDate", v)} />
        </div>
        <RecordDetails record={record} bureau={bureau} set={set} />
      </div>
    </section>
  );
}
