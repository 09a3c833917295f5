// Vitest for Stryker (`npm run mutate`): only the tests of the modules under mutation, so a run fits on 2 cores.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: [
        "tests/unit/lint/**/*.test.ts",
        "tests/unit/foundation/web-*.test.ts",
        "tests/unit/workflow/audit-numbering.test.ts",
        "tests/unit/workflow/held-number.test.ts",
      ],
    },
  }),
);
