// Calls contract methods over the browser-mode HTTP protocol, to set up data for a spec quickly.
import type { APIRequestContext } from "@playwright/test";
import type { RunningServer } from "../web-server";

/** Posts one contract call with the token and returns its value (throws on an error envelope). */
export async function callApi<T>(
  request: APIRequestContext,
  server: RunningServer,
  method: string,
  input: unknown,
): Promise<T> {
  const response = await request.post(`${server.origin}/api/${method}`, {
    headers: { "Content-Type": "application/json", "X-ReplyDesk-Token": server.token, Origin: server.origin },
    data: input,
  });
  const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { code: string; message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.code} ${envelope.error?.message}`);
  return envelope.value as T;
}

/** A draft as the specs need to touch it. */
interface DraftLike {
  id: string;
  revision: number;
  status: string;
  record: Record<string, unknown>;
}

/** Creates a draft and saves the given record fields into it. */
export async function seedDraft(
  request: APIRequestContext,
  server: RunningServer,
  channel: "提案" | "建议",
  record: Record<string, unknown>,
): Promise<DraftLike> {
  const created = await callApi<DraftLike>(request, server, "createDraft", { channel });
  const draft = { ...created, record: { ...created.record, ...record } };
  const saved = await callApi<{ revision: number }>(request, server, "saveDraft", {
    draft,
    baseRevision: created.revision,
  });
  return { ...draft, revision: saved.revision };
}
