// Handlers for people: roster status, sign-in and out, the 管理员's roster work, roster and join-request files.
import type { Handlers } from "../../../shared/api/contract";
import { AppError } from "../../../shared/api/errors";
import type { PeopleStatus, PersonViewData, peopleMethods } from "../../../shared/api/people";
import { keyFingerprint } from "../../../shared/people/roster";
import { nodeSignatureCheck } from "../services/people/keys";
import type { PeopleService } from "../services/people/people-service";
import type { HandlerContext } from "./context";

type PeopleHandlers = Pick<Handlers, keyof typeof peopleMethods>;

/** The people state the UI shows (who is signed in, who can sign in here, the roster's fingerprint). */
export async function peopleStatus(people: PeopleService, bureauName: string): Promise<PeopleStatus> {
  const roster = people.current();
  const list: PersonViewData[] = (await people.list()).map((p) => ({ ...p, roles: [...p.roles] }));
  const me = people.whoIsIn();
  return {
    roster: roster ? "ok" : people.rosterProblem() ? "broken" : "none",
    problem: people.rosterProblem(),
    bureau: roster?.bureau || bureauName,
    rosterFingerprint: roster ? keyFingerprint(nodeSignatureCheck, roster.genesis) : null,
    separationOfDuties: roster?.separationOfDuties ?? true,
    people: list,
    me: me ? (list.find((p) => p.id === me.id) ?? null) : null,
    pending: await people.pendingIdentities(),
  };
}

function decodeJson(base64: string, what: string): unknown {
  try {
    return JSON.parse(Buffer.from(base64, "base64").toString("utf8"));
  } catch {
    throw new AppError("BAD_INPUT", `${what}不是有效的文件（内容无法读取）。本机名册未做任何改动。`);
  }
}

/** The people handlers. */
export function peopleHandlers(ctx: HandlerContext): PeopleHandlers {
  const { people } = ctx;
  const status = (): Promise<PeopleStatus> => peopleStatus(people, ctx.settings.get().bureau.fullName);
  return {
    peopleStatus: () => status(),
    createRoster: async ({ name, password, roles }) => {
      await people.createRoster({ name, password, roles, bureau: ctx.settings.get().bureau.fullName });
      return status();
    },
    signIn: async ({ personId, password }) => {
      await people.signIn(personId, password);
      return status();
    },
    signOut: async () => {
      people.signOut();
      return status();
    },
    changePassword: async ({ oldPassword, newPassword }) => {
      await people.changePassword(oldPassword, newPassword);
      return { ok: true as const };
    },
    addPerson: async ({ name, roles, password }) => {
      await people.addPerson({ name, roles, password });
      return status();
    },
    setPersonRoles: async ({ personId, roles }) => {
      await people.setRoles(personId, roles);
      return status();
    },
    revokePerson: async ({ personId }) => {
      await people.revoke(personId);
      return status();
    },
    setSeparationOfDuties: async ({ enabled }) => {
      await people.setSeparationOfDuties(enabled);
      return status();
    },
    exportRoster: async () => {
      const bytes = people.exportRoster();
      return { delivery: await ctx.ports.deliverFile("单位人员名册.replydesk-roster", bytes, "application/json") };
    },
    importRoster: async ({ base64 }) => {
      const { added } = await people.importRoster(new Uint8Array(Buffer.from(base64, "base64")));
      return { added, status: await status() };
    },
    createJoinRequest: async ({ name, password }) => {
      const request = await people.createJoinRequest({ name, password });
      const bytes = new TextEncoder().encode(JSON.stringify(request, null, 1));
      const delivery = await ctx.ports.deliverFile(
        `加入申请-${request.name}.replydesk-join`,
        bytes,
        "application/json",
      );
      return { delivery, fingerprint: keyFingerprint(nodeSignatureCheck, request.publicKey) };
    },
    acceptJoinRequest: async ({ base64, roles }) => {
      await people.acceptJoinRequest(decodeJson(base64, "加入申请"), roles);
      return status();
    },
  };
}
