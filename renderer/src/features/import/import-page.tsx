// The 导入 page (#/import): bring in letters from files or pasted text, check each one, save it as a draft.
import { useSyncExternalStore } from "react";
import { navigate } from "../../lib/routes";
import { CheckScreen } from "./check-screen";
import { importQueue } from "./import-queue";
import { ImportSources } from "./import-sources";
import { QueueList } from "./queue-list";
import "./import.css";

/** Sources on top, then the queue with progress, then the check screen of the chosen letter. */
export function ImportPage() {
  const queue = useSyncExternalStore(importQueue.subscribe, importQueue.get);
  const item = queue.items.find((i) => i.key === queue.selected) ?? null;

  const save = async (key: string, then: "open" | "next"): Promise<void> => {
    const id = await importQueue.save(key);
    if (id === null) return;
    const next = importQueue.nextOpen(key);
    if (then === "next" && next) importQueue.select(next.key);
    else navigate({ page: "draft", id });
  };

  return (
    <section className="page page-import" aria-labelledby="import-title">
      <h1 id="import-title" className="page-title">
        导入答复函
      </h1>
      <ImportSources onFiles={importQueue.addFiles} onText={importQueue.addText} />
      {queue.items.length > 0 && (
        <QueueList
          items={queue.items}
          selected={queue.selected}
          onSelect={importQueue.select}
          onClearFinished={importQueue.clearFinished}
        />
      )}
      {item && (
        <CheckScreen
          key={item.key}
          item={item}
          hasNext={importQueue.nextOpen(item.key) !== null}
          onEdit={(fn) => importQueue.editDraft(item.key, fn)}
          onConfirmDate={(c) => importQueue.confirmDate(item.key, c)}
          onSave={(then) => void save(item.key, then)}
          onDiscard={() => importQueue.remove(item.key)}
        />
      )}
    </section>
  );
}
