// ZIP packing for .docx packages whose unchanging parts are compressed once and reused. fflate's zipSync
// recompresses every part on every call; here each part is deflated (or stored) when it is prepared, and
// writing the package only lays fflate's headers around the prepared bytes.
import { crc32, deflateRawSync } from "node:zlib";
import { Zip } from "fflate";
import type { ZipInputFile } from "fflate";

/** One part of the package, compressed and ready to be laid out. */
export interface ZipEntry {
  readonly name: string;
  /** 8 = deflate, 0 = stored. */
  readonly method: 0 | 8;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array<ArrayBuffer>;
}

/**
 * Prepares a part: deflated at `level` (1 fast … 9 small), or stored when `level` is 0 or deflating
 * does not make it smaller (PNG pictures are compressed already). Word and LibreOffice read any level.
 */
export function zipEntry(name: string, content: string | Uint8Array<ArrayBuffer>, level: number): ZipEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const crc = crc32(bytes);
  if (level > 0) {
    const deflated = deflateRawSync(bytes, { level });
    if (deflated.length < bytes.length) {
      return { name, method: 8, crc, size: bytes.length, data: deflated };
    }
  }
  return { name, method: 0, crc, size: bytes.length, data: bytes };
}

/**
 * Lays out prepared parts as one ZIP file with fflate's streaming Zip: each part goes in as a ZipInputFile that
 * already carries its compressed bytes, CRC and size, so nothing is compressed again.
 */
export function writeZip(entries: readonly ZipEntry[], modified: Date = new Date()): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else {
      chunks.push(chunk);
      total += chunk.length;
    }
  });
  for (const e of entries) {
    const file: ZipInputFile = { filename: e.name, size: e.size, crc: e.crc, compression: e.method, mtime: modified };
    zip.add(file);
    file.ondata?.(null, e.data, true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
