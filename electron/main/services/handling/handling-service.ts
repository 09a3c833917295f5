// 办理 after the letter: asks the rulebook (shared/workflow/handling-rules), writes 办理 records, audits
// every action in the draft's chain, and gathers what the statistics and the 总结 are computed from.
import { randomUUID } from "node:crypto";
import { AppError } from "../../../../shared/api/errors";
import { publicationClock, type PublicationClock } from "../../../../shared/handling/publication-clock";
import { buildReopenDraft, reopenDueDate } from "../../../../shared/handling/reopen";
import {
  type ContactEntry,
  type ContactInput,
  type HandlingConfig,
  type HandlingRecord,
  type SatisfactionInput,
  type UnitRole,
} from "../../../../shared/handling/schemas";
import { computeStats, type HandlingStats, type StatDraft, type StatScope } from "../../../../shared/handling/stats";
import { chainDrafts, draftAnnualSummary, pickExamples, summaryFacts } from "../../../../shared/handling/summary";
import { workCalendar } from "../../../../shared/handling/working-days";
import type { Draft } from "../../../../shared/model/draft";
import { computeDueDate } from "../../../../shared/workflow/deadline";
import { mayHandle, type HandlingActionType } from "../../../../shared/workflow/handling-rules";
import type { AuditEntry } from "../../../../shared/workflow/schemas";
import type { Actor } from "../../../../shared/workflow/status-machine";
import type { WorkflowService } from "../workflow/workflow-service";
import type { SettingsService } from "../settings-service";
import { HandlingStore } from "./handling-store";

/** What the service is built from. */
export interface HandlingDeps {
  readonly workflow: WorkflowService;
  readonly settings: SettingsService;
  readonly dataDir: string;
  readonly now: () => Date;
  readonly newId: () => string;
}

/** One draft of an item's history (first reply, then each 重办). */
export interface HistoryEntry {
  readonly id: string;
  readonly status: Draft["status"];
  readonly replyDate: string | null;
  readonly satisfaction: HandlingRecord["satisfaction"];
}

/** The 办理 panel's view of a draft. */
export interface HandlingView {
  readonly record: HandlingRecord;
  readonly replyDate: string | null;
  readonly reopenOf: string | null;
  readonly clock: PublicationClock;
  readonly history: readonly HistoryEntry[];
  /** For each action: null when allowed now, else the Chinese reason. */
  readonly refusals: Readonly<Record<HandlingActionType, string | null>>;
}

/** The 答复日期 of a draft: the newest markReplied entry of its audit chain. */
export function replyDateOf(entries: readonly AuditEntry[]): string | null {
  let date: string | null = null;
  for (const e of entries)
    if (e.action === "markReplied" && typeof e.details["replyDate"] === "string") date = e.details["replyDate"];
  return date;
}

/** Structured reasons of each 退回 in an audit chain. */
export function returnReasonsOf(entries: readonly AuditEntry[]): string[][] {
  const out: string[][] = [];
  for (const e of entries) {
    const r = e.details["reasons"];
    if (e.action === "return" && Array.isArray(r)) out.push(r.filter((x): x is string => typeof x === "string"));
  }
  return out;
}

const ACTIONS: readonly HandlingActionType[] = [
  "recordContact",
  "removeContact",
  "recordSatisfaction",
  "reopen",
  "markPublished",
  "exportPublication",
  "setItemFacts",
  "configureHandling",
  "draftSummary",
];

/** The actor once the rulebook has let them act (it refuses nobody signed in, so null never gets here). */
function acting(actor: Actor | null): Actor {
  if (!actor) throw new AppError("FORBIDDEN", "请先以本人账号登录后再操作。");
  return actor;
}

/** Who recorded something, as stored: name and the role they acted in. */
function person(actor: Actor | null): { name: string; role: Actor["role"] } {
  const a = acting(actor);
  return { name: a.name, role: a.role };
}

/** 办理 over one data folder. */
export class HandlingService {
  readonly store: HandlingStore;

  constructor(private readonly deps: HandlingDeps) {
    this.store = new HandlingStore(deps.dataDir, deps.workflow.queue);
  }

  private today(): string {
    return this.deps.now().toISOString().slice(0, 10);
  }

