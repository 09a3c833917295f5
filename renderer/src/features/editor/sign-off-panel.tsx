// The sign-off panel: 署名 (defaults to the bureau's full name), 成文日期, 联系人/电话, 附注, 抄送 with the
// channel's usual recipients as one-click chips, and the attachment note.
import { updateLetter } from "../../../../shared/letter/edit-ops";
import type { Channel, SignOff } from "../../../../shared/model/draft";
import { useFieldLint } from "../lint/lint-context";
import { useEditor } from "./editor-context";
import { RemoveButton } from "./item-controls";
import { LetterField } from "./letter-field";
import { DateField } from "../../lib/date-field";

/** Usual 抄送 recipients per channel (DOMAIN.md §1.14, §1.17). */
export const CC_SUGGESTIONS: Readonly<Record<Channel, readonly string[]>> = {
  建议: ["市人大常委会选举任免代表工作委员会", "县人大常委会选联工委", "市政府办公室", "市政府督查室"],
  提案: ["政协提案委员会", "市政府办公室"],
};

function StringList(props: {
  readonly label: string;
  readonly items: readonly string[];
  readonly addLabel: string;
  readonly editKey: string;
  readonly onChange: (items: string[]) => void;
}) {
  const { label, items, addLabel, editKey, onChange } = props;
  // editKey is the list's draft path under the letter (signOff.notes…), which is also its lint path.
  return (
    <div className="ed-string-list">
      {items.map((t, i) => (
        <div className="ed-paragraph" key={i}>
          <LetterField
            label={`${label}${i + 1}`}
            value={t}
            editKey={`${editKey}.${i}`}
            lintPath={`${editKey}.${i}`}
            onCommit={(v) => onChange(items.map((x, k) => (k === i ? v : x)))}
          />
          <RemoveButton label={`删除${label}${i + 1}`} onRemove={() => onChange(items.filter((_, k) => k !== i))} />
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={() => onChange([...items, ""])} data-lint-path={editKey}>
        {addLabel}
      </button>
    </div>
  );
}

/** 落款 (sign-off) fields of the letter. */
export function SignOffPanel() {
  const ed = useEditor();
  const so = ed.draft.letter.signOff;
  const set = (patch: Partial<SignOff>): void =>
    ed.apply((d) => updateLetter(d, { signOff: { ...d.letter.signOff, ...patch } }));
  const suggestions = CC_SUGGESTIONS[ed.draft.record.channel].filter((s) => !so.cc.includes(s));
  const bureau = ed.settings.bureau.fullName;
  const dateLint = useFieldLint("signOff.date", so.date ?? "");
  return (
    <fieldset className="ed-panel ed-signoff">
      <legend>落款</legend>
      <div className="ed-grid">
        <LetterField
          label="署名"
          value={so.unit ?? ""}
          placeholder={bureau || "在“设置”中填写单位全称后自动使用"}
          editKey="signOff.unit"
          lintPath="signOff.unit"
          onCommit={(t) => set({ unit: t.trim() === "" ? null : t })}
        />
        <div className="ed-field">
          <label htmlFor="ed-signoff-date" className="ed-label">
            成文日期
          </label>
          <DateField
            id="ed-signoff-date"
            data-lint-path="signOff.date"
            className={dateLint.worst ? `lint-outline-${dateLint.worst}` : undefined}
            value={so.date}
            onChange={(v) => set({ date: v })}
          />
        </div>
        <LetterField
          label="联系人"
          value={so.contactName}
          editKey="signOff.contactName"
          lintPath="signOff.contactName"
          onCommit={(t) => set({ contactName: t })}
        />
        <LetterField
          label="联系电话"
          value={so.contactPhone}
          editKey="signOff.contactPhone"
          lintPath="signOff.contactPhone"
          onCommit={(t) => set({ contactPhone: t })}
        />
      </div>
      <h4 className="ed-subhead">附注（成文日期下一行，左空二字，加圆括号）</h4>
      <StringList
        label="附注"
        items={so.notes}
        addLabel="＋ 附注"
        editKey="signOff.notes"
        onChange={(notes) => set({ notes })}
      />
      <h4 className="ed-subhead">抄送</h4>
      <StringList
        label="抄送单位"
        items={so.cc}
        addLabel="＋ 抄送单位"
        editKey="signOff.cc"
        onChange={(cc) => set({ cc })}
      />
      {suggestions.length > 0 && (
        <div className="ed-chips" aria-label="常用抄送单位">
          <span className="ed-hint">{ed.draft.record.channel}常用：</span>
          {suggestions.map((s) => (
            <button
              key={s}
              type="button"
              className="ed-chip"
              onClick={() => set({ cc: [...so.cc, s] })}
              aria-label={`抄送${s}`}
            >
              ＋ {s}
            </button>
          ))}
        </div>
      )}
      <h4 className="ed-subhead">附件说明</h4>
      <StringList
        label="附件"
        items={so.attachments}
        addLabel="＋ 附件"
        editKey="signOff.attachments"
        onChange={(attachments) => set({ attachments })}
      />
    </fieldset>
  );
}
