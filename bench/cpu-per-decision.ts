/**
 * CPU µs per decision of `decideEach` on the realistic mix, for two or more builds in one run,
 * interleaved, best of 5 (the machine is shared): `npx tsx bench/cpu-per-decision.ts DIST...`
 * (each a folder holding index.js). Also checks that every build decides the same.
 */
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateAudience, REALISTIC } from "./audience.js";
import { message, policy } from "./baseline.js";

const dirs = process.argv.slice(2);
if (dirs.length === 0) throw new Error("usage: cpu-per-decision.ts DIST...");
const N = Number(process.env.CPU_N ?? 20_000);
const now = Date.parse("2026-05-04T12:00:00Z");
const customers = generateAudience(N, now, 42, REALISTIC);
const libs = await Promise.all(
  dirs.map(
    async (d) =>
      (await import(
        pathToFileURL(join(resolve(d), "index.js")).href
      )) as typeof import("consentry"),
  ),
);
const plans = libs.map((l) => l.compilePolicy(policy));
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const sig: string[] = [];
const best = dirs.map(() => Number.POSITIVE_INFINITY);
for (let round = 0; round < 6; round++) {
  libs.forEach((lib, k) => {
    const out: string[] = [];
    const t0 = cpu();
    for (const d of lib.decideEach(plans[k] as never, customers, { message, now }))
      if (round === 0) out.push(JSON.stringify(d));
    const us = (cpu() - t0) / N;
    if (round > 0) best[k] = Math.min(best[k] as number, us);
    if (round === 0) sig[k] = out.join("\n");
  });
}
for (let k = 0; k < dirs.length; k++)
  console.log(
    `${dirs[k]}: ${(best[k] as number).toFixed(1)} µs/decision (best of 5 after a warm-up)`,
  );
console.log(sig.every((s) => s === sig[0]) ? "decisions identical" : "DECISIONS DIFFER");
