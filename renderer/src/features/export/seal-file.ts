// Reading the seal picture the clerk chose as base64, for main to verify and store.

/** The file's bytes as base64 (FileReader encodes natively). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      resolve(url.slice(url.indexOf(",") + 1));
    };
    reader.onerror = () => reject(new Error(`无法读取文件“${file.name}”，请确认文件未被其他程序占用。`));
    reader.readAsDataURL(file);
  });
}
