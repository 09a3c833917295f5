// Electron hardening as plain data and functions, so it is unit-tested without Electron.

/**
 * The Content-Security-Policy of every page, sent as a header. renderer/index.html carries the same policy
 * as a meta tag (all but frame-ancestors, which only works as a header); the hardening test keeps them equal.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join("; ");

/** webPreferences for every BrowserWindow: isolated, sandboxed, no Node. */
export function secureWebPreferences(preloadPath: string): {
  readonly preload: string;
  readonly contextIsolation: true;
  readonly sandbox: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly webviewTag: false;
  readonly spellcheck: false;
} {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** True only for the app's own page: the packaged file:// index or the dev server URL. */
export function isTrustedAppUrl(url: string, appUrl: string): boolean {
  try {
    const u = new URL(url);
    const app = new URL(appUrl);
    if (app.protocol === "file:") return u.protocol === "file:" && u.pathname === app.pathname;
    return u.origin === app.origin;
  } catch {
    return false;
  }
}

/** Navigation policy: the app never navigates away from its own page. */
export function shouldBlockNavigation(targetUrl: string, appUrl: string): boolean {
  return !isTrustedAppUrl(targetUrl, appUrl);
}

/** window.open policy: always denied (no second windows, no external pages). */
export function windowOpenPolicy(): { readonly action: "deny" } {
  return { action: "deny" };
}

/** Permission policy: the app needs no camera, location, notifications…: deny everything. */
export function permissionPolicy(_permission: string): boolean {
  return false;
}

/** IPC sender check: only the main frame of our own page may call the contract. */
export function isTrustedSender(
  frame: { readonly url: string; readonly isMainFrame: boolean } | null,
  appUrl: string,
): boolean {
  return frame !== null && frame.isMainFrame && isTrustedAppUrl(frame.url, appUrl);
}

/** Size, title and preferences of the app window: hidden until ready, then shown by the caller. */
export function mainWindowOptions(preloadPath: string): {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly show: false;
  readonly webPreferences: ReturnType<typeof secureWebPreferences>;
} {
  return {
    width: 1400,
    height: 900,
    title: "答复函工作台",
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** The part of Electron's Session the hardening touches (structural, so tests pass a fake). */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  readonly webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Record<string, string[] | string> },
        callback: (response: { responseHeaders: Record<string, string[] | string> }) => void,
      ) => void,
    ): void;
  };
}

/** Denies every permission request and check, and sends our CSP with every response (replacing any other). */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionPolicy(permission)));
  session.setPermissionCheckHandler((_wc, permission) => permissionPolicy(permission));
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([k]) => k.toLowerCase() !== "content-security-policy"),
    );
    callback({ responseHeaders: { ...headers, "Content-Security-Policy": [CONTENT_SECURITY_POLICY] } });
  });
}

/** A navigation or attach event: the part we use. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents the hardening touches (structural, so tests pass a fake). */
export interface HardenableWebContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: "deny" }): void;
  on(event: "will-navigate" | "will-redirect", listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: "will-attach-webview", listener: (event: PreventableEvent) => void): unknown;
}

/** No new windows, no navigation or redirect away from the app page, no <webview>. */
export function hardenWebContents(contents: HardenableWebContents, appUrl: string): void {
  contents.setWindowOpenHandler(() => windowOpenPolicy());
  const guard = (event: PreventableEvent, url: string): void => {
    if (shouldBlockNavigation(url, appUrl)) event.preventDefault();
  };
  contents.on("will-navigate", guard);
  contents.on("will-redirect", guard);
  contents.on("will-attach-webview", (event) => event.preventDefault());
}
