// Set-up for the export specs: a draft brought to 已签发 through the real workflow, and a seal PNG.
import { crc32, deflateSync } from "node:zlib";
import type { APIRequestContext } from "@playwright/test";
import type { RunningServer } from "../web-server";
import { callApi } from "./app-api";

const PASSWORD = "export-spec-2026";

interface Status {
  roster: string;
  people: { id: string; name: string }[];
}

/** The bureau of the export specs: 李华 (拟稿人, 管理员), 王强 (审核人), 张明 (签发人), 陈静 (文书). */
export async function ensureRoster(request: APIRequestContext, server: RunningServer): Promise<void> {
  const status = await callApi<Status>(request, server, "peopleStatus", {});
  if (status.roster === "ok") return;
  await callApi(request, server, "createRoster", { name: "李华", password: PASSWORD, roles: ["拟稿人"] });
  for (const [name, role] of [
    ["王强", "审核人"],
    ["张明", "签发人"],
    ["陈静", "文书"],
  ] as const) {
    await callApi(request, server, "addPerson", { name, roles: [role], password: PASSWORD });
  }
}

/** Signs in as `name` (each step is signed by its own person). */
export async function actAs(request: APIRequestContext, server: RunningServer, name: string): Promise<void> {
  const status = await callApi<Status>(request, server, "peopleStatus", {});
  const person = status.people.find((p) => p.name === name);
  if (!person) throw new Error(`名册中没有 ${name}`);
  await callApi(request, server, "signIn", { personId: person.id, password: PASSWORD });
}

/** Today as YYYY-MM-DD in local time (the server allocates 发文字号 of this year). */
export function localToday(): string {
  const t = new Date();
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
}

/** A draft as far as the set-up touches it. */
interface DraftShape {
  revision: number;
  record: Record<string, unknown>;
  letter: { signOff: Record<string, unknown> };
}

/**
 * Dates the letter today (成文日期, so that this year's 发文字号 fits it), then submits, approves, numbers and signs
 * draft `id` with 签发日期 today, each step signed in as its own person; ends signed in as the 文书. Returns the date.
 */
export async function signDraft(request: APIRequestContext, server: RunningServer, id: string): Promise<string> {
  const today = localToday();
  await callApi(request, server, "updateSettings", {
    bureau: { fullName: "惠济区科技和工业信息化局", shortName: "区科工信局", docCode: "惠科工函" },
  });
  await ensureRoster(request, server);
  await actAs(request, server, "李华");
  const draft = await callApi<DraftShape>(request, server, "getDraft", { id });
  const dated = {
    ...draft,
    record: { ...draft.record, docNumber: null, signer: null, signDate: null },
    letter: { ...draft.letter, signOff: { ...draft.letter.signOff, date: today } },
  };
  await callApi(request, server, "saveDraft", { draft: dated, baseRevision: draft.revision });
  const version = await callApi<{ hash: string }>(request, server, "submitDraft", { id });
  await actAs(request, server, "王强");
  await callApi(request, server, "approveDraft", { id, versionHash: version.hash });
  await actAs(request, server, "陈静");
  const { number } = await callApi<{ number: string }>(request, server, "allocateDocNumber", { id });
  await actAs(request, server, "张明");
  await callApi(request, server, "signDraft", { id, docNumber: number, signDate: today });
  await actAs(request, server, "陈静");
  return today;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A real size × size RGBA PNG: a red ring on a transparent background, like a scanned seal. */
export function makeSealPng(size: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const rows: number[] = [];
  const r = size / 2;
  for (let y = 0; y < size; y += 1) {
    rows.push(0);
    for (let x = 0; x < size; x += 1) {
      const d = Math.hypot(x - r, y - r);
      const ink = d < r && d > r * 0.85;
      rows.push(ink ? 210 : 0, 0, 0, ink ? 230 : 0);
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(Buffer.from(rows))),
      chunk("IEND", new Uint8Array()),
    ]),
  );
}
