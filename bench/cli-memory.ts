/**
 * `npm run bench:cli`: streams N generated customers (default 1,000,000; the compact mix) through
 * the built CLI (`consentry decide`, NDJSON in and out) at N/100, N/10 and N, and reports
 * throughput and the CLI's peak memory, to show memory stays flat whatever the audience size.
 * Builds first.
 */
import { generateAudience } from "./audience.js";
import { cli, linesOf } from "./cli.js";
import { fmtRate, machine } from "./measure.js";

const N = Number(process.env.BENCH_N ?? 1_000_000);
const NOW = Date.parse("2026-05-04T12:00:00Z");
const tails = linesOf(generateAudience(10_000, NOW, 42));

console.log(`${machine()}; consentry decide over generated NDJSON, stdin to stdout`);
for (const n of [N / 100, N / 10, N]) {
  const r = await cli(n, tails, NOW);
  console.log(
    `${String(n).padStart(9)} customers: ${fmtRate(n / r.seconds)}/s end to end, peak RSS ${r.rssMb.toFixed(0)} MB`,
  );
}
