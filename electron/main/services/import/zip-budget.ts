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
const QUESTION = 0x3f;
const BANG = 0x21;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
/** Longest element name accepted (Word's are a dozen bytes: "w:pPr", "mc:AlternateContent"). */
const MAX_NAME_BYTES = 256;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

type ScanState =
  | "text"
  | "lt"
  | "startName"
  | "attrs"
  | "tagSlash"
  | "dquote"
  | "squote"
  | "endName"
  | "endTail"
  | "bang"
  | "comment"
  | "cdata"
  | "decl"
  | "pi";

/**
 * Follows the tag structure of a UTF-8 XML part, byte by byte and chunk by chunk, in one linear pass: quoted
 * attribute values (a ">" or "/>" inside one does not end the tag), comments, CDATA, processing instructions,
 * declarations, and a stack of open element names that every end tag must match. The XML reader inside
 * mammoth is quadratic in unclosed elements and recursive in nested ones (a hang or a stack overflow on
 * hostile files), so a part that nests too deep, closes the wrong element or leaves elements open is refused
 * before any parser sees it. Word writes well-formed XML a few dozen levels deep; nothing real is refused.
 */
class XmlShape {
  /** Deepest nesting seen. */
  max = 0;
  /** Why the part is not well-formed, once it is known not to be. */
  broken: string | null = null;
  private readonly stack: string[] = [];
  private state: ScanState = "text";
  private name: number[] = [];
  private tail = 0;
  private bangText = "";
  private declDepth = 0;
  private skip: boolean | null = null;

  push(chunk: Uint8Array): void {
    // UTF-16 parts (legal, never written by Word) are not scanned rather than misjudged.
    this.skip ??= chunk.length >= 2 && (chunk[0] === 0xff || chunk[0] === 0xfe || chunk[0] === 0 || chunk[1] === 0);
    if (this.skip) return;
    for (let i = 0; i < chunk.length && this.broken === null; i += 1) this.step(chunk[i] ?? 0);
  }

  /** Called after the last chunk: elements still open mean a truncated or hostile part. */
  end(): void {
    if (this.skip || this.broken !== null) return;
    if (this.stack.length > 0 || this.state !== "text") this.broken = "有未闭合的元素";
  }

  private fail(why: string): void {
    this.broken = why;
  }

  private addName(b: number): void {
    if (this.name.length >= MAX_NAME_BYTES) this.fail("元素名称过长");
    else this.name.push(b);
  }

  private open(): void {
    this.stack.push(String.fromCharCode(...this.name));
    this.max = Math.max(this.max, this.stack.length);
    this.name = [];
  }

  private close(): void {
    const name = String.fromCharCode(...this.name);
    this.name = [];
    if (this.stack.pop() !== name) this.fail("结束标记与开始标记不匹配");
  }

  private step(b: number): void {
    switch (this.state) {
      case "text":
        if (b === LT) this.state = "lt";
        return;
      case "lt":
        if (b === SLASH) this.state = "endName";
        else if (b === QUESTION) {
          this.state = "pi";
          this.tail = 0;
        } else if (b === BANG) {
          this.state = "bang";
          this.bangText = "";
        } else if (isSpace(b) || b === GT || b === LT) this.fail("标记不完整");
        else {
          this.state = "startName";
          this.addName(b);
        }
        return;
      case "startName":
        if (b === GT) {
          this.open();
          this.state = "text";
        } else if (b === SLASH) this.state = "tagSlash";
        else if (isSpace(b)) this.state = "attrs";
        else if (b === LT) this.fail("标记不完整");
        else this.addName(b);
        return;
      case "attrs":
        if (b === DQUOTE) this.state = "dquote";
        else if (b === SQUOTE) this.state = "squote";
        else if (b === SLASH) this.state = "tagSlash";
        else if (b === GT) {
          this.open();
          this.state = "text";
        } else if (b === LT) this.fail("标记不完整");
        return;
      case "tagSlash":
        if (b === GT) {
          // <name … />: opens and closes at once.
          this.name = [];
          this.state = "text";
        } else this.fail("标记中有多余的“/”");
        return;
      case "dquote":
        if (b === DQUOTE) this.state = "attrs";
        else if (b === LT) this.fail("属性值中有“<”");
        return;
      case "squote":
        if (b === SQUOTE) this.state = "attrs";
        else if (b === LT) this.fail("属性值中有“<”");
        return;
      case "endName":
        if (b === GT) {
          this.close();
          this.state = "text";
        } else if (isSpace(b)) this.state = "endTail";
        else if (b === LT) this.fail("标记不完整");
        else this.addName(b);
        return;
      case "endTail":
        if (b === GT) {
          this.close();
          this.state = "text";
        } else if (!isSpace(b)) this.fail("结束标记不完整");
        return;
      case "bang":
        this.bangText += String.fromCharCode(b);
        if (this.bangText === "--") {
          this.state = "comment";
          this.tail = 0;
        } else if (this.bangText === "[CDATA[") {
          this.state = "cdata";
          this.tail = 0;
        } else if (!"--".startsWith(this.bangText) && !"[CDATA[".startsWith(this.bangText)) {
          // <!DOCTYPE …> and other declarations (brackets of an internal subset counted).
          this.state = "decl";
          this.declDepth = 0;
          this.step(b);
        }
        return;
      case "comment":
        // Ends at "-->": tail counts the dashes just seen.
        if (b === GT && this.tail >= 2) this.state = "text";
        this.tail = b === 0x2d ? this.tail + 1 : 0;
        return;
      case "cdata":
        if (b === GT && this.tail >= 2) this.state = "text";
        this.tail = b === 0x5d ? this.tail + 1 : 0;
        return;
      case "decl":
        if (b === 0x5b) this.declDepth += 1;
        else if (b === 0x5d) this.declDepth = Math.max(0, this.declDepth - 1);
        else if (b === GT && this.declDepth === 0) this.state = "text";
        return;
      case "pi":
        if (b === GT && this.tail === QUESTION) this.state = "text";
        this.tail = b;
        return;
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
  let over: "size" | "part" | "entries" | "depth" | "shape" | null = null;
  let why = "";
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > maxEntries) over = "entries";
    if (over) return;
    // XML parts are parsed whole by the readers, so each has its own, smaller budget.
    const xml = /\.(xml|rels)$/iu.test(file.name);
    const partLimit = xml ? Math.min(MAX_DOCX_XML_PART_BYTES, maxBytes) : maxBytes;
    const shape = xml ? new XmlShape() : null;
    let part = 0;
    file.ondata = (err, chunk, final) => {
      if (err || over) return;
      total += chunk.length;
      part += chunk.length;
      shape?.push(chunk);
      if (final) shape?.end();
      if (xml && part > partLimit) over = "part";
      else if (total > maxBytes) over = "size";
      else if ((shape?.max ?? 0) > MAX_DOCX_XML_DEPTH) over = "depth";
      else if (shape?.broken) {
        over = "shape";
        why = `${file.name}：${shape.broken}`;
      }
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
  if (over === "shape") {
    throw new AppError(
      "BAD_INPUT",
      `该 .docx 文件的 XML 结构异常（${why}），不像 Word 保存的文档，已拒绝读取。请在 Word 中打开并另存后再导入。`,
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
