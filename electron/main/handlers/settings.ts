// Handlers for the settings domain of the contract.
import type { Handlers } from "../../../shared/api/contract";
import type { settingsMethods } from "../../../shared/api/settings";
import type { HandlerContext } from "./context";

/** The settings handlers. */
export function settingsHandlers(ctx: HandlerContext): Pick<Handlers, keyof typeof settingsMethods> {
  return {
    getSettings: async () => ctx.settings.get(),
    updateSettings: async (patch) => {
      // The seal's location is main's business (setSealImage/clearSealImage): the UI may not point it at any file.
      const { sealPath: _ignored, ...bureau } = patch.bureau ?? {};
      return ctx.settings.update({ ...patch, ...(patch.bureau ? { bureau } : {}) });
    },
  };
}
