// Finishing a file hand-over in the renderer: start a browser-mode download, and describe where a file went.
import type { Delivery } from "../../../../shared/api/delivery";
import { baseName } from "./paths";

/** Starts the browser download of a file main offered (browser mode); the URL is same-origin and its one-time id is the credential. */
export function startDownload(url: string, fileName: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
}

/** Completes a delivery in the page (starts the download if there is one) and says where the file went. */
export function completeDelivery(delivery: Delivery): { readonly fileName: string; readonly where: string } | null {
  switch (delivery.kind) {
    case "saved":
      return { fileName: baseName(delivery.path), where: `已保存到 ${delivery.path}` };
    case "download":
      startDownload(delivery.url, delivery.fileName);
      return { fileName: delivery.fileName, where: `已开始下载 ${delivery.fileName}，请在浏览器的下载列表中查看` };
    case "cancelled":
      return null;
  }
}
