import { describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  isTrustedSender,
  permissionPolicy,
  secureWebPreferences,
  shouldBlockNavigation,
  windowOpenPolicy,
} from "../../../electron/main/security";

const APP = "file:///opt/replydesk/resources/app.asar/out/renderer/index.html";

describe("Electron hardening", () => {
  it("isolates, sandboxes and keeps Node out of the renderer", () => {
    const prefs = secureWebPreferences("/x/preload/index.cjs");
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload.endsWith(".cjs")).toBe(true);
  });

  it("blocks navigation away from the app page and denies new windows and permissions", () => {
    expect(shouldBlockNavigation(APP, APP)).toBe(false);
    expect(shouldBlockNavigation(`${APP}#/drafts/1`, APP)).toBe(false);
    expect(shouldBlockNavigation("https://example.com/", APP)).toBe(true);
    expect(shouldBlockNavigation("file:///etc/passwd", APP)).toBe(true);
    expect(shouldBlockNavigation("javascript:alert(1)", APP)).toBe(true);
    expect(shouldBlockNavigation("http://localhost:5173/x", "http://localhost:5173/")).toBe(false);
    expect(shouldBlockNavigation("http://localhost:5174/", "http://localhost:5173/")).toBe(true);
    expect(windowOpenPolicy()).toEqual({ action: "deny" });
    for (const p of ["media", "geolocation", "notifications", "openExternal", "clipboard-read"]) {
      expect(permissionPolicy(p)).toBe(false);
    }
  });

  it("accepts IPC only from the main frame of the app page", () => {
    expect(isTrustedSender({ url: APP, isMainFrame: true }, APP)).toBe(true);
    expect(isTrustedSender({ url: APP, isMainFrame: false }, APP)).toBe(false);
    expect(isTrustedSender({ url: "https://evil.example/", isMainFrame: true }, APP)).toBe(false);
    expect(isTrustedSender(null, APP)).toBe(false);
  });

  it("has a strict CSP without unsafe-eval or remote sources", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-eval");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});
