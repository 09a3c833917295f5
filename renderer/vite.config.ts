// Vite build of the renderer for browser mode (`npm run build:web`, scripts/start.mjs --web).
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/** Renderer build: root renderer/, output out/renderer, relative asset paths (served from file:// or loopback). */
export default defineConfig({
  // import.meta.dirname (Node ≥ 20.11) keeps node:* imports out of renderer/ (lint forbids them here).
  root: import.meta.dirname,
  base: "./",
  plugins: [react()],
  build: {
    outDir: "../out/renderer",
    emptyOutDir: true,
    // The CSP allows only 'self' scripts: no inline preload polyfill.
    modulePreload: { polyfill: false },
    target: "chrome120",
  },
});
