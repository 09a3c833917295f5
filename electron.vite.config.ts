// electron-vite: main (ESM), sandboxed preload (CommonJS, .cjs) and the React renderer.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "electron-vite";
import react from "@vitejs/plugin-react";

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: "out/main",
      rolldownOptions: { input: { index: resolve(root, "electron/main/index.ts") } },
    },
  },
  preload: {
    build: {
      outDir: "out/preload",
      rolldownOptions: {
        input: { index: resolve(root, "electron/preload/index.ts") },
        output: { format: "cjs", entryFileNames: "[name].cjs" },
      },
    },
  },
  renderer: {
    root: "renderer",
    plugins: [react()],
    build: {
      outDir: "out/renderer",
      rolldownOptions: { input: { index: resolve(root, "renderer/index.html") } },
    },
  },
});
