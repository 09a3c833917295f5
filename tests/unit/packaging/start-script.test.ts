// npm start's helpers: when and how the browser is opened, the one line for a failed Electron download, and
// building only when a source changed.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isBuildCurrent } from "../../../scripts/build-state.mjs";
import { downloadFailureLine } from "../../../scripts/electron-runtime.mjs";
import { browserOpener, shouldOpenBrowser } from "../../../scripts/open-browser.mjs";

describe("opening the browser in browser mode", () => {
  it("opens on desktops and stays quiet in CI, headless sessions or when asked not to", () => {
    expect(shouldOpenBrowser({ DISPLAY: ":0" }, "linux")).toBe(true);
    expect(shouldOpenBrowser({ WAYLAND_DISPLAY: "wayland-0" }, "linux")).toBe(true);
    expect(shouldOpenBrowser({}, "linux")).toBe(false);
    expect(shouldOpenBrowser({}, "win32")).toBe(true);
    expect(shouldOpenBrowser({}, "darwin")).toBe(true);
    expect(shouldOpenBrowser({ CI: "true" }, "win32")).toBe(false);
    expect(shouldOpenBrowser({ HEADLESS: "1", DISPLAY: ":0" }, "linux")).toBe(false);
    expect(shouldOpenBrowser({ REPLYDESK_NO_BROWSER: "1" }, "darwin")).toBe(false);
  });

  it("uses each system's own opener and passes the URL (with its token) as one argument", () => {
    const url = "http://127.0.0.1:5000/?token=ab&x=1";
    expect(browserOpener("linux", url)).toEqual({ command: "xdg-open", args: [url] });
    expect(browserOpener("darwin", url)).toEqual({ command: "open", args: [url] });
    expect(browserOpener("win32", url).args.at(-1)).toBe(url);
  });
});

describe("a failed Electron download", () => {
  it("is one Chinese line without the installer's English error or stack", () => {
    const stderr =
      "TypeError: fetch failed\n    at node:internal/deps/undici\n  cause: Error: getaddrinfo ENOTFOUND github.com";
    const line = downloadFailureLine(stderr);
    expect(line).not.toContain("\n");
    expect(line).not.toMatch(/TypeError|fetch failed|ENOTFOUND/u);
    expect(line).toMatch(/^Electron 运行时下载失败：无法解析下载地址/u);
    expect(downloadFailureLine("TypeError: fetch failed")).toContain("无法连接下载服务器");
    expect(downloadFailureLine("")).toContain("下载未完成");
  });
});

describe("building on demand", () => {
  it("builds the CLI bundle when out of date and skips the build when the sources are unchanged", () => {
    const root = path.resolve(import.meta.dirname, "..", "..", "..");
    const build = () =>
      spawnSync(process.execPath, ["scripts/build-state.mjs", "node"], { cwd: root, encoding: "utf8" });
    const first = build();
    expect(first.status).toBe(0);
    const again = build();
    expect(again.status).toBe(0);
    expect(again.stderr).not.toContain("正在构建");
    expect(isBuildCurrent("node")).toBe(true);
  }, 240_000);
});
