// The browser tests, for the end of `npm test`: runs test/report-browser.test.ts in headless
// Chromium when it is on this machine, and says so in the last lines when it is not (then exits
// 0). `npm run test:browser` runs them unconditionally and fails without Chromium. The same as
// `node scripts/optional-suites.mjs browser` (that script runs every optional suite this way).
import { spawnSync } from "node:child_process";

const r = spawnSync(
  process.execPath,
  [new URL("optional-suites.mjs", import.meta.url).pathname, "browser"],
  {
    stdio: "inherit",
  },
);
process.exit(r.status ?? 1);
