// Migrations: bring a draft file written by an older version up to DRAFT_SCHEMA_VERSION.
import { AppError } from "../api/errors";
import { DRAFT_SCHEMA_VERSION, Draft } from "./draft";

/** One step: takes a raw object of version N and returns version N+1. */
type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] upgrades version n to n+1. Version 0 was the unversioned prototype format. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: (raw) => ({ ...raw, schemaVersion: 1, templateId: raw["templateId"] ?? null }),
};

/** Parses a draft of any known version, migrating it step by step; throws AppError CORRUPT otherwise. */
export function migrateDraft(raw: unknown): Draft {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new AppError("CORRUPT", "文稿文件不是有效的 JSON 对象");
  }
  let obj = raw as Record<string, unknown>;
  let version = typeof obj["schemaVersion"] === "number" ? obj["schemaVersion"] : 0;
  if (version > DRAFT_SCHEMA_VERSION) {
    throw new AppError("CORRUPT", `文稿由更新版本的答复函工作台保存（格式版本 ${version}），请升级后再打开`);
  }
  while (version < DRAFT_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new AppError("CORRUPT", `无法升级格式版本 ${version} 的文稿`);
    obj = step(obj);
    version += 1;
  }
  const parsed = Draft.safeParse(obj);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError(
      "CORRUPT",
      `文稿内容不符合格式：${first ? `${first.path.join(".")} ${first.message}` : "未知字段"}`,
    );
  }
  return parsed.data;
}
