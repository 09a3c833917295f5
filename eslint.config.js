// Lint: typescript-eslint strict, React hooks, and the layering rules of ARCHITECTURE.md.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

// Bare Node built-ins are matched exactly (as `paths`): as gitignore-style patterns they would also catch
// local modules such as ../util.
const bareNodeBuiltins = [
  "fs",
  "fs/promises",
  "path",
  "os",
  "child_process",
  "crypto",
  "http",
  "https",
  "net",
  "url",
  "util",
  "stream",
  "worker_threads",
];
const nodePaths = bareNodeBuiltins.map((name) => ({
  name,
  message: "这里不能使用 Node 内置模块（见 ARCHITECTURE.md 分层）。",
}));

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "out",
      "dist",
      "test-results",
      "playwright-report",
      "tests/fixtures",
      "bench/.data",
      "reports",
      "coverage",
      ".stryker-tmp",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Raw ipcMain / ipcRenderer are imported in exactly one file each: the thin entries that hand them to the
    // tested code (registerIpc in ipc.ts, exposeBridge in preload/bridge.ts).
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["electron/main/index.ts", "electron/preload/index.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "electron",
              importNames: ["ipcMain", "ipcRenderer"],
              message: "ipcMain 只在 electron/main/index.ts，ipcRenderer 只在 electron/preload/index.ts。",
            },
          ],
        },
      ],
    },
  },
  {
    // shared/ is pure TypeScript: no Node, Electron, React, storage or docx.
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodePaths,
          patterns: [
            {
              group: [
                "node:*",
                "electron",
                "electron/*",
                "react",
                "react-dom",
                "react/*",
                "lowdb",
                "lowdb/*",
                "docx",
                "electron-store",
                "conf",
                "mammoth",
              ],
              message: "shared/ 只能是纯 TypeScript（见 ARCHITECTURE.md）。",
            },
            { group: ["**/electron/**", "**/renderer/**"], message: "shared/ 不依赖 electron/ 或 renderer/。" },
          ],
        },
      ],
    },
  },
  {
    // The renderer never touches Node or Electron; it talks through renderer/src/api.ts only.
    files: ["renderer/**/*.ts", "renderer/**/*.tsx"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          paths: nodePaths,
          patterns: [
            {
              group: ["node:*", "electron", "electron/*", "lowdb", "docx", "electron-store", "conf", "mammoth"],
              message: "渲染进程不能使用 Node 或 Electron。",
            },
            { group: ["**/electron/**"], message: "渲染进程只通过 renderer/src/api.ts 调用主进程。" },
          ],
        },
      ],
    },
  },
);
