// Test helpers for the export tests: the sample letter, hand-built layouts, PNGs and unzipping.
import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { crc32 } from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import { buildLayout } from "../../../shared/letter/build-layout";
import type { LayoutBlock, LetterLayout } from "../../../shared/letter/layout-types";
import { GB_PAGE } from "../../../shared/letter/page";
import { Draft } from "../../../shared/model/draft";
import { DEFAULT_SETTINGS, type Settings } from "../../../shared/model/settings";

/** The sample 提案答复 (seed 003) as a Draft. */
export function sampleDraft(): Draft {
  return Draft.parse(JSON.parse(readFileSync(new URL("../../../assets/sample-letter.json", import.meta.url), "utf8")));
}

/** Settings of the sample bureau. */
export function sampleSettings(patch: Partial<Settings["bureau"]> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    bureau: {
      ...DEFAULT_SETTINGS.bureau,
      fullName: "惠济区科技和工业信息化局",
      shortName: "区科工信局",
      docCode: "惠科工函",
      ...patch,
    },
  };
}

/** Layout of the sample letter. */
export function sampleLayout(opts: { sealed: boolean; isDraft: boolean }, patch: Partial<Settings["bureau"]> = {}) {
  return buildLayout(sampleDraft(), sampleSettings(patch), opts);
}

const src = { path: "test" };

/** A small hand-built layout; `extra` replaces blocks by kind or appends. */
export function tinyLayout(over: Partial<LetterLayout> = {}, blocks?: readonly LayoutBlock[]): LetterLayout {
  return {
    page: GB_PAGE,
    level3Bold: false,
    meta: {
      title: "关于第1号提案的答复",
      author: "某市科学技术局",
      proposalNumber: 1,
      category: "B",
      docNumber: "某科函〔2024〕3号",
      channel: "提案",
      isDraft: false,
    },
    blocks: blocks ?? [
      { kind: "categoryMark", text: "B", source: src },
      { kind: "title", lines: ["某市科学技术局", "关于第1号提案的答复"], source: src },
      { kind: "salutation", text: "王某委员：", source: src },
      {
        kind: "paragraph",
        role: "body",
        runs: [{ text: "您提出的提案收悉。现答复如下：", font: "fangsong" }],
        source: src,
      },
      { kind: "paragraph", role: "h1", runs: [{ text: "一、基本情况", font: "heiti" }], source: src },
      {
        kind: "paragraph",
        role: "h2",
        runs: [
          { text: "（一）加大帮扶力度。", font: "kaiti" },
          { text: "制定出台政策。", font: "fangsong" },
        ],
        source: src,
      },
      { kind: "paragraph", role: "h3", runs: [{ text: "1.建立机制。", font: "fangsong" }], source: src },
      { kind: "paragraph", role: "h4", runs: [{ text: "（1）明确分工。", font: "fangsong" }], source: src },
      { kind: "signOff", unit: "某市科学技术局", dateText: "2024年5月28日", sealed: false, source: src },
      { kind: "note", text: "联系人：李某，联系电话：1234567", source: src },
      { kind: "cc", organs: ["市人大常委会选联委", "市政府督查室"], source: src },
    ],
    ...over,
  };
}

/** Replaces the sign-off's `sealed` flag in a layout. */
export function withSealed(layout: LetterLayout, sealed: boolean): LetterLayout {
  return { ...layout, blocks: layout.blocks.map((b) => (b.kind === "signOff" ? { ...b, sealed } : b)) };
}

/** Unzips a .docx into name → text. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) out[name] = strFromU8(data);
  return out;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real w × h RGBA PNG (a red disc on transparent), built by hand. */
export function makePng(w: number, h: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const rows: number[] = [];
  for (let y = 0; y < h; y += 1) {
    rows.push(0);
    for (let x = 0; x < w; x += 1) {
      const inside = (x - w / 2) ** 2 + (y - h / 2) ** 2 < (Math.min(w, h) / 2) ** 2;
      rows.push(inside ? 220 : 0, 0, 0, inside ? 200 : 0);
    }
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      sig,
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(Buffer.from(rows))),
      chunk("IEND", new Uint8Array()),
    ]),
  );
}

/** All matches of a regex's first group. */
export function allMatches(xml: string, re: RegExp): string[] {
  return [...xml.matchAll(re)].map((m) => m[1] ?? "");
}

/** The body paragraphs of document.xml. */
export function paragraphs(documentXml: string): string[] {
  return documentXml.match(/<w:p\/>|<w:p(?=[\s>])[^>]*>[\s\S]*?<\/w:p>/g) ?? [];
}

/** Text of a paragraph's runs. */
export function paraText(p: string): string {
  return allMatches(p, /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g).join("");
}
