// Electron hardening as plain data and functions, so it is unit-tested without Electron.

/** The Content-Security-Policy of every page (also set as a meta tag in renderer/index.html). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
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
