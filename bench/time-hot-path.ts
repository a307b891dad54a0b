/**
 * Micro-benchmark of the time layer's hot path: `zoneOffsetMs`, `toWall`, `wallToInstant`,
 * `insideWindows` and `allowedByWindows`, warm (caches filled) and cold (first use of a zone).
 * `TIME_DIR` points at another copy of `src/time` to compare two versions in one run:
 *
 *   npx tsx bench/time-hot-path.ts
 *   TIME_DIR=/tmp/oldtime/src/time npx tsx bench/time-hot-path.ts
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const dir = process.env.TIME_DIR ?? resolve(import.meta.dirname, "../src/time");
const zones = (await import(
  pathToFileURL(`${dir}/zones.ts`).href
)) as typeof import("../src/time/zones.js");
const lw = (await import(
  pathToFileURL(`${dir}/local-windows.ts`).href
)) as typeof import("../src/time/local-windows.js");

const ZONES = [
  "Europe/Oslo",
  "America/New_York",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "America/St_Johns",
];
const T0 = Date.parse("2026-01-01T00:00:00Z");
const YEAR = 365 * 86_400_000;
const quiet = [{ from: "21:00", until: "08:00" }];
const win = [{ days: ["mon", "tue", "wed", "thu", "fri"] as const, from: "09:00", until: "17:30" }];

/** Nanoseconds per call of `fn(i)` over `n` calls. */
function time(n: number, fn: (i: number) => unknown): number {
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) if (fn(i)) sink++;
  const ns = ((performance.now() - t0) * 1e6) / n;
  if (sink < 0) console.log(sink);
  return ns;
}

// Instants spread over a year (a new one each call), and a batch of one instant (the common case).
const spread = (i: number) => T0 + ((i * 7_919_113) % YEAR);
const tz = (i: number) => ZONES[i % ZONES.length] as string;
const rows: [string, number][] = [];
const cold = performance.now();
for (const z of ZONES) zones.zoneOffsetMs(z, T0);
rows.push(["cold: first offset in 5 zones (µs total)", (performance.now() - cold) * 1000]);
const coldYear = performance.now();
for (const z of ZONES) lw.allowedByWindows(quiet, z, [T0, T0 + YEAR]);
rows.push([
  "cold: quiet hours over a year in 5 zones (µs total)",
  (performance.now() - coldYear) * 1000,
]);
for (let round = 0; round < 2; round++) {
  rows.length = round === 0 ? rows.length : 2;
  rows.push([
    "zoneOffsetMs, same instant (ns)",
    time(2_000_000, (i) => zones.zoneOffsetMs(tz(i), T0)),
  ]);
  rows.push([
    "zoneOffsetMs, spread over a year (ns)",
    time(2_000_000, (i) => zones.zoneOffsetMs(tz(i), spread(i))),
  ]);
  rows.push(["toWall, spread (ns)", time(2_000_000, (i) => zones.toWall(tz(i), spread(i)))]);
  rows.push([
    "wallToInstant, spread (ns)",
    time(1_000_000, (i) => zones.wallToInstant(tz(i), spread(i))),
  ]);
  rows.push([
    "insideWindows quiet, spread (ns)",
    time(1_000_000, (i) => lw.insideWindows(quiet, tz(i), spread(i))),
  ]);
  rows.push([
    "insideWindows weekday, same instant (ns)",
    time(1_000_000, (i) => lw.insideWindows(win, tz(i), T0 + 3_600_000)),
  ]);
  rows.push([
    "allowedByWindows quiet, 3 days (µs)",
    time(50_000, (i) =>
      lw.allowedByWindows(quiet, tz(i), [spread(i), spread(i) + 3 * 86_400_000]),
    ) / 1000,
  ]);
  rows.push([
    "allowedByWindows weekday, 30 days (µs)",
    time(10_000, (i) => lw.allowedByWindows(win, tz(i), [spread(i), spread(i) + 30 * 86_400_000])) /
      1000,
  ]);
}
for (const [name, v] of rows) console.log(`${name.padEnd(48)} ${v.toFixed(1)}`);
