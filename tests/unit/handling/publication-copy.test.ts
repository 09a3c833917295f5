// The 公开版 of every fixture letter: no phone number and no contact name of a deputy or member, and
// nothing else changed (every paragraph without contact details is identical).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publicationHtml } from "../../../shared/handling/publication-html";
import { redactForPublication } from "../../../shared/handling/redact";
import { parseLetterText } from "../../../shared/import/parse-letter";
import { buildLayout } from "../../../shared/letter/build-layout";
import type { LetterLayout } from "../../../shared/letter/layout-types";
import type { Draft } from "../../../shared/model/draft";
import { DEFAULT_SETTINGS } from "../../../shared/model/settings";

const DIR = path.join(import.meta.dirname, "../../fixtures/letters");
const PHONES = ["13812345678", "0371-65551234", "13900001111", "0371-87654321", "138 0013 8000"];
const NAMES = ["赵联系", "钱代表联系人"];

/** The letter with a deputy's contact details added where real letters carry them. */
function withContacts(d: Draft): Draft {
  const [first, ...rest] = d.letter.background;
  return {
    ...d,
    status: "已答复",
    letter: {
      ...d.letter,
      opening: `${d.letter.opening}（代表联系电话：13812345678）`,
      background: [`${first ?? ""}联系人：钱代表联系人，手机：138 0013 8000，邮箱 qian@example.com。`, ...rest],
      closing: [...d.letter.closing, "如有疑问请致电0371-87654321。"],
      signOff: {
        ...d.letter.signOff,
        contactName: "赵联系",
        contactPhone: "0371-65551234",
        notes: [...d.letter.signOff.notes, "联系人：赵联系；联系电话：13900001111"],
      },
    },
  };
}

function texts(layout: LetterLayout): string[] {
  return layout.blocks.flatMap((b) => {
    switch (b.kind) {
      case "paragraph":
        return [b.runs.map((r) => r.text).join("")];
      case "salutation":
      case "note":
      case "categoryMark":
        return [b.text];
      case "title":
        return [b.lines.join("")];
      case "signOff":
        return [b.unit, b.dateText];
      default:
        return [];
    }
  });
}

const letters = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => ({ file: f, result: parseLetterText(readFileSync(path.join(DIR, f), "utf8")) }))
  .filter((l) => l.result.draft !== null);

describe("公开版 of the fixture letters", () => {
  it("has the fixture letters to check", () => {
    expect(letters.length).toBeGreaterThanOrEqual(4);
  });

  for (const { file, result } of letters) {
    it(`${file}: no phone, e-mail or contact name; every other paragraph unchanged`, () => {
      const original = withContacts(result.draft as Draft);
      const { draft, removed } = redactForPublication(original);
      const layout = buildLayout(draft, DEFAULT_SETTINGS, { sealed: false, isDraft: false });
      const all = texts(layout).join("\n");
      const html = publicationHtml(layout);
      for (const p of [...PHONES, ...NAMES, "qian@example.com"]) {
        expect(all).not.toContain(p);
        expect(html).not.toContain(p);
      }
      expect(all).not.toMatch(/1[3-9]\d{9}/);
      // Exactly the pieces we added were removed: no figure or date of the letter was taken for a phone number.
      expect(removed).toHaveLength(8);
      const before = texts(buildLayout(original, DEFAULT_SETTINGS, { sealed: false, isDraft: false }));
      const after = new Set(texts(layout));
      for (const t of before) {
        if (/联系|138|0371|致电/.test(t)) continue;
        expect(after.has(t)).toBe(true);
      }
    });
  }
});
