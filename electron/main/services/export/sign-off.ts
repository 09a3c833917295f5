// Where the 署名 and 成文日期 go (GB/T 9704 §7.3.5), sealed or not, in characters from the right margin.

/** Printed width in characters: ASCII (digits, Latin) is half-width in the 仿宋 fonts, the rest full-width. */
export function textWidthChars(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) <= 0x7f ? 0.5 : 1;
  return w;
}

/** Right indents of the 署名 and the date, and the blank lines between the body and the 署名. */
export interface SignOffGeometry {
  readonly unitRightChars: number;
  readonly dateRightChars: number;
  readonly blankLinesBefore: number;
  /** Horizontal centre of the 署名/date pair in characters from the right margin (the seal goes there). */
  readonly centreFromRightChars: number;
}

/**
 * Sealed: date 右空四字, 署名 centred over the date, two blank lines so the seal's top falls within one
 * line of the body. Unsealed: 署名 右空二字 one line below the body; the date starts two characters right
 * of the 署名's first character, or, when the date is longer than the 署名, the date is 右空二字 and the
 * 署名 moves left to keep the two-character step.
 */
export function signOffGeometry(unit: string, dateText: string, sealed: boolean): SignOffGeometry {
  const unitW = textWidthChars(unit);
  const dateW = textWidthChars(dateText);
  if (sealed) {
    if (dateText === "") {
      return { unitRightChars: 4, dateRightChars: 4, blankLinesBefore: 2, centreFromRightChars: 4 + unitW / 2 };
    }
    const dateRight = 4;
    const unitRight = Math.max(0, dateRight + (dateW - unitW) / 2);
    return {
      unitRightChars: unitRight,
      dateRightChars: dateRight,
      blankLinesBefore: 2,
      centreFromRightChars: dateRight + dateW / 2,
    };
  }
  if (dateW > unitW) {
    const dateRight = 2;
    return {
      unitRightChars: dateRight + dateW + 2 - unitW,
      dateRightChars: dateRight,
      blankLinesBefore: 1,
      centreFromRightChars: dateRight + dateW / 2,
    };
  }
  return {
    unitRightChars: 2,
    dateRightChars: unitW - dateW,
    blankLinesBefore: 1,
    centreFromRightChars: 2 + unitW / 2,
  };
}
