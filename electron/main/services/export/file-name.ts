// A file name that is safe on Windows, macOS and Linux for an exported letter.

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
// Path separators, Windows-forbidden characters and control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
/** Characters kept of the title (the whole name stays far below the 255-byte limit in UTF-8). */
const MAX_CHARS = 80;

/**
 * `<title>.docx` with no path separators, no control or reserved characters, no reserved Windows device
 * names (CON, PRN, AUX, NUL, COM1…, LPT1…), no leading/trailing dots or spaces, and a bounded length.
 */
export function safeDocxFileName(title: string): string {
  let base = title.normalize("NFC").replace(FORBIDDEN, "_").replace(/\s+/g, " ").trim();
  base = [...base].slice(0, MAX_CHARS).join("");
  base = base.replace(/^[.\s]+|[.\s]+$/g, "");
  if (base === "" || /^_+$/.test(base)) base = "答复函";
  if (RESERVED.test(base)) base = `_${base}`;
  return `${base}.docx`;
}