  private async replyDate(id: string): Promise<string | null> {
    return replyDateOf((await this.deps.workflow.audit.read(id)).entries);
  }

  /** Refuses with the rulebook's reason unless the action is allowed. */
  private async guard(
    action: HandlingActionType,
    draft: Draft | null,
    actor: Actor | null,
  ): Promise<HandlingRecord | null> {
    const record = draft ? await this.store.get(draft.id) : null;
    const d = mayHandle(
      action,
      {
        status: draft?.status ?? null,
        disclosure: draft?.record.disclosure ?? null,
        satisfaction: record?.satisfaction?.level ?? null,
        reopenedAs: record?.reopenedAs ?? null,
      },
      actor,
    );
    if (!d.ok)
      throw new AppError(
        d.refusal === "role" || d.refusal === "signin"
          ? "FORBIDDEN"
          : d.refusal === "status"
            ? "INVALID_STATE"
            : "BAD_INPUT",
        d.message,
      );
    return record;
  }

  /** The panel's view: record, reply date, 公开 clock, the item's history and what the current user may do. */
  async view(id: string, actor: Actor | null): Promise<HandlingView> {
    const draft = await this.deps.workflow.store.get(id);
    const record = await this.store.get(id);
    const cfg = await this.store.config();
    const replyDate = await this.replyDate(id);
    const clock = publicationClock(
      { disclosure: draft.record.disclosure, replyDate, publishedDate: record.publication?.date ?? null },
      this.today(),
      cfg,
      workCalendar(cfg),
    );
    const state = {
      status: draft.status,
      disclosure: draft.record.disclosure,
      satisfaction: record.satisfaction?.level ?? null,
      reopenedAs: record.reopenedAs,
    };
    const refusals = Object.fromEntries(
      ACTIONS.map((a) => {
        const d = mayHandle(a, state, actor);
        return [a, d.ok ? null : d.message];
      }),
    ) as Record<HandlingActionType, string | null>;
    return {
      record,
      replyDate,
      reopenOf: draft.record.reopenOf ?? null,
      clock,
      history: await this.history(draft),
      refusals,
    };
  }

  /** The item's drafts in order: back to the first reply through reopenOf, then forward through reopenedAs. */
  async history(draft: Draft): Promise<HistoryEntry[]> {
    let first = draft;
    const seen = new Set([draft.id]);
    while (first.record.reopenOf && !seen.has(first.record.reopenOf)) {
      seen.add(first.record.reopenOf);
      const prev = await this.deps.workflow.store.get(first.record.reopenOf).catch(() => null);
      if (!prev) break;
      first = prev;
    }
    const out: HistoryEntry[] = [];
    let cur: Draft | null = first;
    const visited = new Set<string>();
    while (cur && !visited.has(cur.id)) {
      visited.add(cur.id);
      const rec = await this.store.get(cur.id);
      out.push({
        id: cur.id,
        status: cur.status,
        replyDate: await this.replyDate(cur.id),
        satisfaction: rec.satisfaction,
      });
      cur = rec.reopenedAs ? await this.deps.workflow.store.get(rec.reopenedAs).catch(() => null) : null;
    }
    return out;
  }

  /** Logs a contact with the proposer. */
  async addContact(id: string, input: ContactInput, actor: Actor | null): Promise<HandlingRecord> {
    const draft = await this.deps.workflow.store.get(id);
    await this.guard("recordContact", draft, actor);
    const entry: ContactEntry = {
      ...input,
      id: randomUUID(),
      recordedBy: person(actor),
      recordedAt: this.deps.now().toISOString(),
    };
    const next = await this.store.update(id, (r) => ({ ...r, contacts: [...r.contacts, entry] }));
    await this.deps.workflow.record(draft, acting(actor), "contact", null, {
      contactId: entry.id,
      way: entry.way,
      date: entry.date,
      phase: entry.phase,
    });
    return next;
  }

