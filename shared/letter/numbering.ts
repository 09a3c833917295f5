// Ordinal labels of the heading hierarchy (一、 → （一） → 1. → （1）) and of inline runs (一是).
// Numbers are always computed from a position in the structure, never stored (DOMAIN.md §1.9).

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

function digit(n: number): string {
  return DIGITS[n] ?? String(n);
}

/** Chinese numeral for a positive integer: 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五; Arabic beyond 9999. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`序号必须是非负整数：${n}`);
  if (n < 10) return digit(n);
  if (n < 20) return `十${n % 10 === 0 ? "" : digit(n % 10)}`;
  if (n < 100) return `${digit(Math.floor(n / 10))}十${n % 10 === 0 ? "" : digit(n % 10)}`;
  if (n < 10_000) {
    const units: readonly [number, string][] = [
      [1000, "千"],
      [100, "百"],
      [10, "十"],
      [1, ""],
    ];
    let out = "";
    let pendingZero = false;
    for (const [size, name] of units) {
      const d = Math.floor(n / size) % 10;
      if (d === 0) {
        if (out !== "") pendingZero = true;
        continue;
      }
      if (pendingZero) out += "零";
      pendingZero = false;
      out += digit(d) + name;
    }
    return out;
  }
  return String(n);
}

/** Heading levels: 1 = 一、 (黑体), 2 = （一） (楷体), 3 = 1., 4 = （1） (仿宋). */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** The deepest heading level a letter may use. */
export const MAX_HEADING_LEVEL: HeadingLevel = 4;

/** The ordinal label of the index-th (0-based) heading at a level, e.g. (1, 0) → 一、, (2, 1) → （二）. */
export function headingLabel(level: HeadingLevel, index: number): string {
  const n = index + 1;
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** The ordinal of the index-th (0-based) item of an inline run: 0 → 一是, 1 → 二是. */
export function runLabel(index: number): string {
  return `${chineseNumeral(index + 1)}是`;
}

/** Whether a string already begins with an ordinal label of any level (used when importing text). */
export function startsWithOrdinal(text: string): boolean {
  return /^(?:[一二三四五六七八九十百]+[、是]|（[一二三四五六七八九十百]+）|\(([一二三四五六七八九十百]+|\d+)\)|（\d+）|\d+[.．、])/.test(
    text,
  );
}

/** The minimal shape numbering needs from a measure. */
interface Numberable {
  readonly style: "sub" | "run";
}

/**
 * Labels of sibling measures at one heading level: "sub" ones count （一）（二）… among themselves,
 * "run" ones count 一是、二是… within each unbroken group (a sub measure restarts the count).
 */
export function siblingLabels(measures: readonly Numberable[], level: HeadingLevel): string[] {
  let subIndex = 0;
  let runIndex = 0;
  return measures.map((m) => {
    if (m.style === "sub") {
      runIndex = 0;
      return headingLabel(level, subIndex++);
    }
    return runLabel(runIndex++);
  });
}

const DEEPER: Readonly<Record<HeadingLevel, HeadingLevel>> = { 1: 2, 2: 3, 3: 4, 4: 4 };

/** The level of children under a heading of this level (level 4 has no deeper level and stays 4). */
export function deeperLevel(level: HeadingLevel): HeadingLevel {
  return DEEPER[level];
}
