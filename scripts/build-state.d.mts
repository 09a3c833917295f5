// Types of scripts/build-state.mjs for the TypeScript callers (benchmarks).

/** A build target: the CLI and server bundle, the browser-mode renderer, or the Electron app. */
export type BuildTarget = "node" | "web" | "electron";
/** The repository root. */
export declare const ROOT: string;
/** True when the target's last build was made from the sources as they are now. */
export declare function isBuildCurrent(target: BuildTarget): boolean;
/** Builds the target unless current; "current" or "built". */
export declare function ensureBuilt(
  target: BuildTarget,
  options?: { readonly log?: (line: string) => void },
): "current" | "built";
