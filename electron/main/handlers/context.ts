// What handlers get: the open services plus the host's facts (assets folder, id and clock sources).
import type { Services } from "../services";
import type { HostPorts } from "./host-ports";

/** Handler dependencies, passed in so handlers stay testable without Electron. */
export interface HandlerContext extends Services {
  /** Folder holding assets/ (sample letter, fonts config). */
  readonly assetsDir: string;
  /** New draft ids. */
  readonly newId: () => string;
  readonly now: () => Date;
  /** Host-specific side effects (save dialog or download). */
  readonly ports: HostPorts;
}