  /** Removes a contact entered by mistake (the audit chain keeps that it existed). */
  async removeContact(id: string, contactId: string, actor: Actor | null): Promise<HandlingRecord> {
    const draft = await this.deps.workflow.store.get(id);
    const record = await this.guard("removeContact", draft, actor);
    if (!record?.contacts.some((c) => c.id === contactId))
      throw new AppError("NOT_FOUND", "找不到这条沟通记录，请刷新。");
    const next = await this.store.update(id, (r) => ({ ...r, contacts: r.contacts.filter((c) => c.id !== contactId) }));
    await this.deps.workflow.record(draft, acting(actor), "removeContact", null, { contactId });
    return next;
  }

  /** Records the 征询意见表 result of a replied letter. */
  async recordSatisfaction(id: string, input: SatisfactionInput, actor: Actor | null): Promise<HandlingRecord> {
    const draft = await this.deps.workflow.store.get(id);
    await this.guard("recordSatisfaction", draft, actor);
    const replyDate = await this.replyDate(id);
    if (replyDate && input.date < replyDate) {
      throw new AppError("BAD_INPUT", `征询意见日期（${input.date}）早于答复日期（${replyDate}），请核对。`);
    }
    const sat = { ...input, recordedBy: person(actor), recordedAt: this.deps.now().toISOString() };
    const next = await this.store.update(id, (r) => ({ ...r, satisfaction: sat }));
    await this.deps.workflow.record(draft, acting(actor), "satisfaction", null, {
      level: input.level,
      date: input.date,
      remarks: input.remarks,
    });
    return next;
  }

  /** 不满意 → 重办: a second reply draft pre-filled from the first, due reopenMonths after the result. */
  async reopen(id: string, actor: Actor | null): Promise<{ draftId: string; dueDate: string }> {
    const first = await this.deps.workflow.store.get(id);
    const record = await this.guard("reopen", first, actor);
    const cfg = await this.store.config();
    const resultDate = record?.satisfaction?.date ?? this.today();
    const dueDate = reopenDueDate(resultDate, cfg.reopenMonths);
    const second = await this.deps.workflow.store.create(
      buildReopenDraft(first, this.deps.newId(), this.deps.now().toISOString(), dueDate),
    );
    await this.store.update(second.id, (r) => ({
      ...r,
      unitRole: record?.unitRole ?? null,
      important: record?.important ?? false,
    }));
    await this.store.update(id, (r) => ({ ...r, reopenedAs: second.id }));
    await this.deps.workflow.record(first, acting(actor), "reopen", null, { reopenedAs: second.id, dueDate });
    await this.deps.workflow.record(second, acting(actor), "create", null, {
      reopenOf: id,
      dueDate,
      to: second.status,
    });
    return { draftId: second.id, dueDate };
  }

  /** Records the day the 公开版 went on the website. */
  async markPublished(id: string, date: string, actor: Actor | null): Promise<HandlingRecord> {
    const draft = await this.deps.workflow.store.get(id);
    await this.guard("markPublished", draft, actor);
    const replyDate = await this.replyDate(id);
    if (replyDate && date < replyDate)
      throw new AppError("BAD_INPUT", `公开日期（${date}）早于答复日期（${replyDate}），请核对。`);
    const publication = { date, recordedBy: person(actor), recordedAt: this.deps.now().toISOString() };
    const next = await this.store.update(id, (r) => ({ ...r, publication }));
    await this.deps.workflow.record(draft, acting(actor), "publish", null, { date });
    return next;
  }

  /** Checks that the current user may export the 公开版 of a draft (the handler does the export). */
  async guardPublication(id: string, actor: Actor | null): Promise<Draft> {
    const draft = await this.deps.workflow.store.get(id);
    await this.guard("exportPublication", draft, actor);
    return draft;
  }

  /** Sets 重点 and the counted role (主办/协办/会办). */
  async setItemFacts(
    id: string,
    facts: { important?: boolean | undefined; unitRole?: UnitRole | null | undefined },
    actor: Actor | null,
  ): Promise<HandlingRecord> {
    const draft = await this.deps.workflow.store.get(id);
    await this.guard("setItemFacts", draft, actor);
    const next = await this.store.update(id, (r) => ({
      ...r,
      ...(facts.important !== undefined ? { important: facts.important } : {}),
      ...(facts.unitRole !== undefined ? { unitRole: facts.unitRole } : {}),
    }));
    await this.deps.workflow.record(draft, acting(actor), "itemFacts", null, {
      important: next.important,
      unitRole: next.unitRole,
    });
    return next;
  }

