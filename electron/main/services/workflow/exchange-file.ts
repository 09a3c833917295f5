// .replydesk exchange files: building one from a data folder, and verifying one before anything is written.
import { promises as fs } from "node:fs";
import { AppError } from "../../../../shared/api/errors";
import { MAX_INPUT_DEPTH, nestsDeeperThan } from "../../../../shared/api/nesting";
import { canonicalJson } from "../../../../shared/workflow/canonical-json";
import {
  EXCHANGE_FORMAT,
  EXCHANGE_FORMAT_VERSION,
  EXCHANGE_MAX_BYTES,
  ExchangeFile,
  type ExchangePayload,
} from "../../../../shared/workflow/schemas";
import type { Actor } from "../../../../shared/workflow/status-machine";
import { signingMessage, type Roster } from "../../../../shared/people/roster";
import { deriveWorkflow, trustChain } from "../../../../shared/workflow/audit-trust";
import { writeFileAtomic } from "../atomic-file";
import { nodeSignatureCheck, verifyMessage } from "../people/keys";
import { verifyEntries } from "./audit";
import { contentHash, sha256 } from "./content-hash";
import type { WorkflowService } from "./workflow-service";

/** Result of verifying an exchange file. */
export type ExchangeVerification =
  { readonly ok: true; readonly file: ExchangeFile } | { readonly ok: false; readonly message: string };

/** The integrity hash of a payload: SHA-256 of its canonical JSON. */
export function payloadIntegrity(payload: unknown): string {
  return sha256(canonicalJson(payload));
}

/**
 * Builds the exchange file of a draft, signed by the signed-in sender; the "exchangeExport" audit entry is written
 * first so the file carries it. Refused when nobody is signed in or the local chain does not verify.
 */
export async function buildExchange(wf: WorkflowService, draftId: string, actor: Actor | null): Promise<ExchangeFile> {
  const signer = wf.people.signer();
  if (!actor || !signer || actor.personId !== signer.personId) {
    throw new AppError("FORBIDDEN", "导出交换文件需要先登录：文件由发送人本人签名，对方据此核对。");
  }
  const draft = await wf.verifiedDraft(draftId);
  await wf.record(draft, actor, "exchangeExport", null, {});
  const trail = await wf.trail(draftId);
  if (!trail.verification.ok) {
    throw new AppError("CORRUPT", `本机的审计记录未通过校验（${trail.verification.message}），不能导出交换文件。`);
  }
  const payload: ExchangePayload = {
    format: EXCHANGE_FORMAT,
    formatVersion: EXCHANGE_FORMAT_VERSION,
    exportedAt: wf.now().toISOString(),
    exportedBy: { name: actor.name, role: actor.role },
    senderId: signer.personId,
    draft,
    versions: await wf.versions.list(draftId),
    comments: await wf.comments.list(draftId),
    audit: (await wf.audit.read(draftId)).entries,
  };
  const integrity = payloadIntegrity(payload);
  return { ...payload, integrity, signature: signer.sign(signingMessage("exchange", integrity)) };
}

/** Serialises an exchange file (UTF-8 JSON). */
export function exchangeBytes(file: ExchangeFile): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(file, null, 1));
}

/** Exports a draft to `target` atomically; returns the file's SHA-256 and size. */
export async function exportExchange(
  wf: WorkflowService,
  draftId: string,
  target: string,
  actor: Actor | null,
): Promise<{ path: string; sha256: string; size: number }> {
  const bytes = exchangeBytes(await buildExchange(wf, draftId, actor));
  try {
    await writeFileAtomic(target, bytes);
  } catch (err) {
    throw new AppError("IO", `写入交换文件失败：${(err as Error).message}`);
  }
  return { path: target, sha256: sha256(bytes), size: bytes.byteLength };
}

function refuse(message: string): ExchangeVerification {
  return { ok: false, message: `${message}本机数据未做任何改动。` };
}

/**
 * Checks size, JSON, format, integrity hash, schema, version hashes, the audit chain, the sender's signature and
 * every entry's signature and role against the local roster, and that the text is the one the chain signed.
 * Pure: writes nothing. The file's own `status` is never believed: the status follows from the verified entries.
 */
