// Where letters come in: pick files (several at once), drop them on the page, or paste the text.
import { useRef, useState, type DragEvent } from "react";
import { TextArea } from "../../lib/text-area";

/** Props: what to do with files and with pasted text. */
export interface ImportSourcesProps {
  readonly onFiles: (files: readonly File[]) => void;
  readonly onText: (text: string) => void;
}

const ACCEPT =
  ".docx,.txt,.htm,.html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The file picker with its drop zone, and the paste box. */
export function ImportSources({ onFiles, onText }: ImportSourcesProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [text, setText] = useState("");

  const drop = (e: DragEvent<HTMLDivElement>): void => {
    e.preventDefault();
    setOver(false);
    const files = Array.from(e.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    <div className="imp-sources">
      <div
        className={over ? "imp-drop imp-drop-over" : "imp-drop"}
        data-testid="import-drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p className="imp-drop-title">把 Word（.docx）或文本（.txt）格式的答复函拖到这里</p>
        <p className="imp-hint">
          可一次选择多份；每份识别后逐一核对，再保存为文稿。旧版 .doc 请先在 Word 中另存为 .docx。
        </p>
        <button type="button" className="btn btn-primary" onClick={() => input.current?.click()}>
          选择文件…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          aria-label="选择要导入的文件"
          className="imp-file-input"
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = "";
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
      <div className="imp-paste field">
        <label htmlFor="import-paste">或粘贴答复函的文字（如从网站复制）</label>
        <TextArea
          id="import-paste"
          rows={5}
          placeholder="把答复函全文粘贴到这里，包括称呼、正文和落款"
          value={text}
          onCommit={setText}
        />
        <div>
          <button
            type="button"
            className="btn"
            disabled={text.trim() === ""}
            onClick={() => {
              onText(text);
              setText("");
            }}
          >
            识别粘贴的文字
          </button>
        </div>
      </div>
    </div>
  );
}
