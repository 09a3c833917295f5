// Builds the handler context for a data folder: shared by the Electron app, browser mode and tests.
import { randomUUID } from "node:crypto";
import { findAssetsDir } from "./assets";
import type { HandlerContext } from "./handlers/context";
import { NO_DELIVERY_PORTS, type HostPorts } from "./handlers/host-ports";
import { openServices, type OpenServicesOptions } from "./services";

/** Opens services and wraps them with the host facts handlers need. */
export async function openHandlerContext(
  opts: OpenServicesOptions & { readonly assetsDir?: string; readonly ports?: HostPorts },
): Promise<HandlerContext> {
  const now = opts.now ?? (() => new Date());
  const services = await openServices({ ...opts, now });
  return {
    ...services,
    assetsDir: opts.assetsDir ?? findAssetsDir(),
    // Short, URL- and file-name-safe ids.
    newId: () => randomUUID().replace(/-/g, "").slice(0, 16),
    now,
    ports: opts.ports ?? NO_DELIVERY_PORTS,
  };
}
