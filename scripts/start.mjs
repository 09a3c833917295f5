// `npm start`: the Electron app when its runtime is present (one download attempt otherwise),
// else browser mode. `npm run web` (--web) goes straight to browser mode. Builds only what is out of date.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureBuilt, ROOT as root } from "./build-state.mjs";
import { downloadFailureLine, findElectronRuntime } from "./electron-runtime.mjs";
import { browserOpener, shouldOpenBrowser } from "./open-browser.mjs";

const webOnly = process.argv.includes("--web");

/** Builds a target when out of date; a failed build ends the start with its Chinese message. */
function build(target) {
  try {
    ensureBuilt(target, { log: (line) => console.log(line) });
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}

/** Runs the Electron installer with its progress visible; its error output is summed up in one Chinese line. */
function runInstaller(installer) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: root, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    const timer = setTimeout(() => child.kill(), 120_000);
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0) console.log(downloadFailureLine(stderr));
      resolve(code === 0);
    });
    child.on("error", () => resolve(false));
  });
}

async function tryDownloadElectronOnce() {
  // One attempt per installation, with the download's own progress visible; later starts do not retry.
  const marker = path.join(root, "node_modules", ".cache", "replydesk", "electron-download-failed");
  if (existsSync(marker)) return false;
  const installer = path.join(root, "node_modules", "electron", "install.js");
  if (!existsSync(installer)) return false;
  console.log("正在下载 Electron 运行时（首次启动，仅尝试一次；内网环境可设置 ELECTRON_MIRROR 镜像）…");
  const ok = await runInstaller(installer);
  if (!ok) {
    mkdirSync(path.dirname(marker), { recursive: true });
    writeFileSync(marker, new Date().toISOString());
  }
  return ok;
}

/** Opens the page in the user's browser; says nothing when no opener exists or in CI/headless sessions. */
function openInBrowser(url) {
  if (!shouldOpenBrowser(process.env, process.platform)) return;
  const opener = browserOpener(process.platform, url);
  try {
    const child = spawn(opener.command, opener.args, { stdio: "ignore", detached: true });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    // No opener on this system: the address printed above is enough.
  }
}

function startWeb() {
  build("web");
  build("node");
  const child = spawn(process.execPath, [path.join(root, "out", "node", "web-main.js")], {
    cwd: root,
    stdio: ["inherit", "pipe", "inherit"],
  });
  let pending = "";
  let opened = false;
  child.stdout.setEncoding("utf8");
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (opened) return;
    pending += chunk;
    const m = /REPLYDESK_URL=(\S+)/.exec(pending);
    if (m) {
      opened = true;
      openInBrowser(m[1]);
    }
  });
  const forward = (sig) => child.kill(sig);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", (code) => process.exit(code ?? 0));
}

function startElectron(exe) {
  build("electron");
  const child = spawn(exe, ["."], { cwd: root, stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (webOnly) {
  startWeb();
} else {
  let exe = findElectronRuntime(root);
  if (!exe && (await tryDownloadElectronOnce())) exe = findElectronRuntime(root);
  if (exe) {
    startElectron(exe);
  } else {
    console.log(
      "未能获得 Electron 运行时（无法下载），改为浏览器模式：在本机浏览器中打开下面显示的地址即可使用同一应用。",
    );
    startWeb();
  }
}
