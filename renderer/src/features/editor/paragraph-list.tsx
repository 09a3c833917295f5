// A list of body paragraphs (背景段落, 结尾, a section's intro paragraphs) with add and delete.
import { LetterField } from "./letter-field";
import { useEditor } from "./editor-context";
import { RemoveButton } from "./item-controls";

/** Props of ParagraphList. */
export interface ParagraphListProps {
  /** Label prefix, e.g. "背景" gives "背景第1段". */
  readonly label: string;
  readonly items: readonly string[];
  readonly onChange: (items: string[]) => void;
  readonly editKey: string;
  readonly addLabel: string;
  /** Draft path of the list (e.g. "background"); paragraph i is `${lintPath}.${i}` in lint findings. */
  readonly lintPath?: string;
}

/** Paragraph textareas with 删除 per paragraph and one 添加 button. */
export function ParagraphList({ label, items, onChange, editKey, addLabel, lintPath }: ParagraphListProps) {
  const ed = useEditor();
  const remove = (i: number): void => {
    const run = (): void => onChange(items.filter((_, k) => k !== i));
    if ((items[i] ?? "").trim() === "") run();
    else ed.confirm(`删除${label}第${i + 1}段？`, "这一段的文字将被删除（可用 Ctrl+Z 撤销）。", run);
  };
  return (
    <div className="ed-paragraphs">
      {items.map((text, i) => (
        <div className="ed-paragraph" key={i}>
          <LetterField
            label={`${label}第${i + 1}段`}
            value={text}
            multiline
            editKey={`${editKey}.${i}`}
            lintPath={lintPath === undefined ? undefined : `${lintPath}.${i}`}
            onCommit={(t) => onChange(items.map((x, k) => (k === i ? t : x)))}
          />
          <RemoveButton label={`删除${label}第${i + 1}段`} onRemove={() => remove(i)} />
        </div>
      ))}
      <button
        type="button"
        className="btn btn-small"
        onClick={() => onChange([...items, ""])}
        data-lint-path={lintPath}
      >
        {addLabel}
      </button>
    </div>
  );
}
