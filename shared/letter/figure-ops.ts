// Editor operations on the figures table (数据表) and figure references in text.
import { AppError } from "../api/errors";
import type { Draft, Figure } from "../model/draft";
import { nextId, usedIds } from "./ids";
import { describePath, letterTextFields } from "./text-fields";
import { figToken, figureIdsIn } from "./variables";

/** The fields a person fills in for a figure (the id is assigned). */
export type FigureInput = Omit<Figure, "id">;

/** Adds a figure to the table with a fresh id (f1, f2…); returns the new draft and the id. */
export function addFigure(draft: Draft, input: FigureInput): { readonly draft: Draft; readonly id: string } {
  const id = nextId("f", usedIds(draft));
  return { draft: { ...draft, figures: [...draft.figures, { ...input, id }] }, id };
}

/** Changes a figure's value, unit or label; every text that references it follows at layout time. */
export function updateFigure(draft: Draft, id: string, patch: Partial<FigureInput>): Draft {
  if (!draft.figures.some((f) => f.id === id))
    throw new AppError("BAD_INPUT", "找不到该数据，可能已被删除，请刷新后重试");
  return { ...draft, figures: draft.figures.map((f) => (f.id === id ? { ...f, ...patch } : f)) };
}

/** Paths of the text fields that reference a figure, in document order. */
export function figureUsages(draft: Draft, id: string): string[] {
  return letterTextFields(draft.letter)
    .filter((f) => figureIdsIn(f.text).includes(id))
    .map((f) => f.path);
}

/** Removes a figure; refused (AppError BAD_INPUT, naming where it is used) while any text references it. */
export function removeFigure(draft: Draft, id: string): Draft {
  const figure = draft.figures.find((f) => f.id === id);
  if (!figure) throw new AppError("BAD_INPUT", "找不到该数据，可能已被删除，请刷新后重试");
  const uses = figureUsages(draft, id);
  if (uses.length > 0) {
    const where = [...new Set(uses.map((p) => describePath(draft.letter, p)))].join("、");
    throw new AppError(
      "BAD_INPUT",
      `数据“${figure.label || figure.value}”仍在${where}中引用，不能删除。请先删除这些引用，或改为直接填写数字后再删除。`,
    );
  }
  return { ...draft, figures: draft.figures.filter((f) => f.id !== id) };
}

/** Inserts a {{fig:ID}} token at a caret position (in UTF-16 units); returns the text and the caret after it. */
export function insertFigureRef(
  text: string,
  caret: number,
  figureId: string,
): { readonly text: string; readonly caret: number } {
  const at = Math.max(0, Math.min(caret, text.length));
  // Never split an existing token: a caret inside {{…}} moves to the token's end.
  let pos = at;
  for (const m of text.matchAll(/\{\{[^{}]*\}\}/g)) {
    if (m.index < at && at < m.index + m[0].length) pos = m.index + m[0].length;
  }
  const token = figToken(figureId);
  return { text: text.slice(0, pos) + token + text.slice(pos), caret: pos + token.length };
}
