// Parsing what people type into record fields (full-width digits, 第12号, names separated by 、).

/** 编号 as typed → number, null for empty, or an error message. */
export function parseProposalNumber(text: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const t = text.normalize("NFKC").trim();
  if (t === "") return { ok: true, value: null };
  const m = /^第?\s*(\d+)\s*号?$/.exec(t);
  const n = m?.[1] ? Number(m[1]) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000) {
    return { ok: false, message: "编号只能填写正整数，例如 12（也可写作“第12号”）。" };
  }
  return { ok: true, value: n };
}

/** 提案人 as typed → names; separated by 、，, ; or spaces. */
export function parseProposers(text: string): string[] {
  return text
    .split(/[、，,;；\s]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
