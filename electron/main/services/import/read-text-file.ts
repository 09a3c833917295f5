// Reading text files of unknown encoding: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030; binary refused.
import { promises as fs } from "node:fs";
import { AppError } from "../../../../shared/api/errors";
import { MAX_TEXT_BYTES, megabytes } from "./limits";

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

// Control characters other than tab/newline/carriage return/form feed are a sign of a binary file.
function mostlyControl(text: string): boolean {
  const sample = text.slice(0, 20_000);
  if (sample.length === 0) return false;
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.05;
}

const BINARY_MESSAGE = "文件不是文本文件（含有二进制数据），无法导入。请导入 .txt 或 .docx 格式的答复函。";

/** Decodes file bytes into text, detecting the encoding; throws BAD_INPUT for binary data. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (hasNul(bytes)) throw new AppError("BAD_INPUT", BINARY_MESSAGE);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not valid UTF-8: Chinese Windows files are usually GBK, which GB18030 covers.
    text = new TextDecoder("gb18030").decode(bytes);
  }
  if (mostlyControl(text)) throw new AppError("BAD_INPUT", BINARY_MESSAGE);
  return text;
}

/** Reads a text file within the size limit and decodes it. */
export async function readTextFile(file: string): Promise<string> {
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch (err) {
    throw new AppError("IO", `无法读取文件 ${file}：${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (size > MAX_TEXT_BYTES) {
    throw new AppError(
      "BAD_INPUT",
      `文件太大（${megabytes(size)}），文本文件最大 ${megabytes(MAX_TEXT_BYTES)}。请只保留答复函正文后再导入。`,
    );
  }
  const bytes = await fs.readFile(file);
  return decodeText(bytes);
}

/**
 * Drops <script>, <style> and <head> blocks in one pass. (A lazy regex with a back-reference rescans to the
 * end for every unclosed opening tag: quadratic on hostile pages.) Once a tag has no closing tag after some
 * point, no later one has either, so each search runs at most once past the last close.
 */
function dropBlocks(html: string): string {
  const open = /<(script|style|head)\b/giu;
  const unclosedFrom = new Map<string, number>();
  let out = "";
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tag = (m[1] ?? "").toLowerCase();
    if ((unclosedFrom.get(tag) ?? Infinity) <= m.index) continue;
    const close = new RegExp(`</${tag}\\s*>`, "giu");
    close.lastIndex = m.index;
    const c = close.exec(html);
    if (!c) {
      unclosedFrom.set(tag, m.index);
      continue;
    }
    out += html.slice(from, m.index);
    from = c.index + c[0].length;
    open.lastIndex = from;
  }
  return out + html.slice(from);
}

/** Turns a saved web page into text: block tags become line breaks, other tags go, entities are decoded. */
export function htmlToText(html: string): string {
  return (
    dropBlocks(html)
      .replace(/<br\s*\/?>|<\/(p|div|h[1-6]|li|tr|table|section|article)>/giu, "\n")
      .replace(/<\/t[dh]>/giu, " | ")
      // [^<>] keeps this linear: "<a<a<a…" without a ">" must not make every "<" scan to the end.
      .replace(/<[^<>]*>/gu, "")
      .replace(/&nbsp;/gu, " ")
      .replace(/&lt;/gu, "<")
      .replace(/&gt;/gu, ">")
      .replace(/&quot;/gu, '"')
      .replace(/&#(\d{1,7});/gu, (whole, n: string) =>
        Number(n) <= 0x10ffff ? String.fromCodePoint(Number(n)) : whole,
      )
      .replace(/&amp;/gu, "&")
  );
}
