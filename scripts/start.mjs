// `npm start`: the Electron app when its runtime is present (one download attempt otherwise),
// else browser mode. `npm run web` (--web) goes straight to browser mode.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findElectronRuntime } from "./electron-runtime.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const webOnly = process.argv.includes("--web");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", ...opts });
  return r.status === 0;
}

/** Runs the Electron installer with its progress visible, dropping stack-trace lines from its error output. */
function runInstaller(installer) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [installer], { cwd: root, stdio: ["ignore", "inherit", "pipe"] });
    const timer = setTimeout(() => child.kill(), 120_000);
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      const kept = chunk.split("\n").filter((line) => !/^\s+at /.test(line));
      process.stderr.write(kept.join("\n"));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
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

function startWeb() {
  console.log("正在构建界面…");
  if (!run(npx, ["vite", "build", "--config", "renderer/vite.config.ts", "--logLevel", "warn"])) process.exit(1);
  const child = spawn(process.execPath, ["--import", "tsx", "electron/main/web-main.ts"], {
    cwd: root,
    stdio: "inherit",
  });
  const forward = (sig) => child.kill(sig);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", (code) => process.exit(code ?? 0));
}

function startElectron(exe) {
  console.log("正在构建桌面应用…");
  if (!run(npx, ["electron-vite", "build", "--logLevel", "warn"])) process.exit(1);
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
