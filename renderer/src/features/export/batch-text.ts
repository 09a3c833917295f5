// What a finished batch export job tells the user: where the files went.
import type { BatchExportStatus } from "../../../../shared/api/export";

/** Where the files went, in one Chinese sentence. */
export function deliveryText(job: BatchExportStatus): string {
  const made = job.done - job.failed.length;
  if (job.cancelled) return "已取消批量导出，没有保存任何文件。";
  if (!job.delivery) return "没有文稿导出成功，没有保存任何文件。";
  switch (job.delivery.kind) {
    case "saved":
      return `已把 ${made} 份 Word 文件保存到文件夹 ${job.delivery.path}。`;
    case "download":
      return `已开始下载 ${job.delivery.fileName}（zip 压缩包，内含 ${made} 份 Word 文件），请在浏览器的下载列表中查看。`;
    case "cancelled":
      return "未选择保存位置，没有保存任何文件。";
  }
}
