import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Examples import the package by its public name, as users do.
    alias: [
      { find: /^consentry$/, replacement: src("index.ts") },
      { find: /^consentry\/bullmq$/, replacement: src("bullmq/index.ts") },
      { find: /^consentry\/examples-runner$/, replacement: src("examples-runner/index.ts") },
      { find: /^consentry\/holidays$/, replacement: src("holidays.ts") },
      { find: /^consentry\/node$/, replacement: src("node.ts") },
      { find: /^consentry\/packs$/, replacement: src("packs/index.ts") },
      { find: /^consentry\/report$/, replacement: src("report/index.ts") },
    ],
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // A hang guard, not a speed check: the few tests that start a process (the built CLI, the
    // example script, worker threads) are slow on a busy 2-core machine.
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"] },
  },
});
