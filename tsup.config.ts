import { existsSync, readdirSync } from "node:fs";
import { defineConfig } from "tsup";

// One entry per jurisdiction pack, so `consentry/packs/<code>` loads only that pack.
const packs = readdirSync("src/packs").filter((d) => existsSync(`src/packs/${d}/index.ts`));

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      "examples-runner/index": "src/examples-runner/index.ts",
      // `consentry/holidays`: date-holidays at run time (an optional peer dependency), kept out of
      // the core, which ships tables generated from it (src/time/holiday-tables.ts).
      holidays: "src/holidays.ts",
      "packs/index": "src/packs/index.ts",
      // Node only (worker threads): `consentry/node` and the script its workers run.
      node: "src/node.ts",
      "parallel-worker": "src/node/parallel-worker.ts",
      // `consentry/report`: charts through the optional peers @observablehq/plot and linkedom,
      // loaded on the first chart; the core entry never imports this one.
      "report/index": "src/report/index.ts",
      // `consentry/bullmq`: scale-out on BullMQ and Redis; bullmq is an optional peer dependency
      // loaded by this entry only (and by the CLI's enqueue/work/collect/status, on first use).
      bullmq: "src/bullmq/index.ts",
      // Not a subpath (package.json does not export it): an entry of its own puts `shardOf` and
      // what it needs in a small chunk, so a bundle that imports only `shardOf` from the core drops
      // the core's chunks whole (the package has no side effects) instead of keeping what their
      // top-level statements reference (issue 15: 57 KB gzipped before).
      "internal/shard": "src/engine/shard.ts",
      ...Object.fromEntries(packs.map((p) => [`packs/${p}/index`, `src/packs/${p}/index.ts`])),
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    // No source maps in the package: the output is readable, unminified ES2022 whose names and
    // lines follow the sources, and the maps were 5.6 MB of the 9.6 MB installed.
    sourcemap: false,
    target: "es2022",
    platform: "neutral",
    splitting: true,
    treeshake: true,
    // `import.meta.url` in the CommonJS build, from `__filename`: `consentry/node` finds its
    // worker script next to itself with it.
    shims: true,
  },
  {
    // The command line tool: Node only, ESM, with its own copy of the core.
    // `dist/cli/main.js` (the `bin`) is built from the process wiring, which imports `main`.
    entry: { "cli/main": "src/cli/bin.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    sourcemap: false,
    clean: false,
  },
]);
