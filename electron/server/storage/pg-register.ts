// The 发文字号 register in PostgreSQL: a locked counter row per 代字 and year, unique constraints as the backstop.
import type pg from "pg";
import { AppError } from "../../../shared/api/errors";
import { Allocation, formatDocNumber } from "../../main/services/workflow/numbering";
import type { NumberRegister } from "../../main/storage/ports";
import { inTransaction, isUniqueViolation } from "./database";

function parseAllocation(value: unknown): Allocation {
  const parsed = Allocation.safeParse(value);
  if (!parsed.success) throw new AppError("CORRUPT", "数据库中的发文字号登记不符合格式，请联系管理员核对。");
  return parsed.data;
}

/** The register over a pool; `now` decides the year and the times recorded. */
export function pgRegister(pool: pg.Pool, now: () => Date): NumberRegister {
  const tryAllocate = (draftId: string, code: string, actor: Allocation["actor"]) =>
    inTransaction(pool, async (db) => {
      const year = now().getFullYear();
      const held = await db.query<{ record: unknown }>(
        `SELECT record FROM number_allocations WHERE draft_id = $1 AND code = $2 AND year = $3 AND state = 'allocated'`,
        [draftId, code, year],
      );
      if (held.rows[0]) return { allocation: parseAllocation(held.rows[0].record), reused: true };
      // The counter row stays locked until COMMIT: allocations of one 代字 and year run one at a time.
      const counter = await db.query<{ last: number }>(
        `INSERT INTO number_counters (code, year, last) VALUES ($1, $2, 1)
         ON CONFLICT (code, year) DO UPDATE SET last = number_counters.last + 1 RETURNING last`,
        [code, year],
      );
      const seq = counter.rows[0]?.last ?? 1;
      const allocation: Allocation = {
        number: formatDocNumber(code, year, seq),
        code,
        year,
        seq,
        draftId,
        time: now().toISOString(),
        actor: { name: actor.name, role: actor.role },
        state: "allocated",
        cancelledAt: null,
        cancelReason: null,
      };
      await db.query(
        `INSERT INTO number_allocations (number, code, year, seq, draft_id, state, record)
         VALUES ($1, $2, $3, $4, $5, 'allocated', $6)`,
        [allocation.number, code, year, seq, draftId, JSON.stringify(parseAllocation(allocation))],
      );
      return { allocation, reused: false };
    });
  return {
    async allocate(draftId, code, actor) {
      if (code.trim() === "")
        throw new AppError("BAD_INPUT", "尚未设置发文字号代字，请在「设置 → 单位信息」中填写（如 惠科工函）。");
      try {
        return await tryAllocate(draftId, code, actor);
      } catch (err) {
        // Two clicks for one draft at once: the second met the first's number (and its counter step rolled back).
        if (!isUniqueViolation(err, "number_allocations_held")) throw err;
        return tryAllocate(draftId, code, actor);
      }
    },
    cancel: (number, reason) =>
      inTransaction(pool, async (db) => {
        const r = await db.query<{ record: unknown }>(
          "SELECT record FROM number_allocations WHERE number = $1 FOR UPDATE",
          [number],
        );
        if (!r.rows[0]) throw new AppError("NOT_FOUND", `登记簿中没有发文字号 ${number}。`);
        const found = parseAllocation(r.rows[0].record);
        if (found.state === "cancelled") return found;
        const done: Allocation = {
          ...found,
          state: "cancelled",
          cancelledAt: now().toISOString(),
          cancelReason: reason,
        };
        await db.query("UPDATE number_allocations SET state = 'cancelled', record = $2 WHERE number = $1", [
          number,
          JSON.stringify(done),
        ]);
        return done;
      }),
    async find(number) {
      const r = await pool.query<{ record: unknown }>("SELECT record FROM number_allocations WHERE number = $1", [
        number,
      ]);
      return r.rows[0] ? parseAllocation(r.rows[0].record) : null;
    },
    async list() {
      const r = await pool.query<{ record: unknown }>("SELECT record FROM number_allocations ORDER BY pos");
      return r.rows.map((row) => parseAllocation(row.record));
    },
  };
}
