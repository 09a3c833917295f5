// .docx round trip: import → export (.docx) → read back → the text equals the cleaned source (modulo numbering).
import { describe, expect, it } from "vitest";
import { buildLayout } from "../../../shared/letter/build-layout";
import { DEFAULT_SETTINGS } from "../../../shared/model/settings";
import { parseLetterText } from "../../../shared/import/parse-letter";
import { buildDocx } from "../../../electron/main/services/export/build-docx";
import { docxBytesToText } from "../../../electron/main/services/import/read-docx";
import { parseSeed } from "./helpers";
import { expectedLetterText, normalise } from "./round-trip-helpers";

describe("round trip through an exported .docx", () => {
  for (const n of ["000", "002", "003", "004"] as const) {
    it(`seed ${n}: the exported document reads back as the source letter`, async () => {
      const r = parseSeed(n);
      if (!r.draft) throw new Error("no draft");
      const layout = buildLayout(r.draft, DEFAULT_SETTINGS, { sealed: false, isDraft: false });
      const bytes = await buildDocx(layout);
      const back = await docxBytesToText(bytes);
      let text = back.text;
      // From the salutation on; the notes (附注) are printed below the date, in brackets.
      text = text.slice(text.indexOf(r.draft.letter.salutation ?? ""));
      for (const note of r.draft.letter.signOff.notes) text = text.replace(`（${note}）`, "");
      expect(normalise(text)).toBe(normalise(expectedLetterText(r)));
    }, 30_000);
  }
  it("an exported letter imports again with the same structure", async () => {
    const r = parseSeed("003");
    if (!r.draft) throw new Error("no draft");
    const bytes = await buildDocx(buildLayout(r.draft, DEFAULT_SETTINGS, { sealed: false, isDraft: false }));
    const again = parseLetterText((await docxBytesToText(bytes)).text, {
      now: "2024-06-01T00:00:00.000Z",
      id: "again",
    });
    expect(again.draft?.letter.sections.map((s) => s.heading)).toEqual(r.draft.letter.sections.map((s) => s.heading));
    expect(again.draft?.letter.signOff.date).toBe("2023-05-15");
    expect(again.draft?.figures.map((f) => f.value)).toEqual(r.draft.figures.map((f) => f.value));
  }, 30_000);
});
