// Draft ids are file names on every system: Windows device names are refused wherever a Draft is parsed.
import { describe, expect, it } from "vitest";
import { Draft } from "../../../shared/model/draft";
import { sampleDraft } from "../export/helpers";

describe("draft id", () => {
  it("refuses Windows device names such as CON or com1, in any case, with a Chinese message", () => {
    for (const id of ["CON", "nul", "com1", "LPT9", "aux"]) {
      const r = Draft.safeParse({ ...sampleDraft(), id });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toContain("保留名");
    }
  });

  it("still accepts ordinary ids, including ones that only start like a device name", () => {
    for (const id of ["imp-003", "console", "com10x", "d_1"])
      expect(Draft.safeParse({ ...sampleDraft(), id }).success).toBe(true);
  });
});
