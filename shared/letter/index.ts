// Public surface of shared/letter: page geometry, numbering, dates, titles, variables, templates, editing, layout.
export { GB_PAGE, CHINESE_SIZE_PT, mmToPt, ptToMm, typeAreaWidthPt, typeAreaHeightPt } from "./page";
export {
  chineseNumeral,
  headingLabel,
  runLabel,
  siblingLabels,
  deeperLevel,
  startsWithOrdinal,
  MAX_HEADING_LEVEL,
  type HeadingLevel,
} from "./numbering";
export { formatChineseDate, dueDate, recordDueDate, todayIso, daysBetween } from "./dates";
export { generateTitle, breakTitleLines, TITLE_MAX_CHARS } from "./title";
export {
  VARIABLE_NAMES,
  FIGURE_MISSING,
  roleWord,
  feedbackOrgan,
  proposerText,
  varToken,
  figToken,
  isVariableName,
  variableValue,
  figureText,
  resolvePieces,
  resolveText,
  figureIdsIn,
  variableNamesIn,
  type VariableName,
  type VariableContext,
  type TextPiece,
} from "./variables";
export { defaultSalutation, FULL_COLON } from "./salutation";
export { letterTextFields, describePath, type TextField } from "./text-fields";
export { usedIds, nextId, idCounter } from "./ids";
export {
  BUILTIN_TEMPLATES,
  createDraftFromTemplate,
  isBuiltinTemplateId,
  type BuiltinTemplate,
  type BuiltinTemplateId,
  type CreateDraftOptions,
} from "./templates";
export {
  UserTemplate,
  templateFromDraft,
  createDraftFromUserTemplate,
  TEMPLATE_FIGURE_PLACEHOLDER,
} from "./user-template";
export {
  updateLetter,
  updateRecord,
  addSection,
  removeSection,
  moveSection,
  updateSection,
  addMeasure,
  removeMeasure,
  updateMeasure,
  moveMeasure,
  promoteToSub,
  demoteToRun,
  indentMeasure,
  outdentMeasure,
  type ListAddress,
  type MeasureAddress,
} from "./edit-ops";
export { addFigure, updateFigure, removeFigure, figureUsages, insertFigureRef, type FigureInput } from "./figure-ops";
export { buildLayout, contactNote, type LayoutOptions } from "./build-layout";
export type * from "./layout-types";
