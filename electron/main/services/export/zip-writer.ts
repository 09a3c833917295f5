// A minimal ZIP writer for .docx packages whose unchanging parts are compressed once and reused.
// fflate's zipSync recompresses every part on every call; here each part is deflated (or stored) when it
// is prepared, and writing the package only lays out headers around the prepared bytes.
import { crc32, deflateRawSync } from "node:zlib";

/** One part of the package, compressed and ready to be laid out. */
export interface ZipEntry {
  readonly name: Uint8Array;
  /** 8 = deflate, 0 = stored. */
  readonly method: 0 | 8;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

const encoder = new TextEncoder();

/**
 * Prepares a part: deflated at `level` (1 fast … 9 small), or stored when `level` is 0 or deflating
 * does not make it smaller (PNG pictures are compressed already). Word and LibreOffice read any level.
 */
export function zipEntry(name: string, content: string | Uint8Array, level: number): ZipEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const crc = crc32(bytes);
  if (level > 0) {
    const deflated = deflateRawSync(bytes, { level });
    if (deflated.length < bytes.length) {
      return { name: encoder.encode(name), method: 8, crc, size: bytes.length, data: deflated };
    }
  }
  return { name: encoder.encode(name), method: 0, crc, size: bytes.length, data: bytes };
}

/** MS-DOS time and date fields of `d` (local time, two-second resolution, 1980 at the earliest). */
export function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

const LOCAL = 30;
const CENTRAL = 46;
const END = 22;

/** Lays out prepared parts as one ZIP file (no ZIP64: a letter is far below 4 GB and 65,535 parts). */
export function writeZip(entries: readonly ZipEntry[], modified: Date = new Date()): Uint8Array {
  const { time, date } = dosDateTime(modified);
  let total = END;
  for (const e of entries) total += LOCAL + CENTRAL + 2 * e.name.length + e.data.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  // Bit 11: names are UTF-8.
  const flags = 0x0800;
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, flags, true);
    view.setUint16(at + 8, e.method, true);
    view.setUint16(at + 10, time, true);
    view.setUint16(at + 12, date, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, e.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(e.name, at + LOCAL);
    at += LOCAL + e.name.length;
    out.set(e.data, at);
    at += e.data.length;
  }
  const central = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, flags, true);
    view.setUint16(at + 10, e.method, true);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.data.length, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, e.name.length, true);
    // Extra, comment, disk number, internal and external attributes stay 0.
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(e.name, at + CENTRAL);
    at += CENTRAL + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
