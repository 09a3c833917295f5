// The plain way to build a letter: one docx Document, Packer.toBuffer, then the *Chars pass over the
// unzipped package. About ten times slower than build-docx.ts; kept as the reference the fast builder is
// checked against (tests/unit/export/fast-path.test.ts) and as the "before" row of the export benchmark.
import { Packer } from "docx";
import type { LetterLayout } from "../../../../shared/letter/layout-types";
import type { BuildDocxOptions } from "./build-docx";
import { letterConfig, letterDocument, letterMeta, letterParagraphs } from "./letter-document";
import { recordPartXml } from "./package-extras";
import { pageTwips } from "./page";
import { postProcessDocx } from "./post-process";
import { PARA_STYLE, STYLE_CHAR_INDENTS } from "./styles";

/** Builds the .docx of a letter layout with docx's Packer (whole package compiled and compressed each time). */
export async function buildDocxWithPacker(layout: LetterLayout, opts: BuildDocxOptions = {}): Promise<Uint8Array> {
  const config = letterConfig(layout, opts.seal);
  const t = pageTwips(layout.page);
  const built = letterParagraphs(layout, t, config);
  const doc = letterDocument(
    config,
    letterMeta(layout),
    built.map((b) => b.paragraph),
  );
  const raw = await Packer.toBuffer(doc);
  return postProcessDocx(new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength), {
    paragraphs: built.map((b) => b.chars),
    styles: STYLE_CHAR_INDENTS,
    footerCharTwips: t.smallChar,
    titleStyle: PARA_STYLE.title,
    fonts: config.fonts,
    recordXml: recordPartXml(opts.record ?? null),
  });
}
