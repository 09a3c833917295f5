// Types of scripts/electron-runtime.mjs for the TypeScript tests.

/** Absolute path of the Electron executable, or null when the runtime is not installed. */
export declare function findElectronRuntime(root: string): string | null;
/** The one Chinese line shown for a failed runtime download, from the installer's error output. */
export declare function downloadFailureLine(stderr: string): string;
