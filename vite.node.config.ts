// Vite (rolldown) build of the Node entry points that run outside Electron: the replydesk CLI and browser
// mode's server. They run from this bundle (out/node), not through tsx (scripts/build-state.mjs rebuilds
// it when a source changes).
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = dirname(fileURLToPath(import.meta.url));

/**
 * SSR (library) build for Node 20. Runtime libraries stay external (loaded from node_modules), except
 * date-fns, which is bundled so only the functions used are loaded instead of its whole barrel.
 */
export default defineConfig({
  root,
  // Nothing from public/ or .env files belongs in a Node bundle.
  publicDir: false,
  envDir: false,
  // Everything is bundled except native addons and the database stack of `replydesk server`, which must load
  // from node_modules (a .node binary cannot be bundled; pg and postgrator load their own files at run time).
  ssr: { noExternal: true, external: ["@node-rs/argon2", "pg", "postgrator", "exceljs"] },
  build: {
    ssr: true,
    outDir: "out/node",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        cli: resolve(root, "electron/cli/index.ts"),
        "web-main": resolve(root, "electron/main/web-main.ts"),
      },
      output: { format: "es", entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js" },
    },
  },
});
