import { describe, expect, it } from "vitest";
import { AppError } from "../../../shared/api/errors";
import { migrateDraft } from "../../../shared/model/migrations";
import { smallDraft } from "./helpers";

describe("migrateDraft", () => {
  it("upgrades a version-0 (unversioned, no templateId) object", () => {
    const { schemaVersion: _v, templateId: _t, ...v0 } = smallDraft();
    const migrated = migrateDraft(JSON.parse(JSON.stringify(v0)));
    expect(migrated.schemaVersion).toBe(1);
    expect(migrated.templateId).toBeNull();
    expect(migrated.letter).toEqual(smallDraft().letter);
  });

  it("passes a current draft through unchanged", () => {
    const d = smallDraft();
    expect(migrateDraft(JSON.parse(JSON.stringify(d)))).toEqual(d);
  });

  it("refuses newer versions, non-objects and broken content with Chinese messages", () => {
    expect(() => migrateDraft({ ...smallDraft(), schemaVersion: 99 })).toThrow(/请升级/);
    expect(() => migrateDraft([])).toThrow(AppError);
    expect(() =>
      migrateDraft({ ...smallDraft(), record: { ...smallDraft().record, assignedDate: "2023-02-30" } }),
    ).toThrow(/不是有效的日历日期/);
  });
});
