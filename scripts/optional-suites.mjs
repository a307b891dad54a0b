// The suites that need something besides Node, for the end of `npm test`: each runs when what it
// needs is on this machine, and the last lines say plainly which ones did not run and how to run
// them (then the script still exits 0; a suite that ran and failed exits 1).
//
//   browser      test/report-browser.test.ts in headless Chromium (Debian's `chromium`, or
//                CHROMIUM_PATH); `npm run test:browser` requires it
//   distributed  test/bullmq*.test.ts against a real Redis (Debian's `redis-server`, started on
//                a free port by the tests, or REDIS_URL); `npm run test:distributed` requires it
//
// Usage: node scripts/optional-suites.mjs [browser|distributed ...]  (default: all of them)
import { spawnSync } from "node:child_process";

const which = (cmd) =>
  spawnSync("sh", ["-c", cmd], { encoding: "utf8" }).stdout.trim().split("\n")[0] || undefined;

const SUITES = {
  browser: {
    title: "browser tests",
    find: () =>
      process.env.CHROMIUM_PATH || which("command -v chromium || command -v chromium-browser"),
    files: ["test/report-browser.test.ts"],
    env: (found) => ({ CONSENTRY_BROWSER: "required", CHROMIUM_PATH: found }),
    skipped:
      "Browser tests skipped: no Chromium on this machine. 'bash scripts/ci-install-chromium.sh' installs it; 'npm run test:browser' requires it.",
  },
  distributed: {
    title: "distributed tests (BullMQ on a real Redis)",
    find: () => process.env.REDIS_URL || which("command -v redis-server"),
    files: ["test/bullmq"],
    env: () => ({ CONSENTRY_REQUIRE_REDIS: "1" }),
    skipped:
      "Distributed tests skipped: no redis-server on this machine and no REDIS_URL. 'bash scripts/ci-install-redis.sh' installs it; 'npm run test:distributed' requires it.",
  },
};

const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(SUITES);
const results = [];
for (const name of names) {
  const suite = SUITES[name];
  if (suite === undefined) {
    console.error(`optional-suites: no suite '${name}' (${Object.keys(SUITES).join(", ")})`);
    process.exit(2);
  }
  const found = suite.find();
  if (!found) {
    results.push({ suite, status: "skipped" });
    continue;
  }
  console.log(`\n=== ${suite.title} (${found}) ===`);
  const r = spawnSync("npx", ["--no-install", "vitest", "run", ...suite.files], {
    stdio: "inherit",
    env: { ...process.env, ...suite.env(found) },
  });
  results.push({ suite, status: r.status === 0 ? "passed" : "failed" });
}
// The last lines: what ran, and what did not and how to run it.
console.log("");
for (const { suite, status } of results)
  console.log(status === "skipped" ? suite.skipped : `${suite.title}: ${status}`);
process.exit(results.some((r) => r.status === "failed") ? 1 : 0);
