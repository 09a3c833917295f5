// The one contract: every method the UI may call, grouped by domain, with input/output schemas.
import type { z } from "zod";
import type { Envelope } from "./errors";
import { draftMethods } from "./drafts";
import { exportMethods } from "./export";
import { handlingMethods } from "./handling";
import { importMethods } from "./import";
import { peopleMethods } from "./people";
import { recoveryMethods } from "./recovery";
import { settingsMethods } from "./settings";
import { templateMethods } from "./templates";
import { workflowMethods } from "./workflow";

/** All contract methods. Adding a domain: write shared/api/<domain>.ts and spread it here. */
export const contract = {
  ...draftMethods,
  ...settingsMethods,
  ...templateMethods,
  ...workflowMethods,
  ...recoveryMethods,
  ...exportMethods,
  ...importMethods,
  ...peopleMethods,
  ...handlingMethods,
} as const;

/** The contract's type. */
export type Contract = typeof contract;

/** Names of all methods. */
export type MethodName = keyof Contract;

/** What a caller passes to a method (before defaults are applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]["input"]>;

/** What a method resolves to. */
export type MethodOutput<M extends MethodName> = z.output<Contract[M]["output"]>;

/** The API the renderer sees: one async function per method. Preload and the web client satisfy it. */
export type RendererApi = { readonly [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

/** The handler table main builds: one function per method, taking parsed input. */
export type Handlers = {
  readonly [M in MethodName]: (input: z.output<Contract[M]["input"]>) => Promise<MethodOutput<M>>;
};

/** What the preload exposes as window.replydesk: the same methods, resolving to an envelope. */
export type BridgeApi = { readonly [M in MethodName]: (input: MethodInput<M>) => Promise<Envelope<MethodOutput<M>>> };

/** The list of method names, for the dispatchers (IPC registration, HTTP routing). */
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
