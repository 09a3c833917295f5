// File names of saved paths, for messages.

/** The last part of a saved path (Windows or POSIX separators), for showing a file name. */
export function baseName(filePath: string): string {
  const parts = filePath.split(/[\\/]/u).filter(Boolean);
  return parts.at(-1) ?? filePath;
}
