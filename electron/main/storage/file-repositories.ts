// The local-file adapter of the storage ports: thin wrappers over the data-folder classes the desktop uses.
import { AppError } from "../../../shared/api/errors";
import type { AuditEntry } from "../../../shared/workflow/schemas";
import { openServices, type OpenServicesOptions, type Services } from "../services";
import { AuditLog } from "../services/workflow/audit";
import { CommentStore } from "../services/workflow/comments";
import { DocNumbering } from "../services/workflow/numbering";
import { KeyedQueue } from "../services/workflow/serial-queue";
import { VersionStore } from "../services/workflow/versions";
import type { AuditHead, AuditRepository, Repositories } from "./ports";

/** Checks that `entry` extends `head` (the same rule the PostgreSQL adapter enforces). */
export function assertExtendsHead(entry: AuditEntry, head: AuditHead | null): void {
  const seq = (head?.seq ?? 0) + 1;
  if (entry.seq !== seq) throw new AppError("CONFLICT", `审计记录序号应为 ${seq}，实际为 ${entry.seq}。`);
  if (head && entry.prevHash !== head.hash) throw new AppError("CONFLICT", "审计记录未接续上一条记录。");
}

function fileAudit(log: AuditLog): AuditRepository {
  // Appends of one draft run one after another: read the head, build, append verbatim (which re-verifies).
  const queue = new KeyedQueue();
  const headOf = async (draftId: string): Promise<AuditHead | null> => {
    const { entries, verification } = await log.read(draftId);
    if (!verification.ok) throw new AppError("CORRUPT", `审计记录校验失败：${verification.message}`);
    const last = entries.at(-1);
    return last ? { seq: last.seq, hash: last.hash } : null;
  };
  return {
    append: (draftId, build) =>
      queue.run(draftId, async () => {
        const head = await headOf(draftId);
        const entry = build(head);
        assertExtendsHead(entry, head);
        await log.appendVerbatim(draftId, [entry]);
        return entry;
      }),
    read: async (draftId) => {
      const { entries, verification } = await log.read(draftId);
      if (!verification.ok) throw new AppError("CORRUPT", `审计记录校验失败：${verification.message}`);
      return entries;
    },
    head: headOf,
  };
}

/** Wraps already open services (the desktop's data folder) as repositories. */
export function fileRepositories(services: Services, now: () => Date = () => new Date()): Repositories {
  const queue = new KeyedQueue();
  const dir = services.dataDir;
  const versions = new VersionStore(dir, queue, now);
  const comments = new CommentStore(dir, queue, now);
  const numbering = new DocNumbering(dir, now);
  const { store, templates, settings } = services;
  return {
    drafts: {
      list: async (q) => store.list(q),
      get: (id) => store.get(id),
      create: (draft) => store.create(draft),
      save: (draft, base, opts) => store.save(draft, base, opts),
      trash: (id) => store.trash(id),
      restore: (id) => store.restore(id),
    },
    versions: {
      list: (draftId) => versions.list(draftId),
      read: (draftId, n) => versions.read(draftId, n),
      add: (v) => versions.add(v),
    },
    comments: {
      list: (draftId) => comments.list(draftId),
      add: (draftId, anchor, text, author, version) => comments.add(draftId, anchor, text, author, version),
      resolve: (draftId, id, by) => comments.resolve(draftId, id, by),
    },
    audit: fileAudit(new AuditLog(dir, queue, now)),
    register: {
      allocate: (draftId, code, actor) => numbering.allocate(draftId, code, actor),
      cancel: (number, reason) => numbering.cancel(number, reason),
      find: (number) => numbering.find(number),
      list: () => numbering.list(),
    },
    templates: {
      list: async () => templates.list(),
      get: async (id) => templates.get(id),
      add: (t) => templates.add(t),
      remove: (id) => templates.remove(id),
    },
    settings: {
      get: async () => settings.get(),
      update: async (patch) => settings.update(patch),
    },
    close: () => services.close(),
  };
}

/** Opens a data folder and returns its repositories. */
export async function openFileRepositories(opts: OpenServicesOptions): Promise<Repositories> {
  return fileRepositories(await openServices(opts), opts.now);
}
