// Reads the letter record our own export embeds (customXml/item1.xml, see export/package-extras.ts), so that
// importing a ReplyDesk .docx gives back every field, figures with their source and date, and the record values.
// The record is only a convenience copy inside a file anyone can edit: it is checked against the Draft schema and
// never trusted for workflow facts. The import is a NEW 草稿 (参考) — status, revision, id, timestamps, the 发文字号
// and the 签发人/签发日期 (which only the workflow may set) are not taken from it: a forged record cannot make an
// imported letter look signed or numbered.
import { strFromU8, unzipSync } from "fflate";
import { Draft } from "../../../../shared/model/draft";

const NAMESPACE = "urn:replydesk:letter-record:1";
/** A record part larger than this is not ours (a letter's JSON is a few hundred KB at most). */
const MAX_RECORD_BYTES = 8 * 1024 * 1024;
const UNESCAPE: Readonly<Record<string, string>> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
  "&amp;": "&",
};

/** The draft embedded in .docx bytes, or null when there is none or it does not pass the Draft schema. */
export function readEmbeddedDraft(bytes: Uint8Array): Draft | null {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (f) => /^customXml\/item\d+\.xml$/.test(f.name) && f.originalSize <= MAX_RECORD_BYTES,
    });
  } catch {
    return null;
  }
  for (const data of Object.values(parts)) {
    const xml = strFromU8(data);
    const m = new RegExp(`<(\\w+):letterRecord xmlns:\\1="${NAMESPACE}">([^<]*)</\\1:letterRecord>`).exec(xml);
    const text = m?.[2];
    if (!text) continue;
    try {
      const parsed = Draft.safeParse(JSON.parse(text.replace(/&(?:lt|gt|quot|apos|amp);/g, (e) => UNESCAPE[e] ?? e)));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON: ignore the part and read the letter's text instead.
    }
  }
  return null;
}

/**
 * The embedded draft as a new 草稿: the text import's id and times, and its 发文字号/签发人/签发日期 (read from the
 * printed letter); no status, revision, number or signature from the embedded copy.
 */
export function asNewDraft(embedded: Draft, imported: Draft): Draft {
  return {
    ...embedded,
    id: imported.id,
    revision: 0,
    createdAt: imported.createdAt,
    updatedAt: imported.updatedAt,
    status: "草稿",
    // What the printed letter shows, read like any imported letter's text — not the embedded copy's values.
    record: {
      ...embedded.record,
      docNumber: imported.record.docNumber,
      signer: imported.record.signer,
      signDate: imported.record.signDate,
    },
  };
}
