// The rest of the record (DOMAIN.md §1): 答复类别, 公开属性, 会办单位, 领衔单位, 办理期限 and 密级, plus the
// clerk's 发文字号 / 签发人 shown read-only (they are set in the 签发 step, not typed here).
import type { CategoryMark, Draft, DraftRecord } from "../../../../shared/model/draft";
import { Disclosure } from "../../../../shared/model/draft";
import type { BureauProfile } from "../../../../shared/model/settings";
import { computeDueDate } from "../../../../shared/workflow/deadline";
import { formatChineseDate } from "../../../../shared/letter/dates";
import { TextInput } from "../../lib/text-input";
import { NameListField } from "./name-list-field";
import { DateField } from "../../lib/date-field";

/** Props: the record, the bureau rules (category scheme, deadline) and the draft update function. */
export interface RecordDetailsProps {
  readonly record: DraftRecord;
  readonly bureau: BureauProfile | null;
  readonly set: <K extends keyof DraftRecord>(key: K, value: DraftRecord[K]) => void;
}

/** What each letter means under the four-class (national) and three-class (many localities) schemes. */
const CATEGORY_HINT: Readonly<Record<"ABCD" | "ABC", Partial<Record<CategoryMark, string>>>> = {
  ABCD: {
    A: "A 类：所提问题已经解决或者基本解决",
    B: "B 类：正在解决或者列入规划逐步解决",
    C: "C 类：因目前条件限制或者其他原因需待以后解决",
    D: "D 类：留作参考",
  },
  ABC: {
    A: "A 类：已解决或已采纳",
    B: "B 类：列入计划拟解决或部分解决",
    C: "C 类：留作参考或暂不可行",
  },
};

const SECRECY = ["无", "秘密", "机密"] as const satisfies readonly Draft["record"]["secrecy"][];

/** The second part of the 基本信息 form. */
export function RecordDetails({ record, bureau, set }: RecordDetailsProps) {
  const schemeName = bureau?.categoryScheme ?? "ABCD";
  const scheme: readonly CategoryMark[] = schemeName === "ABC" ? ["A", "B", "C"] : ["A", "B", "C", "D"];
  const ruleDue = bureau
    ? computeDueDate(
        { assignedDate: record.assignedDate, dueDate: null, extensionApproved: record.extensionApproved },
        bureau,
      )
    : null;
  return (
    <>
      {record.handling === "主办" && (
        <div className="field">
          <label htmlFor="record-category">答复类别</label>
          <select
            id="record-category"
            value={record.category ?? ""}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set("category", v === "" ? null : (v as CategoryMark));
            }}
          >
            <option value="">（未选择）</option>
            {scheme.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_HINT[schemeName][c] ?? `${c} 类`}
              </option>
            ))}
          </select>
          {record.category && !scheme.includes(record.category) && (
            <p className="field-hint" role="alert">
              本单位采用 A/B/C 三类分类，没有 {record.category} 类，请重新选择。
            </p>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor="record-disclosure">公开属性</label>
        <select
          id="record-disclosure"
          value={record.disclosure ?? ""}
          onChange={(e) => {
            const parsed = Disclosure.safeParse(e.currentTarget.value);
            set("disclosure", parsed.success ? parsed.data : null);
          }}
        >
          <option value="">（未选择）</option>
          {Disclosure.options.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      {record.handling === "主办" && (
        <NameListField
          id="record-co-units"
          label="会办单位"
          names={record.coUnits}
          placeholder="多个单位用顿号“、”分隔"
          onChange={(units) => set("coUnits", units)}
        />
      )}
      <div className="field">
        <label htmlFor="record-proposer-org">领衔单位或党派</label>
        <TextInput
          id="record-proposer-org"
          placeholder="集体提案、党派提案时填写，如 民盟惠济区委员会"
          value={record.proposerOrg ?? ""}
          onCommit={(t) => set("proposerOrg", t.trim() === "" ? null : t.trim())}
        />
      </div>
      <div className="field">
        <label htmlFor="record-due">办理期限</label>
        <DateField id="record-due" value={record.dueDate} onChange={(v) => set("dueDate", v)} />
        <p className="field-hint" data-testid="due-rule">
          {record.dueDate
            ? "已手工指定办理期限；清空后按交办日期和本单位规定计算。"
            : ruleDue
              ? `按交办日期${bureau ? `加 ${bureau.deadlineMonths} 个月` : ""}${record.extensionApproved ? "（含延期）" : ""}计算：${formatChineseDate(ruleDue)}`
              : "填写交办日期后自动计算。"}
        </p>
        <label className="choice">
          <input
            type="checkbox"
            checked={record.extensionApproved}
            onChange={(e) => set("extensionApproved", e.currentTarget.checked)}
          />
          已批准延期{bureau ? `（延长 ${bureau.extensionMonths} 个月）` : ""}
        </label>
      </div>
      <div className="field">
        <label htmlFor="record-secrecy">密级</label>
        <select
          id="record-secrecy"
          value={record.secrecy}
          onChange={(e) => {
            const v = SECRECY.find((s) => s === e.currentTarget.value);
            if (v) set("secrecy", v);
          }}
        >
          {SECRECY.map((s) => (
            <option key={s} value={s}>
              {s === "无" ? "无（非涉密）" : s}
            </option>
          ))}
        </select>
      </div>
      <div className="field" aria-label="签发信息">
        <span className="field-caption">发文字号 / 签发人</span>
        <p className="field-hint" data-testid="sign-info">
          {record.docNumber ?? "尚未编号"}；{record.signer ? `签发人：${record.signer}` : "尚未签发"}
          <br />
          由文书在“签发”步骤中编号并登记签发人。
        </p>
      </div>
    </>
  );
}
