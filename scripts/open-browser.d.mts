// Types of scripts/open-browser.mjs for the TypeScript tests.

/** False in CI, in headless sessions and when REPLYDESK_NO_BROWSER is set. */
export declare function shouldOpenBrowser(env: Readonly<Record<string, string | undefined>>, platform: string): boolean;
/** The system command that opens a URL. */
export declare function browserOpener(platform: string, url: string): { command: string; args: string[] };
