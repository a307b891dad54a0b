/**
 * A/B of two builds of the package on the realistic mix, in CPU time, interleaved so both see the
 * same load: `npx tsx bench/ab.ts OLD_DIST NEW_DIST` (each a folder holding index.js).
 */

import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { generateAudience, REALISTIC } from "./audience.js";
import { handWritten, message, policy } from "./baseline.js";

const [oldDir, newDir] = process.argv.slice(2);
if (oldDir === undefined || newDir === undefined) throw new Error("usage: ab.ts OLD_DIST NEW_DIST");
const now = Date.parse("2026-05-06T12:00:00Z");
const customers = generateAudience(Number(process.env.AB_N ?? 10_000), now, 7, REALISTIC);
const libs = await Promise.all(
  [oldDir, newDir].map(
    async (d) =>
      (await import(pathToFileURL(join(d, "index.js")).href)) as typeof import("consentry"),
  ),
);
const plans = libs.map((l) => l.compilePolicy(policy));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const times: Record<string, number[]> = {
  hand: [],
  old: [],
  new: [],
  oldDecide: [],
  newDecide: [],
};
for (let round = 0; round < 7; round++) {
  let t = cpu();
  for (const c of customers) handWritten(c, now);
  times.hand?.push(cpu() - t);
  for (const [i, name] of [
    [0, "old"],
    [1, "new"],
  ] as const) {
    const lib = libs[i] as typeof import("consentry");
    const plan = plans[i];
    t = cpu();
    for (const _ of lib.decideEach(plan as never, customers, { message, now })) void _;
    times[name]?.push(cpu() - t);
    t = cpu();
    for (const c of customers) lib.decide(plan as never, { customer: c, message, now });
    times[`${name}Decide`]?.push(cpu() - t);
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const hand = med(times.hand as number[]);
for (const [k, v] of Object.entries(times))
  console.log(
    `${k.padEnd(10)} ${med(v).toFixed(0).padStart(6)} ms CPU  ${(med(v) / hand).toFixed(2)}× hand-written`,
  );
