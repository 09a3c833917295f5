// Reading a picked file in the page as base64 (the form importExchange takes), with a size limit.

/** Reads `file` as base64 text, or rejects with a Chinese message when it is larger than `maxBytes`. */
export function readFileAsBase64(file: File, maxBytes: number): Promise<string> {
  if (file.size > maxBytes) {
    const mb = Math.round(maxBytes / 1024 / 1024);
    return Promise.reject(new Error(`文件太大（超过 ${mb} MB），不是有效的交换文件。`));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error("无法读取所选文件，请确认文件仍在原处并有读取权限。"));
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      // A data URL: "data:<type>;base64,<payload>".
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.readAsDataURL(file);
  });
}
