// The bar between the editor and the A4 preview: drag it (or use ←/→ when focused) to share the width.
import { useState, type PointerEvent as ReactPointerEvent } from "react";

const KEY = "replydesk.editorShare";
const MIN = 30;
const MAX = 70;

function clamp(n: number): number {
  return Math.min(MAX, Math.max(MIN, Math.round(n)));
}

/** The editor's share of the workspace width in percent (remembered on this computer), and its setter. */
export function useEditorShare(): [number, (n: number) => void] {
  const [share, setShare] = useState(() => {
    const stored = Number(localStorage.getItem(KEY));
    return Number.isFinite(stored) && stored >= MIN && stored <= MAX ? stored : 50;
  });
  return [
    share,
    (n: number) => {
      const v = clamp(n);
      localStorage.setItem(KEY, String(v));
      setShare(v);
    },
  ];
}

/** Props: the current share and its setter. */
export interface SplitHandleProps {
  readonly share: number;
  readonly onShare: (n: number) => void;
}

/** A vertical separator that resizes the editor column. */
export function SplitHandle({ share, onShare }: SplitHandleProps) {
  const start = (e: ReactPointerEvent<HTMLDivElement>): void => {
    const box = e.currentTarget.parentElement?.getBoundingClientRect();
    if (!box) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent): void => onShare(((ev.clientX - box.left) / box.width) * 100);
    const target = e.currentTarget;
    const end = (): void => {
      target.removeEventListener("pointermove", move);
      target.removeEventListener("pointerup", end);
    };
    target.addEventListener("pointermove", move);
    target.addEventListener("pointerup", end);
  };
  return (
    <div
      className="split-handle"
      role="separator"
      aria-orientation="vertical"
      aria-label="调整编辑区与预览的宽度"
      aria-valuemin={MIN}
      aria-valuemax={MAX}
      aria-valuenow={share}
      tabIndex={0}
      title="拖动调整编辑区与预览的宽度"
      onPointerDown={start}
      onKeyDown={(e) => {
        if (e.key === "ArrowLeft") onShare(share - 5);
        if (e.key === "ArrowRight") onShare(share + 5);
      }}
    />
  );
}
