/**
 * One thread against `decideManyParallel` (`consentry/node`) with 1 and 2 worker threads, on
 * 200,000 generated customers (bench/audience.ts, the compact mix) with the realistic policy
 * (bench/baseline.ts). Measures the built package, as users get it, and checks that every run
 * gives the same decisions before it reports. Two cases:
 *
 * 1. objects in, objects out: `decideEach` on an in-memory array against `decideManyParallel`;
 * 2. NDJSON in, NDJSON out (a file-to-file job): `JSON.parse`, `decideEach` and `JSON.stringify`
 *    on one thread against `decideManyParallel` with `input: "json", output: "json"`;
 *
 * and then streams the same number of customers from a generator through case 2 with 2 threads,
 * to show that memory stays flat.
 *
 * Run: `npm run build && npx tsx bench/parallel.bench.ts` (`BENCH_N=50000`, `BENCH_CHUNK=1000`,
 * `BENCH_CONCURRENCY=1,2` change the size, the chunk size and the thread counts).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Decision } from "consentry";
import { audienceStream, generateAudience } from "./audience.js";
import { message, policy } from "./baseline.js";
import { fmtRate, machine } from "./measure.js";

const root = join(import.meta.dirname, "..");
const dist = (f: string) => join(root, "dist", f);
if (!existsSync(dist("index.js")) || !existsSync(dist("node.js")))
  throw new Error("build first: npm run build");
const lib: typeof import("consentry") = await import(pathToFileURL(dist("index.js")).href);
const node: typeof import("consentry/node") = await import(pathToFileURL(dist("node.js")).href);

const N = Number(process.env.BENCH_N ?? 200_000);
const CHUNK = Number(process.env.BENCH_CHUNK ?? 1_000);
const THREADS = (process.env.BENCH_CONCURRENCY ?? "1,2").split(",").map(Number);
const NOW = Date.parse("2026-05-04T12:00:00Z");
const plan = lib.compilePolicy(policy);
const options = { message, now: NOW };

/** An FNV-1a digest of what a run produced, to check that runs agree without keeping it all. */
class Digest {
  #h = 0x811c9dc5;
  #n = 0;
  add(s: string): void {
    let h = this.#h;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    this.#h = h;
    this.#n++;
  }
  decision(d: Decision): void {
    this.add(`${d.customerId}|${d.verdict}|${d.channel ?? ""}|${d.sendAt ?? ""}`);
  }
  get value(): string {
    return `${this.#n}:${(this.#h >>> 0).toString(16)}`;
  }
}

interface Result {
  readonly name: string;
  readonly seconds: number;
  readonly digest: string;
}

async function time(name: string, fn: (digest: Digest) => Promise<void> | void): Promise<Result> {
  const digest = new Digest();
  const t0 = performance.now();
  await fn(digest);
  return { name, seconds: (performance.now() - t0) / 1000, digest: digest.value };
}

function report(title: string, runs: readonly Result[]): void {
  const base = runs[0] as Result;
  const bad = runs.filter((r) => r.digest !== base.digest);
  if (bad.length > 0) {
    console.error("decisions differ:", runs.map((r) => `${r.name}: ${r.digest}`).join(", "));
    process.exit(1);
  }
  console.log(`\n## ${title}\n`);
  console.log("| what | seconds | decisions/s | speed-up |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const r of runs)
    console.log(
      `| ${r.name} | ${r.seconds.toFixed(2)} | ${fmtRate(N / r.seconds)} | ${(base.seconds / r.seconds).toFixed(2)}× |`,
    );
  console.log(`\nevery run gave the same ${N.toLocaleString("en-US")} decisions (${base.digest})`);
}

console.log(`# decideManyParallel: ${N.toLocaleString("en-US")} customers, chunks of ${CHUNK}`);
console.log(machine());
const customers = generateAudience(N, NOW);
const lines = customers.map((c) => JSON.stringify(c));
// Warm the one-thread path up first, so that it is not measured cold.
for (const d of lib.decideEach(plan, customers.slice(0, 20_000), options)) JSON.stringify(d);

// ---- 1. objects in, objects out ----------------------------------------------------------------
const objects: Result[] = [
  await time("`decideEach`, 1 thread", (g) => {
    for (const d of lib.decideEach(plan, customers, options)) g.decision(d);
  }),
];
for (const concurrency of THREADS)
  objects.push(
    await time(
      `\`decideManyParallel\`, ${concurrency} worker${concurrency > 1 ? "s" : ""}`,
      async (g) => {
        for await (const d of node.decideManyParallel(plan, customers, {
          ...options,
          concurrency,
          chunkSize: CHUNK,
        }))
          g.decision(d);
      },
    ),
  );
report("Objects in, objects out", objects);

// ---- 2. NDJSON in, NDJSON out ------------------------------------------------------------------
function* parsed(): Generator<unknown> {
  for (const line of lines) yield JSON.parse(line);
}
const text: Result[] = [
  await time("parse, `decideEach`, stringify, 1 thread", (g) => {
    for (const d of lib.decideEach(plan, parsed(), options)) g.add(JSON.stringify(d));
  }),
];
for (const concurrency of THREADS)
  text.push(
    await time(
      `\`decideManyParallel\` json in and out, ${concurrency} worker${concurrency > 1 ? "s" : ""}`,
      async (g) => {
        for await (const s of node.decideManyParallel(plan, lines, {
          ...options,
          concurrency,
          chunkSize: CHUNK,
          input: "json",
          output: "json",
        }))
          g.add(s);
      },
    ),
  );
report("NDJSON in, NDJSON out", text);

// ---- 3. memory on a stream ----------------------------------------------------------------------
// Retained memory, not garbage: collect before each sample.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
customers.length = 0;
lines.length = 0;
const concurrency = Math.max(...THREADS);
function* stream(): Generator<string> {
  for (const c of audienceStream(N, NOW, 7)) yield JSON.stringify(c);
}
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
gc();
const heap0 = process.memoryUsage().heapUsed;
let peak = heap0;
let n = 0;
const t0 = performance.now();
for await (const _ of node.decideManyParallel(plan, stream(), {
  ...options,
  concurrency,
  chunkSize: CHUNK,
  input: "json",
  output: "json",
}))
  if (++n % (CHUNK * 20) === 0) {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
console.log(
  `\nstreamed ${n.toLocaleString("en-US")} customers from a generator, json in and out, on ` +
    `${concurrency} workers in ${((performance.now() - t0) / 1000).toFixed(1)} s: main-thread heap ` +
    `${mib(heap0)} before, at most ${mib(peak)} during the run (after collection)`,
);
