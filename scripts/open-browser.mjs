// Opening browser mode's address in the user's browser: whether to, and with which system command.

/** False in CI, in headless sessions (no display on Linux/BSD) and when REPLYDESK_NO_BROWSER is set. */
export function shouldOpenBrowser(env, platform) {
  if (env.REPLYDESK_NO_BROWSER || env.CI || env.HEADLESS) return false;
  if (platform === "win32" || platform === "darwin") return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The system command that opens a URL: open (macOS), the URL handler (Windows), xdg-open (elsewhere). */
export function browserOpener(platform, url) {
  if (platform === "darwin") return { command: "open", args: [url] };
  // rundll32 hands the URL to the default browser without cmd.exe quoting rules (what `start` would do).
  if (platform === "win32") return { command: "rundll32", args: ["url.dll,FileProtocolHandler", url] };
  return { command: "xdg-open", args: [url] };
}
