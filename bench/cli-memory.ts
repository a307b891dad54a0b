/**
 * `npm run bench:cli`: streams N generated customers (default 1,000,000; the compact mix) through
 * the built CLI (`consentry decide`, NDJSON in and out) at N/100, N/10 and N, and reports its CPU
 * time against the floor's (a plain script that parses each line and writes a small object, fed
 * by the same producer), throughput and the CLI's peak memory, to show memory stays flat whatever
 * the audience size. `BENCH_REALISTIC=1` takes the realistic mix. Builds first.
 */
import { generateAudience, REALISTIC } from "./audience.js";
import { cliVsFloor, linesOf } from "./cli.js";
import { fmtRate, machine } from "./measure.js";

const N = Number(process.env.BENCH_N ?? 1_000_000);
const REPS = Number(process.env.BENCH_REPS ?? 3);
const NOW = Date.parse("2026-05-04T12:00:00Z");
const realistic = process.env.BENCH_REALISTIC === "1";
const tails = linesOf(generateAudience(10_000, NOW, 42, realistic ? REALISTIC : {}));

console.log(
  `${machine()}; consentry decide over generated NDJSON (${realistic ? "realistic" : "compact"}), stdin to stdout; CPU time vs the floor, median of ${REPS}`,
);
for (const n of [N / 100, N / 10, N]) {
  const r = await cliVsFloor(n, tails, NOW, REPS);
  console.log(
    `${String(n).padStart(9)} customers: ${r.ratio.toFixed(2)}× the floor's CPU, ${fmtRate(r.cpuRate)}/s of CPU (${fmtRate(r.wallRate)}/s wall), peak RSS ${r.rssMb.toFixed(0)} MB`,
  );
}
