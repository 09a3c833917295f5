// Handlers for the workflow domain: the current user acts through the one WorkflowService of the data folder.
import { format } from "date-fns/format";
import type { Handlers } from "../../../shared/api/contract";
import { AppError } from "../../../shared/api/errors";
import type { workflowMethods } from "../../../shared/api/workflow";
import type { VersionRecord } from "../../../shared/workflow/schemas";
import type { Services } from "../services";
import { sha256 } from "../services/workflow/content-hash";
import { buildExchange, exchangeBytes } from "../services/workflow/exchange-file";
import { importExchange } from "../services/workflow/exchange-import";
import { WorkflowService } from "../services/workflow/workflow-service";
import type { HandlerContext } from "./context";
import { keyFingerprint } from "../../../shared/people/roster";
import { nodeSignatureCheck } from "../services/people/keys";
import type { HostPorts } from "./host-ports";
import { acknowledgeFinding, guardSubmit } from "./lint-gate";

type WorkflowHandlers = Pick<Handlers, keyof typeof workflowMethods>;

const instances = new WeakMap<Services["store"], WorkflowService>();

/**
 * The WorkflowService of a data folder (one per store, so audit appends and 发文字号 allocations are
 * serialised in one queue). The export handler calls `workflowFor(ctx).recordExport(...)`.
 */
export function workflowFor(
  ctx: Pick<HandlerContext, "store" | "settings" | "dataDir" | "people"> & { now?: () => Date },
): WorkflowService {
  let wf = instances.get(ctx.store);
  if (!wf) {
    wf = new WorkflowService({
      store: ctx.store,
      settings: ctx.settings,
      people: ctx.people,
      dataDir: ctx.dataDir,
      ...(ctx.now ? { now: ctx.now } : {}),
    });
    instances.set(ctx.store, wf);
  }
  return wf;
}

function summary(v: VersionRecord): {
  n: number;
  kind: VersionRecord["kind"];
  hash: string;
  createdAt: string;
  actor: VersionRecord["actor"];
  note: string;
} {
  return { n: v.n, kind: v.kind, hash: v.hash, createdAt: v.createdAt, actor: v.actor, note: v.note };
}

function fingerprintOf(publicKey: string): string {
  return keyFingerprint(nodeSignatureCheck, publicKey);
}

/** The workflow handlers; `ports` delivers exported exchange files (save dialog or download). */
export function workflowHandlers(ctx: HandlerContext, ports: HostPorts): WorkflowHandlers {
  const wf = workflowFor(ctx);
  const me = () => wf.currentActor();
  const ok = { ok: true } as const;
  const today = (): string => format(ctx.now(), "yyyy-MM-dd");
  return {
    submitDraft: async ({ id, baseRevision }) => {
      // 格式审查 errors block 提交审核 (the UI lists them too; this is the guard that cannot be skipped).
      await guardSubmit(wf, ctx.settings.get(), today(), id, me(), baseRevision);
      return summary(await wf.submit(id, me(), baseRevision));
    },
    returnDraft: async ({ id, reasons, text }) => (await wf.returnDraft(id, me(), reasons, text), ok),
    approveDraft: async ({ id, versionHash }) => (await wf.approve(id, me(), versionHash), ok),
    allocateDocNumber: ({ id }) => wf.allocateDocNumber(id, me()),
    heldDocNumber: async ({ id }) => ({ number: (await wf.numbering.heldBy(id))?.number ?? null }),
    cancelDocNumber: async ({ number, reason }) => (await wf.cancelDocNumber(number, me(), reason), ok),
    signDraft: async ({ id, docNumber, signDate }) => summary(await wf.sign(id, me(), { docNumber, signDate })),
    markReplied: async ({ id, replyDate }) => (await wf.markReplied(id, me(), replyDate), ok),
    listVersions: async ({ id }) => (await wf.versions.list(id)).map(summary),
    diffVersions: async ({ id, fromVersion }) => {
      const d = await wf.diffSinceReview(id, fromVersion);
      return { base: d.base ? summary(d.base) : null, parts: d.parts.map((p) => ({ ...p, changes: [...p.changes] })) };
    },
    listComments: ({ id }) => wf.comments.list(id),
    addComment: ({ id, anchor, text }) => wf.addComment(id, anchor, text, me()),
    resolveComment: ({ id, commentId }) => wf.resolveComment(id, commentId, me()),
    acknowledgeFinding: ({ id, ...ack }) => acknowledgeFinding(wf, ctx.settings.get(), today(), id, ack),
    auditTrail: async ({ id }) => {
      const trail = await wf.trail(id);
      const roster = ctx.people.current();
      // Only entries that verified are listed (the view says how many): a forged tail is never shown as history.
      const entries = trail.entries.map((t) => t.entry);
      return {
        entries,
        verification: trail.verification,
        trust: trail.entries.map((t) => {
          const key = t.personId ? roster?.people.get(t.personId)?.publicKey : undefined;
          return { seq: t.entry.seq, trust: t.trust, fingerprint: key ? fingerprintOf(key) : null };
        }),
        separationOfDuties: roster?.separationOfDuties ?? true,
        policyChanges: (roster?.policyChanges ?? []).map((c) => ({
          time: c.time,
          by: roster?.people.get(c.by)?.name ?? c.by,
          enabled: c.enabled,
        })),
      };
    },
    exportExchange: async ({ id }) => {
      const bytes = exchangeBytes(await buildExchange(wf, id, me()));
      const delivery = await ports.deliverFile(`${id}.replydesk`, bytes, "application/json");
      return { delivery, sha256: sha256(bytes), size: bytes.byteLength };
    },
    importExchange: async ({ base64 }) => {
      const bytes = Buffer.from(base64, "base64");
      if (bytes.byteLength === 0) throw new AppError("BAD_INPUT", "文件是空的，请选择 .replydesk 交换文件。");
      return importExchange(wf, bytes, me());
    },
    deadlines: ({ today }) => wf.deadlines(today ?? format(ctx.now(), "yyyy-MM-dd")),
  };
}
