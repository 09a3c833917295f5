// The handler table: one function per contract method, built from the services.
import type { Handlers } from "../../../shared/api/contract";
import type { HandlerContext } from "./context";
import { draftHandlers } from "./drafts";
import { exportHandlers } from "./export";
import { handlingHandlers } from "./handling";
import { importHandlers } from "./import";
import { peopleHandlers } from "./people";
import { recoveryHandlers } from "./recovery";
import { settingsHandlers } from "./settings";
import { templateHandlers } from "./templates";
import { workflowHandlers } from "./workflow";

/** Builds every handler; `satisfies` makes a missing or misnamed method a build error. */
export function buildHandlers(ctx: HandlerContext): Handlers {
  return {
    ...draftHandlers(ctx),
    ...settingsHandlers(ctx),
    ...templateHandlers(ctx),
    ...recoveryHandlers(ctx),
    ...workflowHandlers(ctx, ctx.ports),
    ...exportHandlers(ctx),
    ...importHandlers(ctx),
    ...peopleHandlers(ctx),
    ...handlingHandlers(ctx),
  } satisfies Handlers;
}
