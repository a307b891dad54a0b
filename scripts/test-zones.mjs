// Runs the test suite under several process time zones, to prove consentry never reads the
// process zone: the recipient's zone is always explicit.
import { spawnSync } from "node:child_process";

for (const tz of ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"]) {
  console.log(`\n=== TZ=${tz} ===`);
  const r = spawnSync("npx", ["--no-install", "vitest", "run", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, TZ: tz },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
