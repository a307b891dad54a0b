// Runs the test suite once under TZ=UTC, then again under two far-apart process zones only the
// test files whose outcome could depend on the process zone, to prove consentry never reads it
// (the recipient's zone is always explicit). Kiritimati is UTC+14 (a date ahead of most of the
// world, no daylight saving); Los Angeles is UTC-8/-7 with daylight saving.
//
// Repeated, and why:
//   test/time.test.ts          zone offsets, wall time to instant, daylight saving, and the
//                              libraries that compute in calendar dates: public holidays
//                              (date-holidays) and blackout RRULEs (rrule)
//   test/properties.test.ts    whole decisions over generated instants, zones and windows
//   test/examples.test.ts      every policy example file, packs included: calling windows,
//                              holidays, deadlines and DST cases
//   test/engine.test.ts        decide and decideMany with `now` as a Date, a number and a string
//   test/readme.test.ts        the README's decisions
//   test/scripts.test.ts       `npm start` prints send times in UTC and the recipient's time
//   src/consent/ledger.test.ts consent as of an instant: expiry, maximum age, confirmation
// Not repeated: packs.test.ts (compiles packs and checks their citations; judges no instant),
// fast-customer and reliability (validation agrees with the schema; fail-closed on garbage; the
// instant parser they use is held to Date.parse under every zone by time.test.ts), parallel
// (worker threads equal the calling thread, both in the same zone), cli (input, output and
// messages; the decisions it prints come from the engine tested above). Never run here: the
// distributed tests (test/bullmq*.test.ts: a real Redis, worker processes), which
// scripts/optional-suites.mjs runs once at the end of `npm test`, and `npm run
// test:distributed`; their decisions are compared with `consentry decide` in the same zone.
//
// Usage: node scripts/test-zones.mjs [vitest args]  (with args: those, under every zone)
import { spawnSync } from "node:child_process";

const ZONE_DEPENDENT = [
  "test/time.test.ts",
  "test/properties.test.ts",
  "test/examples.test.ts",
  "test/engine.test.ts",
  "test/readme.test.ts",
  "test/scripts.test.ts",
  "src/consent/ledger.test.ts",
];

const args = process.argv.slice(2);
// Left out of every pass (and a pass with nothing left passes).
const NOT_HERE = ["--exclude", "test/bullmq*", "--passWithNoTests"];
const passes = [
  { tz: "UTC", files: [] },
  { tz: "Pacific/Kiritimati", files: args.length > 0 ? [] : ZONE_DEPENDENT },
  { tz: "America/Los_Angeles", files: args.length > 0 ? [] : ZONE_DEPENDENT },
];

const start = Date.now();
for (const { tz, files } of passes) {
  const t = Date.now();
  console.log(
    `\n=== TZ=${tz}${files.length > 0 ? ` (the ${files.length} zone-dependent files)` : ""} ===`,
  );
  const r = spawnSync("npx", ["--no-install", "vitest", "run", ...NOT_HERE, ...args, ...files], {
    stdio: "inherit",
    env: { ...process.env, TZ: tz },
  });
  console.log(`=== TZ=${tz}: ${((Date.now() - t) / 1000).toFixed(1)} s ===`);
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log(`\nall zones: ${((Date.now() - start) / 1000).toFixed(1)} s`);