  /** The local rules. */
  config(): Promise<HandlingConfig> {
    return this.store.config();
  }

  /** Changes the local rules (reopen months, 公开 days, holidays). */
  async updateConfig(patch: Partial<HandlingConfig>, actor: Actor | null): Promise<HandlingConfig> {
    await this.guard("configureHandling", null, actor);
    const cur = await this.store.config();
    const uniq = (xs: readonly string[]): string[] => [...new Set(xs)].sort();
    const next = { ...cur, ...patch };
    return this.store.setConfig({ ...next, holidays: uniq(next.holidays), makeupWorkdays: uniq(next.makeupWorkdays) });
  }

  /** What statistics need about every draft outside the 回收站. */
  async statDrafts(): Promise<{
    stats: StatDraft[];
    drafts: Map<string, Draft>;
    records: Map<string, HandlingRecord>;
  }> {
    const bureau = this.deps.settings.get().bureau;
    const stats: StatDraft[] = [];
    const drafts = new Map<string, Draft>();
    const records = new Map<string, HandlingRecord>();
    for (const s of this.deps.workflow.store.list({})) {
      const d = await this.deps.workflow.store.get(s.id).catch(() => null);
      if (!d || d.templateId === "annual-summary") continue;
      const rec = await this.store.get(d.id);
      const { entries } = await this.deps.workflow.audit.read(d.id);
      drafts.set(d.id, d);
      records.set(d.id, rec);
      stats.push({
        id: d.id,
        title: d.letter.title ?? (d.record.proposalTitle || s.title),
        channel: d.record.channel,
        role: rec.unitRole ?? d.record.handling,
        important: rec.important,
        session: d.record.session,
        assignedDate: d.record.assignedDate,
        createdAt: d.createdAt,
        status: d.status,
        category: d.record.category,
        disclosure: d.record.disclosure,
        dueDate: computeDueDate(d.record, bureau),
        replyDate: replyDateOf(entries),
        reopenOf: d.record.reopenOf ?? null,
        contacts: rec.contacts.map((c) => ({ date: c.date, phase: c.phase, way: c.way })),
        satisfaction: rec.satisfaction ? { level: rec.satisfaction.level, date: rec.satisfaction.date } : null,
        publishedDate: rec.publication?.date ?? null,
        returns: returnReasonsOf(entries),
      });
    }
    return { stats, drafts, records };
  }

  /** The statistics of a year or session on `today`. */
  async stats(scope: StatScope, today = this.today()): Promise<HandlingStats> {
    const cfg = await this.store.config();
    return computeStats((await this.statDrafts()).stats, scope, today, cfg, workCalendar(cfg));
  }

  /** Drafts the 年度办理工作总结 as a new 草稿 and keeps where each number comes from. */
  async draftSummary(scope: StatScope, actor: Actor | null): Promise<{ draftId: string; stats: HandlingStats }> {
    await this.guard("draftSummary", null, actor);
    const cfg = await this.store.config();
    const { stats: all, drafts } = await this.statDrafts();
    const stats = computeStats(all, scope, this.today(), cfg, workCalendar(cfg));
    const { contactWays, returns } = summaryFacts(all, stats);
    const examples = pickExamples(
      chainDrafts(all, stats)
        .map((d) => drafts.get(d.id))
        .filter((d): d is Draft => d !== undefined),
      this.deps.settings.get(),
    );
    const periodLabel = scope.session ? scope.session : `${scope.year ?? this.today().slice(0, 4)}年度`;
    const { draft, trace } = draftAnnualSummary(
      { stats, contactWays, returns, examples, periodLabel },
      this.deps.settings.get(),
      this.deps.newId(),
      this.deps.now().toISOString(),
    );
    const created = await this.deps.workflow.store.create(draft);
    await this.store.update(created.id, (r) => ({
      ...r,
      summaryTrace: Object.fromEntries(Object.entries(trace).map(([k, v]) => [k, [...v]])),
    }));
    await this.deps.workflow.record(created, acting(actor), "create", null, {
      summary: periodLabel,
      to: created.status,
    });
    return { draftId: created.id, stats };
  }
}
