// Finds the Electron runtime without triggering its download (never require('electron') here), and words a
// failed download for the user.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Absolute path of the Electron executable, or null when the runtime is not installed. */
export function findElectronRuntime(root) {
  const fromEnv = process.env.ELECTRON_EXEC_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const pkg = path.join(root, "node_modules", "electron");
  const pathTxt = path.join(pkg, "path.txt");
  if (!existsSync(pathTxt)) return null;
  const exe = path.join(pkg, "dist", readFileSync(pathTxt, "utf8").trim());
  return existsSync(exe) ? exe : null;
}

/** The one line shown for a failed runtime download, from the installer's error output. */
export function downloadFailureLine(stderr) {
  const why = /ENOTFOUND|EAI_AGAIN|getaddrinfo/.test(stderr)
    ? "无法解析下载地址（无网络或 DNS 不可用）"
    : /ETIMEDOUT|timed? ?out/i.test(stderr)
      ? "连接超时"
      : /ECONNREFUSED|ECONNRESET|fetch failed|socket/i.test(stderr)
        ? "无法连接下载服务器"
        : /\b40[34]\b|\b5\d\d\b/.test(stderr)
          ? "下载服务器拒绝了请求"
          : "下载未完成";
  return `Electron 运行时下载失败：${why}。内网环境可设置 ELECTRON_MIRROR 镜像，并删除 node_modules/.cache/replydesk 后重新启动。`;
}
