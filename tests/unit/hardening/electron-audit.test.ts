// Electron hardening audit: the window options and session/webContents guards the app really uses (plain
// functions driven with fakes, no Electron runtime), their wiring in main/index.ts, and the CSP of the built
// renderer index.html (a fresh `vite build` into a temp folder).
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  mainWindowOptions,
  type HardenableSession,
  type HardenableWebContents,
  type PreventableEvent,
} from "../../../electron/main/security";
import { tempDir } from "../foundation/helpers";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");
const APP = "file:///opt/replydesk/resources/app.asar/out/renderer/index.html";

/** Directives of a CSP as name → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/u))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe("BrowserWindow options", () => {
  it("are sandboxed and isolated, with no Node anywhere and web security on", () => {
    const o = mainWindowOptions("/app/out/preload/index.cjs");
    expect(o.show).toBe(false);
    expect(o.webPreferences).toEqual({
      preload: "/app/out/preload/index.cjs",
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  // That app-start.ts opens its window with these options and guards is tested with fakes in
  // tests/unit/shell/app-start.test.ts; here: nothing else in electron/ opens a window or sets preferences.
  it("are the only window options in electron/: no other window, no hand-written webPreferences", async () => {
    const files = (await readdir(path.join(ROOT, "electron"), { recursive: true })).filter((f) => f.endsWith(".ts"));
    for (const f of files) {
      const text = await readFile(path.join(ROOT, "electron", f), "utf8");
      if (f !== path.join("main", "index.ts")) expect(text, f).not.toMatch(/new BrowserWindow\(/u);
      if (f !== path.join("main", "security.ts")) expect(text, f).not.toMatch(/webPreferences\s*:/u);
      expect(text, f).not.toMatch(/nodeIntegration\s*:\s*true|sandbox\s*:\s*false|contextIsolation\s*:\s*false/u);
    }
  });
});

describe("session handlers", () => {
  function fakeSession() {
    const s = {
      request: null as null | ((wc: unknown, p: string, cb: (granted: boolean) => void) => void),
      check: null as null | ((wc: unknown, p: string) => boolean),
      headers: null as
        | null
        | ((
            d: { responseHeaders?: Record<string, string[] | string> },
            cb: (r: { responseHeaders: Record<string, string[] | string> }) => void,
          ) => void),
    };
    const session: HardenableSession = {
      setPermissionRequestHandler: (h) => void (s.request = h),
      setPermissionCheckHandler: (h) => void (s.check = h),
      webRequest: { onHeadersReceived: (l) => void (s.headers = l) },
    };
    return { s, session };
  }

  it("deny every permission request and check", () => {
    const { s, session } = fakeSession();
    hardenSession(session);
    const permissions = ["media", "geolocation", "notifications", "clipboard-read", "openExternal", "hid", "usb"];
    for (const p of permissions) {
      let granted: boolean | null = null;
      s.request?.({}, p, (g) => (granted = g));
      expect(granted, p).toBe(false);
      expect(s.check?.({}, p), p).toBe(false);
    }
  });

  it("send our CSP with every response, replacing whatever the response carried", () => {
    const { s, session } = fakeSession();
    hardenSession(session);
    let out: Record<string, string[] | string> = {};
    s.headers?.(
      { responseHeaders: { "content-security-policy": ["script-src *"], "Content-Type": ["text/html"] } },
      (r) => (out = r.responseHeaders),
    );
    expect(out["Content-Security-Policy"]).toEqual([CONTENT_SECURITY_POLICY]);
    expect(out["content-security-policy"]).toBeUndefined();
    expect(out["Content-Type"]).toEqual(["text/html"]);
  });
});

describe("webContents guards", () => {
  function fakeContents() {
    const listeners = new Map<string, (e: PreventableEvent, url: string) => void>();
    let openHandler: ((d: { url: string }) => { action: "deny" }) | null = null;
    const contents = {
      setWindowOpenHandler: (h: (d: { url: string }) => { action: "deny" }) => void (openHandler = h),
      on: (event: string, l: (e: PreventableEvent, url: string) => void) => void listeners.set(event, l),
    } as HardenableWebContents;
    const fire = (event: string, url = ""): boolean => {
      let prevented = false;
      listeners.get(event)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    return { contents, fire, open: (url: string) => openHandler?.({ url }) };
  }

  it("deny new windows, navigation and redirects away from the app page, and <webview>", () => {
    const { contents, fire, open } = fakeContents();
    hardenWebContents(contents, APP);
    expect(open("https://example.com/")).toEqual({ action: "deny" });
    expect(open(APP)).toEqual({ action: "deny" });
    for (const event of ["will-navigate", "will-redirect"]) {
      expect(fire(event, "https://example.com/"), event).toBe(true);
      expect(fire(event, "file:///etc/passwd"), event).toBe(true);
      expect(fire(event, "javascript:alert(1)"), event).toBe(true);
      expect(fire(event, `${APP}#/drafts/1`), event).toBe(false);
    }
    expect(fire("will-attach-webview")).toBe(true);
  });
});

describe("the built renderer page", () => {
  let html = "";
  let work: { dir: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    work = await tempDir("replydesk-csp-");
    // A private output folder, so this build never races the e2e build of out/renderer.
    await run(
      "npx",
      [
        "vite",
        "build",
        "--config",
        "renderer/vite.config.ts",
        "--outDir",
        work.dir,
        "--emptyOutDir",
        "--logLevel",
        "error",
      ],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
    html = await readFile(path.join(work.dir, "index.html"), "utf8");
  }, 180_000);
  afterAll(async () => {
    await work?.cleanup();
  });

  it("carries a strict CSP: no unsafe-eval, no inline or remote scripts, no plugins", () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html);
    expect(meta, "CSP meta tag").not.toBeNull();
    const csp = meta![1]!;
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|wasm-unsafe-eval|strict-dynamic/u);
    const d = directives(csp);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("script-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(csp).not.toMatch(/https?:|\*/u);
    // The header the app sends is the same policy (plus frame-ancestors, which only works as a header).
    const header = directives(CONTENT_SECURITY_POLICY);
    expect(header.get("frame-ancestors")).toEqual(["'none'"]);
    header.delete("frame-ancestors");
    expect(Object.fromEntries(d)).toEqual(Object.fromEntries(header));
  });

  it("loads only its own module scripts: nothing inline, nothing remote", () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(body?.trim(), "inline script").toBe("");
      expect(attrs).toMatch(/src="\.\/assets\/[^"]+\.js"/u);
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/u);
  });
});
