// Tiny hostile .docx files are refused at once with a Chinese message, and mammoth runs in a worker with a
// time and memory limit, so no file can stall the other requests.
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../../electron/main/dispatch";
import { buildHandlers } from "../../../electron/main/handlers";
import type { HandlerContext } from "../../../electron/main/handlers/context";
import { openHandlerContext } from "../../../electron/main/host";
import { docxBytesToText } from "../../../electron/main/services/import/read-docx";
import { readUploadedFile } from "../../../electron/main/services/import/read-import-bytes";
import { assertZipBudget } from "../../../electron/main/services/import/zip-budget";
import { AppError } from "../../../shared/api/errors";
import { tempDir } from "../foundation/helpers";
import { seedText } from "../import/helpers";
import { letterDocx } from "../import/letter-docx";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';

/** A real letter whose document.xml is replaced by `xml` (deflated: each is a few KB on disk). */
function withDocument(xml: string): Uint8Array {
  return zipSync({ ...unzipSync(letterDocx(seedText("000"))), "word/document.xml": strToU8(xml) }, { level: 9 });
}

const HOSTILE: Readonly<Record<string, string>> = {
  // "/>" inside an attribute value made the old depth guard see 5,000 empty elements; they are all open.
  "self-closing look-alike in attributes": HEAD + '<w:p w:x="/>">'.repeat(5_000),
  // ">" inside attribute values ended tags early for the old guard.
  "“>” in attribute values": HEAD + '<w:r w:a=">" w:b="<>">'.repeat(5_000),
  // End tags that close nothing: every element stays open for the XML reader (quadratic there).
  "thousands of unclosed elements behind wrong end tags": HEAD + "<w:p></w:r>".repeat(5_000) + "</w:body></w:document>",
  "unclosed elements at the end": HEAD + "<w:p><w:r><w:t>一</w:t>".repeat(2_000),
};

let dir: string;
let cleanup: () => Promise<void>;
let ctx: HandlerContext;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir("replydesk-hostile-"));
  ctx = await openHandlerContext({ dataDir: dir });
});
afterEach(async () => {
  await ctx.close();
  await cleanup();
});

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe("hostile .docx", () => {
  for (const [name, xml] of Object.entries(HOSTILE)) {
    it(`refuses ${name} before any parser sees it`, async () => {
      const bytes = withDocument(xml);
      expect(bytes.length).toBeLessThan(8 * 1024);
      expect(() => assertZipBudget(bytes)).toThrow(/XML (结构异常|嵌套超过 256 层)/u);
      const err = await refusal(readUploadedFile("答复函.docx", bytes));
      expect(err.code).toBe("BAD_INPUT");
      expect(err.message).toMatch(/^该 \.docx 文件的.*已拒绝读取/u);
    });
  }

  it("still reads real letters, with comments, CDATA, quotes and declarations in the XML", async () => {
    const real = await readUploadedFile("答复函.docx", letterDocx(seedText("000")));
    expect(real.text.length).toBeGreaterThan(100);
    const odd = withDocument(
      `${HEAD}<!-- a <w:p> in a comment --><w:p w:q='a"b/>' w:r="x>y"><w:r><w:t><![CDATA[<w:p>]]>现答复如下</w:t></w:r></w:p ></w:body></w:document>`,
    );
    expect(() => assertZipBudget(odd)).not.toThrow();
    expect((await docxBytesToText(odd)).text).toContain("现答复如下");
  });

  it("stops a read that runs over the time limit, and other requests are answered meanwhile", async () => {
    // A well-formed, legal document big enough that mammoth needs a while: passes every pre-check.
    const para = '<w:p><w:r><w:rPr><w:rFonts w:eastAsia="仿宋"/></w:rPr><w:t>现答复如下。</w:t></w:r></w:p>';
    const big = withDocument(`${HEAD}${para.repeat(60_000)}</w:body></w:document>`);
    expect(() => assertZipBudget(big)).not.toThrow();
    const order: string[] = [];
    const read = docxBytesToText(big, { timeLimitMs: 50 }).then(
      () => order.push("read done"),
      (err: unknown) => {
        order.push("read refused");
        return err;
      },
    );
    const handlers = buildHandlers(ctx);
    const list = await dispatch(handlers, "listDrafts", {});
    order.push("list answered");
    expect(list.ok).toBe(true);
    const err = await read;
    expect(order).toEqual(["list answered", "read refused"]);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toContain("读取超过 50 毫秒仍未完成，文件可能是恶意构造的或已损坏，已停止读取");
  }, 120_000);

  it("stops a read that needs more memory than the limit", async () => {
    const para = "<w:p><w:r><w:t>现答复如下。</w:t></w:r></w:p>";
    const big = withDocument(`${HEAD}${para.repeat(150_000)}</w:body></w:document>`);
    const err = await refusal(docxBytesToText(big, { memoryLimitMb: 8, timeLimitMs: 120_000 }));
    expect(err.message).toMatch(/读取所需内存超过 8 MB/u);
  }, 180_000);
});
