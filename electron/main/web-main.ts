// Entry point of browser mode (`npm run web`): services + loopback server, printing URL and data folder.
import { randomBytes } from "node:crypto";
import { zipSync } from "fflate";
import path from "node:path";
import { buildHandlers } from "./handlers";
import type { HostPorts } from "./handlers/host-ports";
import { openHandlerContext } from "./host";
import { startServiceBackups } from "./services/backup";
import { resolveDataDir } from "./services/data-dir";
import { startWebServer, type WebServer } from "./web";

async function main(): Promise<void> {
  const dataDir = resolveDataDir(undefined);
  // Files leave browser mode as downloads from the server started below.
  let server: WebServer | null = null;
  const ports: HostPorts = {
    deliverFile: async (fileName, bytes, contentType) => {
      if (!server) throw new Error("服务器尚未就绪");
      return { kind: "download", fileName, url: server.offerDownload({ fileName, bytes, contentType }) };
    },
    deliverFiles: async (bundleName, files) => {
      if (!server) throw new Error("服务器尚未就绪");
      // .docx is already deflated: store entries without recompressing.
      const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, [f.bytes, { level: 0 }]])));
      return {
        kind: "download",
        fileName: bundleName,
        url: server.offerDownload({ fileName: bundleName, bytes: zip, contentType: "application/zip" }),
      };
    },
  };
  const ctx = await openHandlerContext({ dataDir, ports });
  const staticDir = process.env["REPLYDESK_STATIC_DIR"] ?? path.resolve(ctx.assetsDir, "..", "out", "renderer");
  const token = randomBytes(24).toString("hex");
  const port = Number.parseInt(process.env["REPLYDESK_PORT"] ?? "0", 10) || 0;
  server = await startWebServer({ handlers: buildHandlers(ctx), staticDir, token, port });
  process.stdout.write(`答复函工作台（浏览器模式）已启动：${server.url}\n`);
  process.stdout.write(`数据文件夹：${ctx.dataDir}\n`);
  process.stdout.write(`仅本机可访问（127.0.0.1），地址中的令牌即访问凭据，请勿外传。按 Ctrl+C 退出。\n`);
  // A machine-readable line for scripts and tests.
  process.stdout.write(`REPLYDESK_URL=${server.url}\n`);
  // Today's backup runs in the background after the server is up; a failure becomes a notice.
  const backups = startServiceBackups(ctx);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await server?.close();
    await backups.stop();
    await ctx.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((err: unknown) => {
  process.stderr.write(`启动失败：${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
