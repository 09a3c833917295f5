// Size limits of imported files, with the messages people see.

/** Largest .docx we open (Word files of reply letters are a few hundred KB). */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
/** Largest text or HTML file we open (a long letter is under 100 KB). */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** Human size in MB with one decimal. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
