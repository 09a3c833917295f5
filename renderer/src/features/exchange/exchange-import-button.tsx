// 导入交换文件: pick a .replydesk file, send it to main, report what happened (never throws).
import { useRef, useState } from "react";
import { EXCHANGE_MAX_BYTES } from "../../../../shared/workflow/schemas";
import { api, errorMessage } from "../../api";
import type { ImportOutcome } from "./import-outcome";
import { readFileAsBase64 } from "./read-file";

/** Props: what to do with the outcome, and an optional button class. */
export interface ExchangeImportButtonProps {
  readonly onResult: (outcome: ImportOutcome) => void;
  /** Runs before the import (the draft page saves pending edits, so the merge sees them). */
  readonly beforeImport?: () => Promise<void>;
  readonly className?: string;
}

/** A button that opens the file picker; the file is read here and imported by main. */
export function ExchangeImportButton({ onResult, beforeImport, className }: ExchangeImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async (file: File): Promise<void> => {
    setBusy(true);
    try {
      const base64 = await readFileAsBase64(file, EXCHANGE_MAX_BYTES);
      await beforeImport?.();
      const answer = await api.importExchange({ fileName: file.name, base64 });
      onResult({ kind: "done", fileName: file.name, answer });
    } catch (err) {
      onResult({ kind: "refused", fileName: file.name, message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className={className ?? "btn"}
        disabled={busy}
        onClick={() => input.current?.click()}
        title="导入另一台电脑导出的 .replydesk 交换文件"
      >
        {busy ? "正在导入…" : "导入交换文件"}
      </button>
      <input
        ref={input}
        type="file"
        accept=".replydesk,application/json"
        hidden
        aria-label="选择交换文件"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Clear the picker so choosing the same file again imports it again.
          e.currentTarget.value = "";
          if (file) void importFile(file);
        }}
      />
    </>
  );
}
