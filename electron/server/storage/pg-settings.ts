// Templates and settings in PostgreSQL.
import type pg from "pg";
import { AppError } from "../../../shared/api/errors";
import { UserTemplate } from "../../../shared/letter";
import { DEFAULT_SETTINGS, Settings } from "../../../shared/model/settings";
import type { SettingsRepository, TemplateRepository } from "../../main/storage/ports";
import { inTransaction, isUniqueViolation, type Queryable } from "./database";

function parseTemplate(value: unknown): UserTemplate {
  const parsed = UserTemplate.safeParse(value);
  if (!parsed.success) throw new AppError("CORRUPT", "数据库中的模板不符合格式，请联系管理员核对。");
  return parsed.data;
}

/** User templates: names unique (a database constraint). */
export function pgTemplates(pool: pg.Pool): TemplateRepository {
  return {
    async list() {
      const r = await pool.query<{ record: unknown }>("SELECT record FROM templates ORDER BY pos");
      return r.rows.map((row) => parseTemplate(row.record));
    },
    async get(id) {
      const r = await pool.query<{ record: unknown }>("SELECT record FROM templates WHERE id = $1", [id]);
      if (!r.rows[0]) throw new AppError("NOT_FOUND", "找不到该模板，可能已被删除");
      return parseTemplate(r.rows[0].record);
    },
    async add(template) {
      const valid = UserTemplate.safeParse(template);
      if (!valid.success) throw new AppError("BAD_INPUT", `模板格式不对：${valid.error.issues[0]?.message ?? ""}`);
      try {
        await pool.query("INSERT INTO templates (id, name, record) VALUES ($1, $2, $3)", [
          valid.data.id,
          valid.data.name,
          JSON.stringify(valid.data),
        ]);
      } catch (err) {
        if (isUniqueViolation(err, "templates_name_key"))
          throw new AppError("CONFLICT", `已有名为“${template.name}”的模板，请换一个名称`);
        if (isUniqueViolation(err)) throw new AppError("CONFLICT", "已存在相同编号的模板");
        throw err;
      }
    },
    async remove(id) {
      const r = await pool.query("DELETE FROM templates WHERE id = $1", [id]);
      if ((r.rowCount ?? 0) === 0) throw new AppError("NOT_FOUND", "找不到该模板，可能已被删除");
    },
  };
}

/** Settings: one validated row; absent means the defaults, an invalid row is reported, never reset. */
export function pgSettings(pool: pg.Pool): SettingsRepository {
  const read = async (db: Queryable, lock: boolean): Promise<Settings> => {
    const r = await db.query<{ value: unknown }>(`SELECT value FROM settings WHERE id = 1${lock ? " FOR UPDATE" : ""}`);
    if (!r.rows[0]) return DEFAULT_SETTINGS;
    const parsed = Settings.safeParse(r.rows[0].value);
    if (!parsed.success) throw new AppError("CORRUPT", "数据库中的设置不符合格式，请联系管理员核对。");
    return parsed.data;
  };
  return {
    get: () => read(pool, false),
    update: (patch) =>
      inTransaction(pool, async (db) => {
        const current = await read(db, true);
        const candidate = Settings.safeParse({
          bureau: { ...current.bureau, ...patch.bureau },
          user: { ...current.user, ...patch.user },
          backupDays: patch.backupDays ?? current.backupDays,
        });
        if (!candidate.success) {
          const issue = candidate.error.issues[0];
          throw new AppError("BAD_INPUT", `设置无效：${issue ? `${issue.path.join(".")} ${issue.message}` : ""}`);
        }
        await db.query(
          "INSERT INTO settings (id, value) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value",
          [JSON.stringify(candidate.data)],
        );
        return candidate.data;
      }),
  };
}