export function verifyExchangeBytes(bytes: Uint8Array, roster: Roster | null): ExchangeVerification {
  if (bytes.byteLength > EXCHANGE_MAX_BYTES) {
    const mb = (bytes.byteLength / 1024 / 1024).toFixed(1);
    return refuse(`文件过大（${mb} MB），超过交换文件 50 MB 的上限，不是有效的交换文件。`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return refuse("文件不完整或已损坏：内容不是有效的 JSON，可能在复制或传输时被截断。请让对方重新导出后再导入。");
  }
  if (typeof raw !== "object" || raw === null || (raw as { format?: unknown }).format !== EXCHANGE_FORMAT) {
    return refuse("这不是答复函工作台的交换文件（.replydesk）。");
  }
  // Hashing and validation recurse: refuse absurd nesting first (a draft inside a version nests ~25 levels).
  if (nestsDeeperThan(raw, MAX_INPUT_DEPTH)) {
    return refuse("文件结构异常（嵌套层次过深），不是有效的交换文件，可能是恶意构造的。");
  }
  const { integrity, signature: _signature, ...payload } = raw as Record<string, unknown>;
  void _signature;
  const version = payload["formatVersion"];
  if (typeof version === "number" && version > EXCHANGE_FORMAT_VERSION) {
    return refuse(`该交换文件由更新版本的答复函工作台生成（格式版本 ${version}），请先升级本软件。`);
  }
  if (version !== EXCHANGE_FORMAT_VERSION) {
    return refuse("这是旧版本生成的未签名交换文件，无法核对发送人。请对方升级后登录本人账号重新导出。");
  }
  if (typeof integrity !== "string" || integrity !== payloadIntegrity(payload)) {
    return refuse("完整性校验失败：文件内容在导出后被改动或已损坏，已拒绝导入。请让对方重新导出。");
  }
  const parsed = ExchangeFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`交换文件内容不完整或格式不对（${issue ? issue.path.join(".") : ""}）。`);
  }
  const file = parsed.data;
  for (const v of file.versions) {
    if (v.draftId !== file.draft.id || v.hash !== contentHash(v.draft)) {
      return refuse(`交换文件中第 ${v.n} 版与其校验值不符（被改动）。`);
    }
  }
  const chain = verifyEntries(file.audit.map((e) => JSON.stringify(e)));
  if (!chain.verification.ok) return refuse(`交换文件中的审计记录不完整：${chain.verification.message}`);
  if (!roster) return refuse("本机还没有单位人员名册，无法核对交换文件的签名。请先导入本单位名册。");
  const sender = roster.people.get(file.senderId);
  if (!sender) return refuse("交换文件的发送人不在本机的单位人员名册中（未知密钥）。请先导入最新的本单位名册。");
  if (sender.revokedAt !== null && file.exportedAt >= sender.revokedAt) {
    return refuse(`交换文件的发送人 ${sender.name} 已从名册注销。`);
  }
  if (
    sender.name !== file.exportedBy.name ||
    !verifyMessage(sender.publicKey, signingMessage("exchange", integrity), file.signature)
  ) {
    return refuse("交换文件的发送人签名无效：文件在导出后被改动或伪造。");
  }
  const trust = trustChain(nodeSignatureCheck, file.draft.id, file.audit, roster);
  if (trust.problem) return refuse(`交换文件中的审计记录未通过签名校验：${trust.problem.message}`);
  const derived = deriveWorkflow(trust.entries);
  const text = contentHash(file.draft);
  if ((derived.status === "已签发" || derived.status === "已答复") && derived.signedHash !== text) {
    return refuse("交换文件中的正文与签发人签名的版本不一致（签发后被替换）。");
  }
  if (derived.status === "已审核" && derived.approvedHash !== text) {
    return refuse("交换文件中的正文与审核通过的版本不一致（审核后被替换）。");
  }
  return { ok: true, file: { ...file, draft: { ...file.draft, status: derived.status } } };
}

/** Reads and verifies an exchange file from disk (refuses oversize files before reading them). */
export async function verifyExchangeFile(file: string, roster: Roster | null): Promise<ExchangeVerification> {
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch (err) {
    return {
      ok: false,
      message: `无法读取文件 ${file}：${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    };
  }
  if (size > EXCHANGE_MAX_BYTES) {
    return refuse(`文件过大（${(size / 1024 / 1024).toFixed(1)} MB），超过交换文件 50 MB 的上限。`);
  }
  return verifyExchangeBytes(await fs.readFile(file), roster);
}
