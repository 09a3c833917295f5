// A zip-bomb guard for .docx files: counts what the archive really unpacks to (and how deep its XML nests)
// before any reader inflates or parses it.
import { Unzip, UnzipInflate } from "fflate";
import { AppError } from "../../../../shared/api/errors";
import { megabytes } from "./limits";

/** Most bytes a .docx may unpack to (text XML of a long letter is about 1 MB; pictures are stored as they are). */
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Most bytes one XML part may unpack to (document.xml of a 200-page report is about 10 MB). */
export const MAX_DOCX_XML_PART_BYTES = 16 * 1024 * 1024;
/** Deepest element nesting allowed in an XML part (Word needs a few dozen, even for tables in tables). */
export const MAX_DOCX_XML_DEPTH = 256;
/** Most entries a .docx may hold (Word writes a dozen or two). */
export const MAX_DOCX_ENTRIES = 2_000;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/**
 * Tracks element depth over the bytes of a UTF-8 XML part, chunk by chunk. The XML reader inside mammoth is
 * quadratic in unclosed elements and recursive in nested ones (a hang or a stack overflow on hostile files),
 * so depth is checked first. Approximate on purpose (a ">" inside an attribute or comment may end a tag early):
 * it only has to tell Word's few dozen levels from thousands.
 */
class XmlDepth {
  depth = 0;
  max = 0;
  private mode: "text" | "lt" | "open" | "other" = "text";
  private prev = 0;
  private skip: boolean | null = null;

  push(chunk: Uint8Array): void {
    // UTF-16 parts (legal, never written by Word) are not scanned rather than misjudged.
    this.skip ??= chunk.length >= 2 && (chunk[0] === 0xff || chunk[0] === 0xfe || chunk[0] === 0 || chunk[1] === 0);
    if (this.skip) return;
    for (const b of chunk) {
      if (this.mode === "text") {
        if (b === LT) this.mode = "lt";
      } else if (this.mode === "lt") {
        if (b === SLASH) this.depth = Math.max(0, this.depth - 1);
        this.mode = b === SLASH || b === 0x3f || b === 0x21 ? "other" : "open";
        this.prev = b;
      } else if (b === GT) {
        if (this.mode === "open" && this.prev !== SLASH) this.max = Math.max(this.max, ++this.depth);
        this.mode = "text";
      } else this.prev = b;
    }
  }
}

// Deflate expands at most ~1032:1, so a 16 KB step never produces more than ~17 MB at once.
const STEP = 16 * 1024;

/**
 * Walks every entry of a zip archive, inflating in small steps and counting the output, and throws a
 * Chinese BAD_INPUT error as soon as the archive unpacks beyond the budget (sizes in the headers can lie,
 * so they are not trusted). An archive the walker cannot follow is left to the real readers to judge.
 */
export function assertZipBudget(
  bytes: Uint8Array,
  maxBytes = MAX_DOCX_UNPACKED_BYTES,
  maxEntries = MAX_DOCX_ENTRIES,
): void {
  let total = 0;
  let entries = 0;
  let over: "size" | "part" | "entries" | "depth" | null = null;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > maxEntries) over = "entries";
    if (over) return;
    // XML parts are parsed whole by the readers, so each has its own, smaller budget.
    const xml = /\.(xml|rels)$/iu.test(file.name);
    const partLimit = xml ? Math.min(MAX_DOCX_XML_PART_BYTES, maxBytes) : maxBytes;
    const depth = xml ? new XmlDepth() : null;
    let part = 0;
    file.ondata = (err, chunk) => {
      if (err || over) return;
      total += chunk.length;
      part += chunk.length;
      depth?.push(chunk);
      if (xml && part > partLimit) over = "part";
      else if (total > maxBytes) over = "size";
      else if ((depth?.max ?? 0) > MAX_DOCX_XML_DEPTH) over = "depth";
      if (over) file.terminate();
    };
    try {
      file.start();
    } catch {
      // An unsupported compression method: not ours to judge here.
    }
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length && !over; i += STEP) {
      unzip.push(bytes.subarray(i, i + STEP), i + STEP >= bytes.length);
    }
  } catch {
    // A broken archive: mammoth and the XML reader give the clear message for that.
  }
  if (over === "entries") {
    throw new AppError(
      "BAD_INPUT",
      `该 .docx 文件包含的部件过多（超过 ${maxEntries} 个），不像 Word 文档，已拒绝读取。`,
    );
  }
  if (over === "depth") {
    throw new AppError(
      "BAD_INPUT",
      `该 .docx 文件的结构异常（XML 嵌套超过 ${MAX_DOCX_XML_DEPTH} 层），不像 Word 文档，已拒绝读取。请在 Word 中打开并另存后再导入。`,
    );
  }
  if (over === "part") {
    throw new AppError(
      "BAD_INPUT",
      `该 .docx 文件中的文字部分解压后超过 ${megabytes(MAX_DOCX_XML_PART_BYTES)}（可能是恶意构造的压缩包），已拒绝读取。`,
    );
  }
  if (over === "size") {
    throw new AppError(
      "BAD_INPUT",
      `该 .docx 文件解压后超过 ${megabytes(maxBytes)}（可能是恶意构造的压缩包），已拒绝读取。请在 Word 中打开并另存后再导入。`,
    );
  }
}
