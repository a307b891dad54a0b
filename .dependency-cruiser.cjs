/**
 * The layers of consentry and the one way their imports point (checked by `npm run check:layers`,
 * part of `npm test`):
 *
 *   model ← consent, time ← engine ← packs, examples-runner, cli, node, holidays, bullmq, report
 *
 * The core (`model`, `consent`, `time`, `engine`) never imports a jurisdiction pack, the bundled
 * composition root (`src/bundled.ts`), a Node built-in, or a runtime-only dependency. No module
 * imports itself through others (no cycles).
 */
const core = "^src/(model|consent|time|engine)/";
module.exports = {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    {
      name: "model-is-the-bottom",
      comment: "The model imports nothing of the library but itself.",
      severity: "error",
      from: { path: "^src/model/" },
      to: { path: "^src/(?!model/)" },
    },
    {
      name: "consent-and-time-stand-on-the-model",
      severity: "error",
      from: { path: "^src/(consent|time)/" },
      to: { path: "^src/(engine|packs|examples-runner|cli|node|bullmq|report)/|^src/[^/]+\\.ts$" },
    },
    {
      name: "engine-below-its-users",
      comment: "The engine knows no pack, runner, command line, Node entry or composition root.",
      severity: "error",
      from: { path: "^src/engine/" },
      to: { path: "^src/(packs|examples-runner|cli|node|bullmq|report)/|^src/[^/]+\\.ts$" },
    },
    {
      name: "packs-are-data",
      comment: "A pack is data on the model's shapes.",
      severity: "error",
      from: { path: "^src/packs/" },
      to: { path: "^src/(?!packs/|model/)" },
    },
    {
      name: "bullmq-only-in-its-entry",
      comment:
        "bullmq (an optional peer) is loaded by src/bullmq/ only, never by the core or the CLI's own modules; the CLI reaches it through src/bullmq/commands.ts, which loads it on first use.",
      severity: "error",
      from: { path: "^src/(?!bullmq/)" },
      to: { path: "(^|/)node_modules/(bullmq|ioredis)/" },
    },
    {
      name: "bullmq-commands-load-it-lazily",
      comment: "The command table's entries name the distributed commands without loading bullmq.",
      severity: "error",
      from: { path: "^src/bullmq/commands\\.ts$" },
      to: { path: "(^|/)node_modules/(bullmq|ioredis)/", dependencyTypes: ["import", "local", "npm", "npm-peer", "npm-dev", "npm-optional"] },
    },
    {
      name: "core-has-no-node-built-ins",
      severity: "error",
      from: { path: core },
      to: { dependencyTypes: ["core"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.test\\.ts$|\\.test-d\\.ts$|\\.test-util\\.ts$" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
  },
};
