// The browser tests, for the end of `npm test`: runs test/report-browser.test.ts in headless
// Chromium when it is on this machine, and says so in the last lines when it is not (then exits
// 0). `npm run test:browser` runs them unconditionally and fails without Chromium.
import { spawnSync } from "node:child_process";

const found = spawnSync("sh", ["-c", "command -v chromium || command -v chromium-browser"], {
  encoding: "utf8",
});
const chromium = process.env.CHROMIUM_PATH || found.stdout.trim().split("\n")[0];
if (!chromium) {
  console.log(
    "\nBrowser tests skipped: no Chromium on this machine. 'bash scripts/ci-install-chromium.sh' installs it; 'npm run test:browser' requires it.",
  );
  process.exit(0);
}
console.log(`\n=== browser tests (${chromium}) ===`);
const r = spawnSync("npx", ["--no-install", "vitest", "run", "test/report-browser.test.ts"], {
  stdio: "inherit",
  env: { ...process.env, CONSENTRY_BROWSER: "required", CHROMIUM_PATH: chromium },
});
process.exit(r.status ?? 1);
